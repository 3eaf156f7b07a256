package dev.fecunit.analysis;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.RunWindow;
import dev.fecunit.testing.TwoBurstRun;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongPredicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeTest {

    /** [10, 20), an empty [30, 30), [30, 40), [50, end of time). */
    private static final Scope SCOPE = Scope.union("test", List.of(
            new RunWindow(RunWindow.Kind.BURST, 0, 10, 20),
            new RunWindow(RunWindow.Kind.BURST, 1, 30, 30),
            new RunWindow(RunWindow.Kind.BURST, 2, 30, 40),
            new RunWindow(RunWindow.Kind.BURST, 3, 50, Scope.END_OF_TIME)));

    @Test
    void aSweepThroughTimeFindsTheTimesInsideTheIntervals() {
        LongPredicate inScope = SCOPE.containsAscending();

        long[] times = {0, 9, 10, 19, 20, 29, 30, 39, 40, 49, 50, Long.MAX_VALUE - 1};
        boolean[] inside = new boolean[times.length];
        for (int i = 0; i < times.length; i++) {
            inside[i] = inScope.test(times[i]);
        }

        assertThat(inside).containsExactly(false, false, true, true, false, false, true, true, false, false, true, true);
    }

    @Test
    void aTimeEarlierThanTheLastOneAskedIsStillAnsweredRight() {
        LongPredicate inScope = SCOPE.containsAscending();

        assertThat(inScope.test(35)).isTrue();
        assertThat(inScope.test(15)).isTrue();
        assertThat(inScope.test(25)).isFalse();
        assertThat(inScope.test(5)).isFalse();
        assertThat(inScope.test(55)).isTrue();
        assertThat(inScope.test(12)).isTrue();
    }

    /** The hand-worked run of {@link TwoBurstRun}: bursts 2.0-3.0 s and 6.0-7.5 s of a 0-8 s window. */
    @Test
    void eachBurstIsAScopeOfItsOwnThatAnyFigureCanBeHadOver(@TempDir Path dir) {
        Run run = TwoBurstRun.load(dir, "fec", TwoBurstRun.LOST);

        List<Scope> bursts = Scope.eachBurst(run);

        assertThat(bursts).extracting(Scope::description).containsExactly("burst 0", "burst 1");
        assertThat(bursts).extracting(ScopeTest::span).containsExactly("[2000000, 3000000)", "[6000000, 7500000)");
        // burst 1: ids 21-30 received in it, 25-28 lost; burst 2: ids 61-75, none lost
        assertThat(Figures.FRAMES_EXPECTED.of(run, bursts.get(0))).isEqualTo(10);
        assertThat(Figures.FRAMES_LOST.of(run, bursts.get(0))).isEqualTo(4);
        assertThat(Figures.FRAMES_LOST.of(run, bursts.get(1))).isZero();
    }

    @Test
    void theSteadyWindowsAreTheTimeBeforeBetweenAndAfterTheBursts(@TempDir Path dir) {
        Run run = TwoBurstRun.load(dir, "fec", TwoBurstRun.LOST);

        assertThat(Scope.eachSteadyWindow(run)).extracting(ScopeTest::span)
                .containsExactly("[0, 2000000)", "[3000000, 6000000)", "[7500000, 8000001)");
    }

    /** The one interval of a scope, as {@code [from, to)}. */
    private static String span(Scope scope) {
        assertThat(scope.size()).isOne();
        return "[" + scope.fromUs(0) + ", " + scope.toUs(0) + ")";
    }
}
