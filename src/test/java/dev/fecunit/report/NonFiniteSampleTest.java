package dev.fecunit.report;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A chart is never lost for one bad sample (issue 12): the drawable values are drawn, the others left out. */
class NonFiniteSampleTest {

    @TempDir
    Path dir;

    /** 10 s at 30 fps; every counter sample normal except {@code value} at 5 s for packet loss and FEC recovered. */
    private Run runWithOneBadSample(String value) {
        RunDirectoryBuilder b = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .frames(1, 300, 0, 33_333, 40_000);
        for (int s = 0; s <= 10; s++) {
            long wall = s * 1_000_000L + 500;
            b.counter("livekit_flexfec_packet_total{state=\"received\"}", wall, 90 * s);
            b.counter("livekit_nack_total{dir=\"in\"}", wall, 2 * s);
            if (s == 5) {
                b.rawPromLine(wall + "\tlivekit_packet_loss_total{dir=\"in\"}\t" + value);
                b.rawPromLine(wall + "\tlivekit_flexfec_packet_total{state=\"recovered\"}\t" + value);
            } else {
                b.counter("livekit_packet_loss_total{dir=\"in\"}", wall, 4 * s);
                b.counter("livekit_flexfec_packet_total{state=\"recovered\"}", wall, 3 * s);
            }
        }
        return b.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Inf", "+Inf", "NaN", "-1e308", "1e308", "1.7976931348623157e308"})
    void oneBadCounterSampleStillGivesTheWholeChart(String value) throws Exception {
        ReportFiles files = Report.write(List.of(runWithOneBadSample(value)), dir.resolve("report"));

        assertThat(files.png()).isRegularFile();
        BufferedImage png = ImageIO.read(files.png().toFile());
        assertThat(png.getWidth()).isEqualTo(1820);
        assertThat(files.problems()).noneMatch(p -> p.contains("could not be drawn"));
    }

    @Test
    void aCounterOfMinusTenToThe308IsADiagnosticOfTheReaderAndTheChartHasNoProblem() {
        // a counter below zero is no count: prom.tsv's reader leaves it out (one diagnostic per sample)
        Run run = runWithOneBadSample("-1e308");

        ReportFiles files = Report.write(List.of(run), dir.resolve("report"));

        assertThat(files.png()).isRegularFile();
        assertThat(files.problems()).isEmpty();
        assertThat(run.diagnostics()).extracting(d -> d.file() + ":" + d.line()).containsExactly("prom.tsv:23",
                "prom.tsv:24");
    }

    @Test
    void aNonFiniteCounterIsADiagnosticAndTheChartHasNoProblem() {
        Run run = runWithOneBadSample("NaN");

        ReportFiles files = Report.write(List.of(run), dir.resolve("report"));

        assertThat(files.problems()).isEmpty();
        assertThat(run.diagnostics()).hasSize(2);
    }
}
