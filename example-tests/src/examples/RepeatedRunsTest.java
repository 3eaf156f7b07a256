package examples;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.junit.RunDir;
import dev.fecunit.junit.RunFolder;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One verdict per repetition: the harness ran the same configuration five times
 * ({@code repeats/baseline-N}, {@code repeats/fec-N}); each pair is its own test, and a failing
 * pair gets its own report ({@code target/fecunit-reports/examples.RepeatedRunsTest/fecWinsEveryRepeat[N]}).
 */
class RepeatedRunsTest {

    @ParameterizedTest(name = "repeat {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void fecWinsEveryRepeat(int n, @RunDir("repeats") RunFolder repeats) {
        Run baseline = repeats.run("baseline-" + n);
        Run fec = repeats.run("fec-" + n);
        assertThat(RunSummary.of(fec).framesLost()).isLessThan(RunSummary.of(baseline).framesLost());
        assertThat(RunSummary.of(fec).latencyP95Ms()).isLessThan(RunSummary.of(baseline).latencyP95Ms());
    }
}
