package dev.fecunit.internal.analysis;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SteadyRangeTest {

    private static final long MS = 1_000;

    @TempDir
    Path dir;

    @Test
    void aNormalSecondIsWithinTenPercentOfTheMedianFpsAndUnderOneAndAHalfTimesTheMedianP95() {
        SteadyRange steady = new SteadyRange(10, 30.0, 50.0);

        assertThat(steady.isNormal(27, 75.0)).isTrue();
        assertThat(steady.isNormal(33, 50.0)).isTrue();
        assertThat(steady.isNormal(26, 50.0)).isFalse();
        assertThat(steady.isNormal(34, 50.0)).isFalse();
        assertThat(steady.isNormal(30, 75.1)).isFalse();
        assertThat(steady.isNormal(30, Double.NaN)).as("a second without latency data").isFalse();
    }

    @Test
    void latencyDoesNotDecideWhenTheSteadySecondsHadNone() {
        assertThat(new SteadyRange(10, 30.0, Double.NaN).isNormal(30, Double.NaN)).isTrue();
    }

    @Test
    void withoutSteadySecondsNothingIsNormal() {
        assertThat(new SteadyRange(0, Double.NaN, Double.NaN).isNormal(30, 40.0)).isFalse();
    }

    @Test
    void onlyWholeSecondsInsideSteadyWindowsCountAndTheMedianIgnoresAFewBadOnes() {
        // 10 fps for 10 s; burst 2.5..4.5 s leaves steady seconds 0-1 and 5-9 (2..3 and 4..5 are cut).
        // Second 5 gets 3 more frames (13 fps, 200 ms late); the median stays 10 fps at 40 ms.
        RunDirectoryBuilder builder = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000 * MS)
                .frames(1, 100, 0, 100 * MS, 40 * MS)
                .frame(5_100 * MS, 1_000, 4_900 * MS).frame(5_200 * MS, 1_001, 5_000 * MS)
                .frame(5_300 * MS, 1_002, 5_100 * MS)
                .event(2_500 * MS, "burst_on").event(4_500 * MS, "burst_off");
        Run run = builder.load();

        assertThat(SteadyRange.of(run)).isEqualTo(new SteadyRange(7, 10.0, 40.0));
    }
}
