package dev.fecunit.internal.analysis;

import dev.fecunit.Run;
import dev.fecunit.analysis.SummaryFigure;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.LongUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BurstBreakdownTest {

    private static final long MS = 1_000;
    private static final String RECOVERED = "livekit_flexfec_packet_total{state=\"recovered\"}";
    private static final String NACK = "livekit_nack_total{direction=\"in\"}";

    @TempDir
    Path dir;

    /**
     * A 20 s window of 10 fps frames: id i captured at (i - 1) * 100 ms, received {@code latencyMs(id)}
     * later, ids in {@code lost} never received.
     */
    private RunDirectoryBuilder tenFps(String name, LongUnaryOperator latencyMs, Set<Long> lost) {
        RunDirectoryBuilder run = RunDirectoryBuilder.in(dir.resolve(name)).window(0, 20_000 * MS);
        for (long id = 1; id <= 200; id++) {
            if (!lost.contains(id)) {
                long capture = (id - 1) * 100 * MS;
                run.frame(capture + latencyMs.applyAsLong(id) * MS, id, capture);
            }
        }
        return run;
    }

    /**
     * Bursts 5..7 s and 12..13 s. The first loses ids 56-60 and 66; after it, ids 71-80 arrive 300 ms
     * late, so second 7 has 7 frames and second 8 has 13 (a catch-up rush): delivery is normal again
     * from second 9. One NACK per second; FEC recovers 10 + 15 packets in burst 1, 5 in burst 2.
     */
    private Run twoBursts() {
        RunDirectoryBuilder run = tenFps("fec", id -> id >= 71 && id <= 80 ? 300 : 40,
                Set.of(56L, 57L, 58L, 59L, 60L, 66L))
                .event(5_000 * MS, "burst_on").event(7_000 * MS, "burst_off")
                .event(12_000 * MS, "burst_on").event(13_000 * MS, "burst_off");
        for (int s = 0; s < 20; s++) {
            long poll = s * 1_000 * MS + 500 * MS;
            run.counter(NACK, poll, s);
            run.counter(RECOVERED, poll, s < 5 ? 0 : s == 5 ? 10 : s < 12 ? 25 : 30);
        }
        return run.load();
    }

    @Test
    void eachBurstHasItsFramesGapsCountersLatencyAndFreezes() {
        BurstBreakdown breakdown = BurstBreakdown.of(twoBursts());

        assertThat(breakdown.bursts()).hasSize(2);
        BurstFigures first = breakdown.bursts().get(0);
        assertThat(first.startS()).isEqualTo(5.0);
        assertThat(first.endS()).isEqualTo(7.0);
        // received 5.04 .. 6.94 s: ids 51..70 without the 6 lost
        assertThat(first.summary().framesReceived()).isEqualTo(14);
        assertThat(first.summary().framesExpected()).isEqualTo(20);
        assertThat(first.summary().framesLost()).isEqualTo(6);
        assertThat(first.summary().gapEvents()).isEqualTo(2);
        assertThat(first.figures().longestGapFrames()).isEqualTo(5);
        // id 55 received at 5.44 s, id 61 at 6.04 s
        assertThat(first.figures().longestGapMs()).isEqualTo(600.0);
        assertThat(first.summary().latencyP50Ms()).isEqualTo(40.0);
        assertThat(first.summary().latencyP95Ms()).isEqualTo(40.0);
        // polls at 5.5 and 6.5 s: 0 -> 10 -> 25
        assertThat(first.summary().fecRecovered()).isEqualTo(25.0);
        assertThat(first.summary().nackTotal()).isEqualTo(2.0);
        assertThat(first.figures().perSecond(SummaryFigure.NACK_TOTAL)).isEqualTo(1.0);
        assertThat(first.figures().perSecond(SummaryFigure.FEC_RECOVERED)).isEqualTo(12.5);
        // 600 ms between 5.44 and 6.04 s against an average of (29 x 100 + 600) / 30 ms
        assertThat(first.freezes().freezeCount()).isEqualTo(1);
        assertThat(first.freezes().totalFreezesDurationS()).isEqualTo(0.6);

        BurstFigures second = breakdown.bursts().get(1);
        assertThat(second.startS()).isEqualTo(12.0);
        assertThat(second.summary().framesLost()).isZero();
        assertThat(second.figures().longestGapFrames()).isZero();
        assertThat(second.figures().longestGapMs()).isNaN();
        assertThat(second.summary().fecRecovered()).isEqualTo(5.0);
        assertThat(second.freezes().freezeCount()).isZero();
    }

    @Test
    void timeToRecoverIsTheFirstNormalSecondAfterBurstOff() {
        BurstBreakdown breakdown = BurstBreakdown.of(twoBursts());

        // 17 steady seconds (0-4, 7-11, 13-19): median 10 fps, median p95 latency 40 ms
        assertThat(breakdown.steadyRange()).isEqualTo(new SteadyRange(17, 10.0, 40.0));
        assertThat(breakdown.steadyRange().fpsLow()).isEqualTo(9.0);
        assertThat(breakdown.steadyRange().latencyP95HighMs()).isEqualTo(60.0);
        // 7..8 s: 7 frames; 8..9 s: 13 frames; 9..10 s: 10 frames at 40 ms
        assertThat(breakdown.bursts().get(0).recovery())
                .isEqualTo(new RecoveryTime(RecoveryTime.Outcome.RECOVERED, 2.0, 5.0));
        // 13..14 s is normal; T1_US (20 s) ends the time it had
        assertThat(breakdown.bursts().get(1).recovery())
                .isEqualTo(new RecoveryTime(RecoveryTime.Outcome.RECOVERED, 0.0, 7.0));
        assertThat(breakdown.allRecovered()).isTrue();
        assertThat(breakdown.longestRecoveryS()).hasValue(2.0);
    }

    @Test
    void theAggregatesAreTheFiguresOfAllBurstsAndAllSteadyTime() {
        BurstBreakdown breakdown = BurstBreakdown.of(twoBursts());

        WindowFigures bursts = breakdown.allBursts();
        assertThat(bursts.description()).isEqualTo("during bursts");
        assertThat(bursts.durationS()).isEqualTo(3.0);
        assertThat(bursts.summary().framesLost()).isEqualTo(6);
        assertThat(bursts.summary().fecRecovered()).isEqualTo(30.0);
        assertThat(bursts.summary().nackTotal()).isEqualTo(3.0);
        assertThat(bursts.perSecond(SummaryFigure.NACK_TOTAL)).isEqualTo(1.0);
        assertThat(bursts.longestGapFrames()).isEqualTo(5);
        assertThat(bursts.freezes().freezeCount()).isEqualTo(1);

        WindowFigures steady = breakdown.steady();
        assertThat(steady.description()).isEqualTo("outside bursts");
        assertThat(steady.startS()).isEqualTo(0.0);
        assertThat(steady.endS()).isEqualTo(20.0);
        assertThat(steady.durationS()).isCloseTo(17.000001, within(1e-12));
        assertThat(steady.summary().framesLost()).isZero();
        assertThat(steady.summary().fecRecovered()).isZero();
        // 20 polls, 19 intervals, 3 of them end in a burst
        assertThat(steady.summary().nackTotal()).isEqualTo(16.0);
        // the late frames after burst 1 are steady time: p95 of all steady latencies
        assertThat(steady.summary().latencyP95Ms()).isEqualTo(300.0);
        assertThat(steady.freezes().freezeCount()).isZero();
    }

    @Test
    void aBurstThatIsStillDisturbedWhenTheNextBeginsDidNotRecover() {
        // after burst 5..7 s every frame is 500 ms late until the burst at 9 s
        Run run = tenFps("slow", id -> id >= 71 && id <= 90 ? 500 : 40, Set.of())
                .event(5_000 * MS, "burst_on").event(7_000 * MS, "burst_off")
                .event(9_000 * MS, "burst_on").event(9_500 * MS, "burst_off")
                .load();

        BurstBreakdown breakdown = BurstBreakdown.of(run);

        assertThat(breakdown.bursts().get(0).recovery())
                .isEqualTo(new RecoveryTime(RecoveryTime.Outcome.NOT_BEFORE_NEXT_BURST, Double.NaN, 2.0));
        assertThat(breakdown.bursts().get(0).recovery().recovered()).isFalse();
        assertThat(breakdown.allRecovered()).isFalse();
    }

    @Test
    void aBurstUntilTheEndOfTheWindowHasNoTimeToRecover() {
        Run run = tenFps("tail", id -> 40, Set.of()).event(18_000 * MS, "burst_on").load();

        RecoveryTime recovery = BurstBreakdown.of(run).bursts().get(0).recovery();

        assertThat(recovery).isEqualTo(new RecoveryTime(RecoveryTime.Outcome.NOT_BEFORE_END, Double.NaN, 0.0));
    }

    @Test
    void withoutAWholeSteadySecondThereIsNoNormalToRecoverTo() {
        Run run = RunDirectoryBuilder.in(dir.resolve("all-burst")).window(0, 3_000 * MS)
                .frames(1, 30, 0, 100 * MS, 40 * MS)
                .event(0, "burst_on").event(2_500 * MS, "burst_off").load();

        BurstBreakdown breakdown = BurstBreakdown.of(run);

        assertThat(breakdown.steadyRange().isEmpty()).isTrue();
        assertThat(breakdown.bursts().get(0).recovery().outcome()).isEqualTo(RecoveryTime.Outcome.NO_STEADY_STATE);
    }

    @Test
    void aRunWithoutBurstsHasAnEmptyTableAndOnlySteadyFigures() {
        Run run = tenFps("no-loss", id -> 40, Set.of()).load();

        BurstBreakdown breakdown = BurstBreakdown.of(run);

        assertThat(breakdown.bursts()).isEmpty();
        assertThat(breakdown.allRecovered()).isTrue();
        assertThat(breakdown.longestRecoveryS()).isEmpty();
        assertThat(breakdown.allBursts().durationS()).isZero();
        assertThat(breakdown.allBursts().startS()).isNaN();
        assertThat(breakdown.steady().summary().framesReceived()).isEqualTo(200);
    }
}
