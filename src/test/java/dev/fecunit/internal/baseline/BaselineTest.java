package dev.fecunit.internal.baseline;

import dev.fecunit.Run;
import dev.fecunit.analysis.Ratio;
import dev.fecunit.testing.RunDirectoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BaselineTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentHasTheDocumentedShapeAndReadsBackEqual() {
        // 6 s, 10 frames a second, a burst from 2 s to 4 s; id 25 (in the burst) is lost.
        RunDirectoryBuilder builder = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 6_000_000)
                .meta("FEC_RATE", "30").event(2_000_000, "burst_on").event(4_000_000, "burst_off");
        for (long id = 1; id <= 60; id++) {
            if (id != 25) {
                builder.frame((id - 1) * 100_000 + 40_000, id, (id - 1) * 100_000);
            }
        }
        Run run = builder.load();

        Baseline baseline = Baseline.of(run);
        String json = baseline.toJson();

        assertThat(json).startsWith("{\n  \"format\": \"fecunit-baseline\",\n  \"version\": 1,\n  \"run\": {\n"
                + "    \"name\": \"fec\",\n    \"meta\": {\n      \"MODE\": \"fec\",\n");
        // 1 lost of 60 expected; 1 gap in a window of 6 000 001 us (T1_US itself belongs to the window).
        assertThat(json).contains("\"figures\": {\n    \"frame_loss_rate_pct\": 1.6666666666666667,\n"
                + "    \"gap_events_per_minute\": 9.999998333333611,\n    \"latency_mean_ms\": 40,\n");
        assertThat(json).contains("\"tolerances\": {\n    \"frame_loss_rate_pct\": 2,\n");
        assertThat(json).contains("\"kind\": \"burst\",\n      \"from_s\": 2,\n      \"to_s\": 4,\n      \"ratios\": {\n"
                + "        \"frame_loss_rate_pct\": [\n          100,\n          20\n        ],");

        Path file = dir.resolve("b.json");
        baseline.write(file);
        Baseline read = Baseline.read(file);
        assertThat(read.figures()).isEqualTo(baseline.figures());
        assertThat(read.tolerances()).isEqualTo(baseline.tolerances());
        assertThat(read.meta()).isEqualTo(baseline.meta());
        assertThat(read.blocks()).hasSize(3);
        assertThat(read.blocks().get(1).ratios().get("frame_loss_rate_pct")).isEqualTo(new Ratio(100, 20));
        assertThat(read.toJson()).isEqualTo(json);
    }

    @Test
    void aFigureWithoutDataIsNullAndReadsBackAsNaN() {
        Run empty = RunDirectoryBuilder.in(dir.resolve("empty")).window(0, 1_000_000).load();
        Path file = dir.resolve("b.json");

        Baseline.of(empty).write(file);

        assertThat(Baseline.of(empty).toJson()).contains("\"latency_mean_ms\": null");
        assertThat(Baseline.read(file).figures().get("latency_mean_ms")).isNaN();
    }
}
