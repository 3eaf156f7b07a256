package dev.fecunit.internal.report;

import dev.fecunit.sweep.Sweep;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SweepChartTest {

    @TempDir
    Path dir;

    @Test
    void fecConfigsTakeViridisFromFifteenToEightyFivePercentAsTheScriptDoes() {
        // The two colours of the script's own chart of a two-config sweep, read from its pixels.
        assertThat(SweepChart.fecColour(0, 2)).isEqualTo(new Color(70, 52, 128));
        assertThat(SweepChart.fecColour(1, 2)).isEqualTo(new Color(155, 217, 60));
        assertThat(SweepChart.fecColour(0, 1)).isEqualTo(new Color(70, 52, 128));
        // The middle of three is viridis(0.5).
        assertThat(SweepChart.fecColour(1, 3)).isEqualTo(new Color(0x21, 0x91, 0x8c));
    }

    @Test
    void drawsTheBaselineGreyAndEachFecConfigInItsColour() throws Exception {
        Path sweep = dir.resolve("sweep");
        RunDirectoryBuilder.in(sweep.resolve("b")).meta("MODE", "baseline").window(0, 10_000_000)
                .frames(1, 10, 1_000_000, 33_000, 40_000).write();
        RunDirectoryBuilder.in(sweep.resolve("f")).window(0, 10_000_000)
                .frames(1, 10, 1_000_000, 33_000, 40_000).write();
        RunDirectoryBuilder.in(sweep.resolve("b2")).meta("MODE", "baseline").window(0, 10_000_000)
                .frames(1, 10, 1_000_000, 33_000, 40_000).write();
        Files.writeString(sweep.resolve("manifest.tsv"),
                "leaf\tmode\tloss\tfec_rate\tfec_mask\nb\tbaseline\t0.1\t-\t-\nf\tfec\t0.1\t30\trandom\nb2\tbaseline\t0.2\t-\t-\n");

        BufferedImage image = SweepChart.render(Sweep.load(sweep).figures());

        assertThat(image.getWidth()).isEqualTo(1950);
        assertThat(image.getHeight()).isEqualTo(1430);
        assertThat(contains(image, new Color(128, 128, 128))).as("baseline grey").isTrue();
        assertThat(contains(image, SweepChart.fecColour(0, 1))).as("the FEC config's colour").isTrue();
    }

    private static boolean contains(BufferedImage image, Color colour) {
        int rgb = colour.getRGB();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
