package dev.fecunit.internal.analysis;

import dev.fecunit.Run;
import dev.fecunit.RunMeta;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.Scope;
import dev.fecunit.analysis.SummaryFigure;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.FrameGap;
import dev.fecunit.internal.analysis.Saturating;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;


/**
 * Every figure of one stretch of a run (a burst, a steady window, or a union of them such as
 * {@link Scope#bursts}): the {@link RunSummary} of the scope, its longest frame gap, its freezes,
 * and counter rates. The same definitions as for the whole run, because they are the same calls.
 *
 * <pre>{@code
 * WindowFigures inBursts = WindowFigures.of(run, Scope.bursts(run));
 * inBursts.summary().framesLost();                      // 12
 * inBursts.perSecond(SummaryFigure.NACK_TOTAL);         // 41.5 NACKs per second of burst
 * inBursts.longestGapMs();                              // 233.0
 * }</pre>
 *
 * @param description     what the stretch is, e.g. {@code burst 3} or {@code during bursts}
 * @param startS          start of its first interval, seconds since {@code T0_US}
 * @param endS            end of its last interval, seconds since {@code T0_US} (at most {@code T1_US});
 *                        {@code NaN} when it runs to the end of a run without {@code T1_US}
 * @param durationS       total length of its intervals, seconds ({@code NaN} as for {@code endS})
 * @param summary         the seed's figures over the scope ({@link RunSummary#of(Run, Scope)}): frames
 *                        expected and lost, gap events, latency p50/p95, FEC, NACK and packet-loss deltas
 * @param longestGapFrames the most frames missing in one frame-id gap attributed to the scope
 *                        ({@link FrameGap#missing()}); 0 without a gap
 * @param longestGapMs    the longest frame-id gap in time among the gaps attributed to the scope
 *                        (in ms: receive time of the first frame after the gap minus that of the last frame
 *                        before it, first receipt of each id; {@link #gapDurationUs}); {@code NaN}
 *                        without a gap. It need not be the gap with the most frames missing: each figure has
 *                        its own maximum, so the figure over all bursts is never below any burst's
 * @param freezes         the freeze figures of the scope ({@link FreezeAnalysis#of(Run, Scope)})
 */
public record WindowFigures(
        String description,
        double startS,
        double endS,
        double durationS,
        RunSummary summary,
        long longestGapFrames,
        double longestGapMs,
        FreezeFigures freezes) {

    /** The figures of {@code scope} of {@code run}. */
    public static WindowFigures of(Run run, Scope scope) {
        HeldFigures analysed = HeldFigures.of(run);
        return of(run, scope, analysed.gapsByTime(), analysed.timeline());
    }

    static WindowFigures of(Run run, Scope scope, Gaps gaps, FreezeAnalysis.Timeline timeline) {
        int intervals = scope.size();
        boolean endless = intervals > 0 && scope.toUs(intervals - 1) > RunMeta.NO_END_US;
        double startS = intervals == 0 ? Double.NaN : FrameAnalysis.secondsSinceStart(run, scope.fromUs(0));
        double endS = intervals == 0 || endless ? Double.NaN
                : FrameAnalysis.secondsSinceStart(run, Math.min(scope.toUs(intervals - 1), run.meta().windowEndUs()));
        long mostFrames = 0;
        long longestUs = Long.MIN_VALUE;
        boolean anyGap = false;
        for (int i = 0; i < intervals; i++) {
            int end = Scope.firstAtOrAfter(gaps.receiveUs, gaps.receiveUs.length, scope.toUs(i));
            for (int g = Scope.firstAtOrAfter(gaps.receiveUs, gaps.receiveUs.length, scope.fromUs(i)); g < end; g++) {
                mostFrames = Math.max(mostFrames, gaps.missing[g]);
                longestUs = Math.max(longestUs, gaps.durationUs[g]);
                anyGap = true;
            }
        }
        return new WindowFigures(scope.description(), startS, endS, endless ? Double.NaN : scope.durationUs() / 1e6,
                RunSummary.of(run, scope), mostFrames, anyGap ? longestUs / 1e3 : Double.NaN,
                FreezeAnalysis.of(timeline, run, scope));
    }

    /**
     * A counter figure of {@link #summary()} as a rate: its increase over the stretch divided by the
     * stretch's length in seconds, e.g. {@code perSecond(SummaryFigure.FEC_RECOVERED)}.
     */
    public double perSecond(SummaryFigure figure) {
        return figure.of(summary) / durationS;
    }

    /**
     * How long a frame-id gap lasted, the one definition behind {@link #longestGapMs()}: receive time of the
     * first frame after the gap minus that of the first row of the id before it (saturated; negative when the
     * frame after the gap overtook the one before it).
     */
    static long gapDurationUs(Run run, FrameGap gap) {
        return Saturating.subtract(gap.receiveUs(), FrameAnalysis.firstReceiveUs(run, gap.afterId()));
    }

    /**
     * The run's frame-id gaps ordered by the receive time that attributes them to a scope, so the gaps of
     * an interval are found by binary search (a burst costs its own gaps). Built once per run.
     */
    static final class Gaps {
        final long[] receiveUs;
        final long[] missing;
        final long[] durationUs;

        private Gaps(long[] receiveUs, long[] missing, long[] durationUs) {
            this.receiveUs = receiveUs;
            this.missing = missing;
            this.durationUs = durationUs;
        }

        static Gaps of(Run run, List<FrameGap> gaps) {
            FrameGap[] byTime = gaps.toArray(new FrameGap[0]);
            Arrays.sort(byTime, Comparator.comparingLong(FrameGap::receiveUs)); // stable: id order on a tie
            long[] receiveUs = new long[byTime.length];
            long[] missing = new long[byTime.length];
            long[] durationUs = new long[byTime.length];
            for (int g = 0; g < byTime.length; g++) {
                receiveUs[g] = byTime[g].receiveUs();
                missing[g] = byTime[g].missing();
                durationUs[g] = gapDurationUs(run, byTime[g]);
            }
            return new Gaps(receiveUs, missing, durationUs);
        }
    }
}
