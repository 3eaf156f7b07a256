package dev.fecunit.analysis;

import dev.fecunit.Run;
import dev.fecunit.RunMeta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * @param longestGapFrames frames missing in the longest frame-id gap attributed to the scope (the
 *                        earliest on a tie); 0 without a gap
 * @param longestGapMs    receive time of the first frame after that gap minus receive time of the last
 *                        frame before it (first receipt of each id), ms; {@code NaN} without a gap
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
        return of(run, scope, new Gaps(run), FreezeAnalysis.Timeline.of(run));
    }

    static WindowFigures of(Run run, Scope scope, Gaps gaps, FreezeAnalysis.Timeline timeline) {
        List<long[]> intervals = scope.intervals();
        boolean endless = !intervals.isEmpty() && intervals.get(intervals.size() - 1)[1] > RunMeta.NO_END_US;
        double startS = intervals.isEmpty() ? Double.NaN : run.secondsSinceStart(intervals.get(0)[0]);
        double endS = intervals.isEmpty() || endless ? Double.NaN
                : run.secondsSinceStart(Math.min(intervals.get(intervals.size() - 1)[1], run.meta().windowEndUs()));
        FrameGap longest = null;
        for (FrameGap gap : gaps.gaps) {
            if (scope.contains(gap.receiveUs()) && (longest == null || gap.missing() > longest.missing())) {
                longest = gap;
            }
        }
        return new WindowFigures(scope.description(), startS, endS, endless ? Double.NaN : scope.durationUs() / 1e6,
                RunSummary.of(run, scope),
                longest == null ? 0 : longest.missing(),
                longest == null ? Double.NaN : (longest.receiveUs() - gaps.firstReceiveUs.get(longest.afterId())) / 1e3,
                FreezeAnalysis.of(timeline, run, scope));
    }

    /**
     * A counter figure of {@link #summary()} as a rate: its increase over the stretch divided by the
     * stretch's length in seconds, e.g. {@code perSecond(SummaryFigure.FEC_RECOVERED)}.
     */
    public double perSecond(SummaryFigure figure) {
        return figure.of(summary) / durationS;
    }

    /** The run's frame-id gaps, with the receive time of the frame before each gap. */
    static final class Gaps {
        final List<FrameGap> gaps;
        final Map<Long, Long> firstReceiveUs = new HashMap<>();

        Gaps(Run run) {
            this.gaps = FrameAnalysis.gaps(run);
            for (FrameGap gap : gaps) {
                // The first row of an id is its earliest (rows are in receive order): looked up, not scanned for.
                firstReceiveUs.put(gap.afterId(), FrameAnalysis.firstReceiveUs(run, gap.afterId()));
            }
        }
    }
}
