package dev.fecunit.analysis;

import dev.fecunit.BurstWindow;
import dev.fecunit.Frames;
import dev.fecunit.Run;
import dev.fecunit.RunMeta;
import dev.fecunit.internal.analysis.BurstBreakdown;
import dev.fecunit.internal.analysis.BurstFigures;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.FrameGap;
import dev.fecunit.internal.analysis.FrameLoss;
import dev.fecunit.internal.analysis.FrameRate;
import dev.fecunit.internal.analysis.RecoveryTime;
import dev.fecunit.internal.analysis.Series;

import dev.fecunit.internal.analysis.SteadyRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Windows and ids at the ends of {@code long} (issue 12): the figures stay right and their cost follows the
 * frames, not the span of timestamps. Every expected value is worked out by hand in the comments. The runs
 * are built in memory: reading clamps such windows to the data (with a diagnostic), but analysis must be
 * right and bounded whatever window it is given.
 */
class ExtremeWindowsTest {

    private static final long MS = 1_000;
    private static final long S = 1_000_000;
    /** 2023-11-14 22:13:20 UTC in µs: a harness clock, seen from a window starting in 1970 (no T0_US). */
    private static final long NOW = 1_700_000_000 * S;

    private Run runFrom1970() {
        // T0_US absent (0), T1_US = NOW + 3.5 s; frames in seconds 1.7e9 (two) and 1.7e9 + 2 (one), 40 ms late.
        return new InMemoryRun(0, OptionalLong.of(NOW + 3_500 * MS))
                .frame(NOW + 100 * MS, 1, NOW + 60 * MS).frame(NOW + 900 * MS, 2, NOW + 860 * MS)
                .frame(NOW + 2_100 * MS, 3, NOW + 2_060 * MS).run();
    }

    @Test
    void theFpsOfAWindowFrom1970ShowsEachStretchOfEmptySecondsByItsFirstAndLastSecond() {
        // The last second holds T1_US: ceil(1_700_000_003.5) - 1 = 1_700_000_003.
        Series fps = FrameAnalysis.fpsSeries(runFrom1970());

        assertThat(fps.xs()).containsExactly(0, 1_699_999_999, 1_700_000_000, 1_700_000_001, 1_700_000_002,
                1_700_000_003);
        assertThat(fps.ys()).containsExactly(0, 0, 2, 0, 1, 0);
    }

    @Test
    void theWorstSecondOfAWindowFrom1970IsItsFirstEmptySecond() {
        Run run = runFrom1970();

        assertThat(FrameRate.worstSecond(run, Scope.whole(run))).contains(new FrameRate.Second(0, 0));
        assertThat(FrameRate.worstSecond(run, Scope.between(NOW, NOW + 3 * S, "the frames' seconds")))
                .contains(new FrameRate.Second(1_700_000_001, 0));
        assertThat(FrameRate.worstSecond(run, Scope.between(NOW, NOW + 1 * S, "one second")))
                .contains(new FrameRate.Second(1_700_000_000, 2));
    }

    @Test
    void theSteadyRangeOfAWindowFrom1970CountsItsEmptySecondsAsZeroFps() {
        // Whole seconds s with (s + 1) s <= T1_US: 0 .. 1_700_000_002, 1_700_000_003 of them, two with frames.
        // Median fps: nearest rank 850_000_001 of them, an empty second: 0. Median p95: both seconds 40 ms.
        assertThat(SteadyRange.of(runFrom1970())).isEqualTo(new SteadyRange(1_700_000_003L, 0.0, 40.0));
    }

    @Test
    void aWindowEndingAtTheLastLongHoldsEveryFrameAndItsFpsEndsInItsLastSecond() {
        Run run = new InMemoryRun(0, OptionalLong.of(Long.MAX_VALUE))
                .frame(100 * MS, 1, 60 * MS).frame(200 * MS, 2, 160 * MS).run();

        assertThat(RunSummary.of(run).framesReceived()).isEqualTo(2);
        assertThat(RunSummary.of(run).framesExpected()).isEqualTo(2);
        // Long.MAX_VALUE µs is 9_223_372_036_854.775807 s: the last second starting before it is 9_223_372_036_854.
        Series fps = FrameAnalysis.fpsSeries(run);
        assertThat(fps.xs()).containsExactly(0, 1, 9_223_372_036_854.0);
        assertThat(fps.ys()).containsExactly(2, 0, 0);
        assertThat(FrameRate.meanFps(run, Scope.whole(run))).hasValue(2 / (Long.MAX_VALUE / 1e6));
    }

    @Test
    void aNegativeT0CountsSecondsFromT0() {
        // T0 = -5 s, T1 = 2 s: seconds 0 .. 6; frames at -4.5 s (second 0) and 0.5 s (second 5).
        Run run = new InMemoryRun(-5 * S, OptionalLong.of(2 * S))
                .frame(-4_500 * MS, 1, -4_540 * MS).frame(500 * MS, 2, 460 * MS).run();

        Series fps = FrameAnalysis.fpsSeries(run);
        assertThat(fps.xs()).containsExactly(0, 1, 4, 5, 6);
        assertThat(fps.ys()).containsExactly(1, 0, 0, 1, 0);
        assertThat(FrameRate.worstSecond(run, Scope.whole(run))).contains(new FrameRate.Second(1, 0));
    }

    @Test
    void frameIdsSpanningMoreThanALongHoldsSaturateExpectedAtTheLargestLong() {
        // ids 0, 1 and Long.MAX_VALUE: Long.MAX_VALUE - 2 ids lost in one gap; expected is 2^63, one past the
        // largest long, and stops there.
        Run run = new InMemoryRun(0, OptionalLong.of(10 * S))
                .frame(100 * MS, 0, 60 * MS).frame(200 * MS, 1, 160 * MS).frame(300 * MS, Long.MAX_VALUE, 260 * MS)
                .run();

        FrameLoss loss = FrameAnalysis.frameLoss(run);
        assertThat(loss.received()).isEqualTo(3);
        assertThat(loss.lost()).isEqualTo(Long.MAX_VALUE - 2);
        assertThat(loss.expected()).isEqualTo(Long.MAX_VALUE);
        assertThat(loss.gapEvents()).isEqualTo(1);
        assertThat(FrameAnalysis.gaps(run)).containsExactly(new FrameGap(1, Long.MAX_VALUE, Long.MAX_VALUE - 2, 300 * MS));
    }

    @Test
    void frameIdsFromTheSmallestToTheLargestLongLoseAsManyAsALongHolds() {
        Run run = new InMemoryRun(0, OptionalLong.of(10 * S))
                .frame(100 * MS, Long.MIN_VALUE + 1, 60 * MS).frame(300 * MS, Long.MAX_VALUE, 260 * MS).run();

        FrameLoss loss = FrameAnalysis.frameLoss(run);
        assertThat(loss.lost()).isEqualTo(Long.MAX_VALUE);
        assertThat(loss.expected()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aFrameTenMillionSecondsLaterInARunWithoutT1LeavesTheBurstUnrecoveredAtTheEnd() {
        // 10 fps for 10 s, burst 3-5 s, then one frame at 10^7 s. Steady seconds: 0-2 and 5 .. 10^7 - 1
        // (10^7 - 2 in all, 8 with frames, 40 ms late): median fps 0, median p95 40 ms. After the burst a
        // 10-frame second is above 0 fps and an empty one has no latency: neither is normal.
        InMemoryRun late = new InMemoryRun(0, OptionalLong.empty());
        for (long id = 1; id <= 100; id++) {
            late.frame((id - 1) * 100 * MS + 40 * MS, id, (id - 1) * 100 * MS);
        }
        Run run = late.frame(10_000_000 * S, 101, 10_000_000 * S - 40 * MS).burst(3 * S, 5 * S).run();

        BurstBreakdown breakdown = BurstBreakdown.of(run);

        assertThat(breakdown.steadyRange()).isEqualTo(new SteadyRange(9_999_998, 0.0, 40.0));
        assertThat(breakdown.bursts()).singleElement().extracting(BurstFigures::recovery)
                .isEqualTo(new RecoveryTime(RecoveryTime.Outcome.NOT_BEFORE_END, Double.NaN,
                        (10_000_000 * S + 1 - 5 * S) / 1e6));
    }

    /** A run as reading would give it, with whatever window the test names (frames in receive order). */
    private static final class InMemoryRun {
        private final long t0Us;
        private final OptionalLong t1Us;
        private final List<long[]> frames = new ArrayList<>();
        private final List<BurstWindow> bursts = new ArrayList<>();

        InMemoryRun(long t0Us, OptionalLong t1Us) {
            this.t0Us = t0Us;
            this.t1Us = t1Us;
        }

        InMemoryRun frame(long receiveUs, long frameId, long captureUs) {
            frames.add(new long[] {receiveUs, frameId, captureUs});
            return this;
        }

        InMemoryRun burst(long onUs, long offUs) {
            bursts.add(new BurstWindow(onUs, offUs, false));
            return this;
        }

        Run run() {
            int n = frames.size();
            long[] receive = new long[n];
            long[] id = new long[n];
            long[] capture = new long[n];
            for (int i = 0; i < n; i++) {
                receive[i] = frames.get(i)[0];
                id[i] = frames.get(i)[1];
                capture[i] = frames.get(i)[2];
            }
            return new Run(Path.of("extreme"), new RunMeta(Map.of(), t0Us, t1Us),
                    new Frames(receive, id, capture, new int[n], new int[n]), List.of(), List.of(), bursts, List.of());
        }
    }
}
