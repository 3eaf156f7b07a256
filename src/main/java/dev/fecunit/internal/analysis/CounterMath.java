package dev.fecunit.internal.analysis;

import dev.fecunit.CounterSeries;
import dev.fecunit.LabelSet;
import dev.fecunit.Run;
import dev.fecunit.analysis.Scope;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * Counter figures from {@code prom.tsv}, with Prometheus {@code increase()} semantics stated once,
 * here: between two consecutive polls a counter rises by {@code later - earlier}; when it drops, the
 * counter was reset (the SFU restarted) and the interval contributes the later value, because the
 * counter started again from zero. No extrapolation to the window's edges.
 *
 * <p>The seed instead totals {@code last - first} and clamps rates at 0, so it loses every count
 * before a reset. On a run without resets both agree to the last bit. Only polls inside the
 * measurement window count; non-finite samples ({@code NaN}, {@code Inf}) are skipped.
 */
public final class CounterMath {

    private CounterMath() {
    }

    /** Matches every series of a family. */
    public static final Predicate<LabelSet> ALL = labels -> true;

    /**
     * How much a counter rose between two consecutive polls: the single definition of a counter
     * increase that every figure uses.
     */
    public static double increase(double earlier, double later) {
        return later >= earlier ? later - earlier : later;
    }

    /** Total increase of {@code family} over the whole window, summed over the matching series. */
    public static double total(Run run, String family, Predicate<LabelSet> labels) {
        return total(run, family, labels, Scope.whole(run));
    }

    /**
     * Total increase of {@code family} over {@code scope}, summed over the series whose labels match.
     * An interval between two polls belongs to the scope holding the later poll.
     */
    public static double total(Run run, String family, Predicate<LabelSet> labels, Scope scope) {
        double total = 0.0;
        for (CounterSeries series : run.series(family)) {
            if (labels.test(series.labels())) {
                total += seriesTotal(run, series, scope);
            }
        }
        return total;
    }

    /**
     * One series' increase over {@code scope}. Chains of consecutive intervals without a reset add
     * up as {@code last - first} (not as a sum of small steps) so that on a well-formed run the
     * total equals the seed's {@code last - first} exactly.
     */
    private static double seriesTotal(Run run, CounterSeries series, Scope scope) {
        double total = 0.0;
        boolean inChain = false;
        double chainStart = 0.0;
        double previous = Double.NaN;
        boolean havePrevious = false;
        int[] polls = polls(run, series, scope);
        LongPredicate inScope = scope.containsAscending();
        for (int i = polls[0]; i < polls[1]; i++) {
            long wall = series.wallUs(i);
            double value = series.value(i);
            if (!run.inWindow(wall) || !Double.isFinite(value)) {
                continue;
            }
            if (havePrevious) {
                if (inScope.test(wall)) {
                    if (!inChain) {
                        chainStart = previous;
                        inChain = true;
                    }
                    if (value < previous) {
                        total += (previous - chainStart) + increase(previous, value);
                        chainStart = value;
                    }
                } else if (inChain) {
                    total += previous - chainStart;
                    inChain = false;
                }
            }
            previous = value;
            havePrevious = true;
        }
        if (inChain) {
            total += previous - chainStart;
        }
        return total;
    }

    /**
     * The polls {@code [from, to)} that {@link #seriesTotal} must read for {@code scope}: from the last usable
     * poll before the scope's first interval (the start of its first increase) to the first poll at or after
     * the end of its last interval. The polls outside add nothing and never change how the polls inside are
     * chained, so a burst costs its own few polls and the total is the same to the last bit. Polls out of time
     * order are all read.
     */
    private static int[] polls(Run run, CounterSeries series, Scope scope) {
        int n = series.size();
        if (scope.size() == 0 || !HeldFigures.of(run).inTimeOrder(series)) {
            return new int[] {0, n};
        }
        int first = firstAtOrAfter(series, scope.fromUs(0));
        int start = first - 1;
        while (start >= 0 && (!run.inWindow(series.wallUs(start)) || !Double.isFinite(series.value(start)))) {
            start--;
        }
        return new int[] {start >= 0 ? start : first, firstAtOrAfter(series, scope.toUs(scope.size() - 1))};
    }

    /** Whether a series' polls are in time order (prom.tsv is written poll by poll, so they normally are). */
    public static boolean ascending(CounterSeries series) {
        for (int i = 1; i < series.size(); i++) {
            if (series.wallUs(i) < series.wallUs(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private static int firstAtOrAfter(CounterSeries series, long wallUs) {
        if (wallUs == Scope.END_OF_TIME) {
            return series.size();
        }
        int lo = 0;
        int hi = series.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (series.wallUs(mid) < wallUs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Per-second rate of {@code family}, summed over the matching series: each interval between
     * consecutive polls contributes {@code increase / seconds} at the whole second (since start) of
     * its later poll. Intervals of zero or negative length are skipped, as in the seed.
     */
    public static Series rate(Run run, String family, Predicate<LabelSet> labels) {
        Map<Long, Double> perSecond = new TreeMap<>();
        for (CounterSeries series : run.series(family)) {
            if (!labels.test(series.labels())) {
                continue;
            }
            boolean havePrevious = false;
            long previousWall = 0;
            double previous = 0.0;
            for (int i = 0; i < series.size(); i++) {
                long wall = series.wallUs(i);
                double value = series.value(i);
                if (!run.inWindow(wall) || !Double.isFinite(value)) {
                    continue;
                }
                if (havePrevious) {
                    double dt = Saturating.difference(wall, previousWall) / 1e6;
                    if (dt > 0) {
                        long second = FrameAnalysis.bucket(run, wall);
                        perSecond.merge(second, increase(previous, value) / dt, Double::sum);
                    }
                }
                previousWall = wall;
                previous = value;
                havePrevious = true;
            }
        }
        double[] xs = new double[perSecond.size()];
        double[] ys = new double[perSecond.size()];
        int k = 0;
        for (Map.Entry<Long, Double> e : perSecond.entrySet()) {
            xs[k] = e.getKey();
            ys[k] = e.getValue();
            k++;
        }
        return new Series(xs, ys);
    }
}
