package dev.fecunit.analysis;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.RecoveryTime.Outcome;
import dev.fecunit.internal.analysis.RecoveryTime;
import dev.fecunit.internal.analysis.SteadyRange;
import dev.fecunit.testing.RunDirectoryBuilder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases the fuzzer found (docs/hostile-inputs.md): a measurement window of weeks holding a few seconds
 * of frames. The steady range and the recovery after each burst cost the seconds that hold frames, not
 * every second of the window (which took minutes and gigabytes), with the same figures. The timeout is
 * a hang guard only; the allocation bound is the check.
 */
@Timeout(120)
class SparseWindowCostTest {

    private static final long SECOND = 1_000_000;
    private static final long DAY = 86_400 * SECOND;
    private static final long T1 = 1_763_904_000_000_000L;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @TempDir
    Path temp;

    /** 10 seconds of 30 frames each ending 5 s before T1, and one frame stamped 25 days before T1; no T0_US. */
    private RunDirectoryBuilder tenBusySecondsAndOneFrameDaysEarlier() {
        RunDirectoryBuilder run = RunDirectoryBuilder.in(temp.resolve("fec")).meta("T1_US", Long.toString(T1))
                .frame(T1 - 25 * DAY, 1, T1 - 25 * DAY - 40_000);
        long id = 1_000;
        for (int second = 0; second < 10; second++) {
            for (int m = 0; m < 30; m++) {
                long recv = T1 - 15 * SECOND + second * SECOND + m * 30_000L;
                run.frame(recv, id++, recv - 40_000);
            }
        }
        return run;
    }

    @Test
    void theSteadyRangeOfWeeksWithAFewBusySecondsCostsTheirFrames() {
        Run run = tenBusySecondsAndOneFrameDaysEarlier().load();

        long before = THREADS.getCurrentThreadAllocatedBytes();
        SteadyRange steady = SteadyRange.of(run);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        // the window starts at the early frame (no T0_US): 25 days of whole seconds, 11 of them with frames
        assertThat(steady.seconds()).isEqualTo(25 * 86_400L);
        assertThat(steady.medianFps()).isEqualTo(0.0);
        assertThat(steady.medianLatencyP95Ms()).isEqualTo(40.0);
        assertThat(allocated).isLessThan(8L << 20);
    }

    @Test
    void theRecoveryAfterALastBurstFollowedByDaysWithoutFramesCostsTheirFrames() {
        RunDirectoryBuilder builder = RunDirectoryBuilder.in(temp.resolve("fec")).window(T1 - 25 * DAY, T1);
        long id = 1;
        for (int second = 0; second < 20; second++) { // frames in the first 20 s only
            for (int m = 0; m < 30; m++) {
                long recv = T1 - 25 * DAY + second * SECOND + m * 30_000L;
                if (second < 8 || second >= 10) { // a burst over seconds 8 and 9 lets nothing through
                    builder.frame(recv, id, recv - 40_000);
                }
                id++;
            }
        }
        Run run = builder.event(T1 - 25 * DAY, "shaper_started base=0.01 burst=0.15")
                .event(T1 - 25 * DAY + 8 * SECOND, "burst_on").event(T1 - 25 * DAY + 10 * SECOND, "burst_off")
                .event(T1 - 25 * DAY + 30 * SECOND, "burst_on").event(T1 - 25 * DAY + 31 * SECOND, "burst_off")
                .load();
        SteadyRange.of(run);

        long before = THREADS.getCurrentThreadAllocatedBytes();
        List<RecoveryTime> recoveries = RecoveryTime.afterEachBurst(run);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        // the median steady second is empty (0 fps), so a busy second (30 fps) is not normal, nor an empty one
        // with no latency against a median p95 of 40 ms
        assertThat(recoveries).extracting(RecoveryTime::outcome)
                .containsExactly(Outcome.NOT_BEFORE_NEXT_BURST, Outcome.NOT_BEFORE_END);
        assertThat(allocated).isLessThan(8L << 20);
    }
}
