package examples;

import dev.fecunit.Run;
import dev.fecunit.junit.RunDir;
import dev.fecunit.junit.RunFolder;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.fecunit.assertj.FecAssertions.*;

/**
 * One verdict per run: {@code @RunDir} on a {@link RunFolder} injects a folder, and
 * {@code folder.run(name)} loads a run from it at run time, so a parameterized test can pick its runs
 * from the arguments. A failing invocation gets its own report
 * ({@code target/fecunit-reports/examples.RepeatedRunsTest/fecWinsEveryRepeat[N]}).
 */
class RepeatedRunsTest {

    /** The harness ran the same A/B configuration five times ({@code repeats/baseline-N}, {@code repeats/fec-N}). */
    @ParameterizedTest(name = "repeat {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void fecWinsEveryRepeat(int n, @RunDir("repeats") RunFolder repeats) {
        Run baseline = repeats.run("baseline-" + n);
        Run fec = repeats.run("fec-" + n);
        // fewer frames lost in every pair (0..62 vs 52..77), and a lower tail (p95 122.7..130.5 vs 160.8..172.5 ms)
        assertThat(fec).losesFewerFramesThan(baseline)
                       .hasLatencyPercentileNoHigherThan(0.95, baseline);
    }

    /** Every FEC run of the samples, whatever its loss pattern, is sound and within the latency budget. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"burst-ab/fec", "uniform-ab/fec", "no-loss/fec", "repeats/fec-1", "repeats/fec-5"})
    void everyFecRunStaysWithinBudget(String name, @RunDir(".") RunFolder runs) {
        Run fec = runs.run(name);
        // p95 47..131 ms over these runs; the 150 ms budget of LatencyTest
        assertThat(fec).isWellFormed()
                       .hasLatencyPercentileBelow(0.95, Duration.ofMillis(150))
                       .deliversAtLeastFps(28);   // 29.3..30.0 fps over the window: a 30 fps camera
    }
}
