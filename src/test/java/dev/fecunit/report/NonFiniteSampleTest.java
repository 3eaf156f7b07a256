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
    void aCounterOfMinusTenToThe308IsLeftOutOfTheChartAndSaidSo() {
        // 16 -> -1e308 is a reset contributing -1e308; -1e308 -> 24 an increase of ~1e308: two rates no axis can span.
        ReportFiles files = Report.write(List.of(runWithOneBadSample("-1e308")), dir.resolve("report"));

        assertThat(files.png()).isRegularFile();
        assertThat(files.problems()).containsExactly(
                "Run [fec]: 2 packet_loss/s points are not a finite number (or too large to draw) and left out of the chart",
                "Run [fec]: 2 FlexFEC points are not a finite number (or too large to draw) and left out of the chart");
    }

    @Test
    void aNonFiniteCounterIsADiagnosticAndTheChartHasNoProblem() {
        Run run = runWithOneBadSample("NaN");

        ReportFiles files = Report.write(List.of(run), dir.resolve("report"));

        assertThat(files.problems()).isEmpty();
        assertThat(run.diagnostics()).hasSize(2);
    }
}
