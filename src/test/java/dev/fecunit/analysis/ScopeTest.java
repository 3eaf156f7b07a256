package dev.fecunit.analysis;

import java.util.List;
import java.util.function.LongPredicate;

import org.junit.jupiter.api.Test;

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
}
