package dev.fecunit.verdict;

import dev.fecunit.analysis.Ratio;
import dev.fecunit.internal.analysis.Percentiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One side's figure, linearized: how much each block pulls the figure, so the variance of the figure
 * (and of a difference of figures) can be read from how those pulls scatter, with the degrees of
 * freedom the scatter carries; a t interval is then honest with 3 blocks as with 300.
 *
 * <p>A ratio figure {@code R = Σnum / Σden} is linearized block by block: block {@code i} pulls it by
 * {@code g = (num − R·den) / Σden}. A pooled percentile {@code q} is handled as survey statistics do
 * (Woodruff): the share of values at or below {@code q} is a ratio of counts, linearized as above, and
 * turned into the percentile's unit by the slope of the pooled values around {@code q}.
 *
 * <p>Blocks at the same place of the loss schedule (the first burst, the steady time after it, ...)
 * are alike from run to run but not within a run: the steady time before the first burst has no burst
 * to recover from, later bursts meet fuller queues. So the scatter is read where blocks are alike:
 * between runs at the same position, or, with one run a side, from the candidate's and the baseline's
 * blocks paired by position (what they share cancels). Only when the runs' schedules differ are blocks
 * compared with the other blocks of their kind in the same run, which errs wide.
 */
final class Spread {

    /** Significance of the F test below which runs are said to differ more than their blocks explain. */
    static final double RUN_EFFECT_LEVEL = 0.05;

    /** A variance estimate and its degrees of freedom; {@code NaN} variance when it cannot be estimated. */
    record Component(double variance, double degreesOfFreedom) {
        static final Component NONE = new Component(Double.NaN, Double.NaN);

        boolean known() {
            return !Double.isNaN(variance);
        }
    }

    final double figure;
    /** Per run, each block's pull on the figure, in the figure's unit. */
    final List<double[]> pulls;
    /** Per run, each block's kind. */
    final List<List<String>> kinds;
    /** Why this side has no figure, or {@code null}. */
    final String problem;

    private Spread(double figure, List<double[]> pulls, List<List<String>> kinds, String problem) {
        this.figure = figure;
        this.pulls = pulls;
        this.kinds = kinds;
        this.problem = problem;
    }

    /**
     * Linearizes one side.
     *
     * @param kinds      per run, the stratum of each block
     * @param measures   per run, each block's {@link Ratio} (ratio figures) or sorted values (percentiles)
     * @param p          the percentile's fraction, {@code NaN} for a ratio figure
     * @param confidence the interval's confidence (sets the span over which a percentile's slope is read)
     * @param sideName   {@code candidate} or {@code baseline}, for the problem text
     */
    static Spread of(List<List<String>> kinds, List<List<Object>> measures, double p, double confidence, String sideName) {
        boolean percentile = !Double.isNaN(p);
        double[] pooled = percentile ? pooledValues(measures) : null;
        double quantile = percentile && pooled.length > 0 ? atFraction(pooled, p) : Double.NaN;
        List<double[]> num = new ArrayList<>();
        List<double[]> den = new ArrayList<>();
        double totalNum = 0;
        double totalDen = 0;
        for (List<Object> run : measures) {
            double[] n = new double[run.size()];
            double[] d = new double[run.size()];
            for (int i = 0; i < n.length; i++) {
                if (percentile) {
                    double[] values = (double[]) run.get(i);
                    n[i] = Percentiles.countAtOrBelow(values, quantile);
                    d[i] = values.length;
                } else {
                    Ratio ratio = (Ratio) run.get(i);
                    n[i] = ratio.numerator();
                    d[i] = ratio.denominator();
                }
                totalNum += n[i];
                totalDen += d[i];
            }
            num.add(n);
            den.add(d);
        }
        if (totalDen == 0) {
            return new Spread(Double.NaN, List.of(), kinds, "the " + sideName + " has no data for this figure");
        }
        double share = totalNum / totalDen;
        List<double[]> pulls = new ArrayList<>();
        for (int r = 0; r < num.size(); r++) {
            double[] g = new double[num.get(r).length];
            for (int i = 0; i < g.length; i++) {
                g[i] = (num.get(r)[i] - share * den.get(r)[i]) / totalDen;
            }
            pulls.add(g);
        }
        Spread linear = new Spread(percentile ? quantile : share, pulls, kinds, null);
        if (!percentile) {
            return linear;
        }
        // Woodruff: the percentile moves by slope × the share's move; the slope is read over the span
        // the share's own interval covers (at least a few values either side).
        Component own = linear.withinRunsByKind();
        double spanned = own.known() && own.variance() > 0
                ? StudentT.quantile(1 - (1 - confidence) / 2, own.degreesOfFreedom()) * Math.sqrt(own.variance()) : 0;
        double half = Math.max(spanned, 3.0 / pooled.length);
        double slope = (atFraction(pooled, Math.min(1, p + half)) - atFraction(pooled, Math.max(0, p - half))) / (2 * half);
        List<double[]> scaled = new ArrayList<>();
        for (double[] g : pulls) {
            double[] s = new double[g.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = slope * g[i];
            }
            scaled.add(s);
        }
        return new Spread(quantile, scaled, kinds, null);
    }

    /** Number of runs. */
    int runs() {
        return pulls.size();
    }

    /** Whether every run of this side and of {@code other} has the same sequence of block kinds. */
    boolean sameScheduleAs(Spread other) {
        List<String> first = kinds.get(0);
        for (List<String> k : kinds) {
            if (!k.equals(first)) {
                return false;
            }
        }
        for (List<String> k : other.kinds) {
            if (!k.equals(first)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Blocks compared with the other blocks of their kind in the same run; a run with a kind seen once
     * is taken unstratified. Unknown when a run has a single block.
     */
    Component withinRunsByKind() {
        List<double[]> cells = new ArrayList<>();
        for (int r = 0; r < pulls.size(); r++) {
            double[] g = pulls.get(r);
            Map<String, List<Double>> byKind = new LinkedHashMap<>();
            for (int i = 0; i < g.length; i++) {
                byKind.computeIfAbsent(kinds.get(r).get(i), k -> new ArrayList<>()).add(g[i]);
            }
            if (byKind.values().stream().anyMatch(c -> c.size() < 2)) {
                cells.add(g);
            } else {
                byKind.values().forEach(c -> cells.add(c.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }
        return scatter(cells);
    }

    /** Blocks compared with the blocks at the same position of the other runs (needs 2 runs and one schedule). */
    Component acrossRunsByPosition() {
        if (pulls.size() < 2 || !sameScheduleAs(this)) {
            return Component.NONE;
        }
        List<double[]> cells = new ArrayList<>();
        for (int i = 0; i < pulls.get(0).length; i++) {
            double[] cell = new double[pulls.size()];
            for (int r = 0; r < cell.length; r++) {
                cell[r] = pulls.get(r)[i];
            }
            cells.add(cell);
        }
        return scatter(cells);
    }

    /** The runs' totals compared with each other ({@code runs − 1} degrees of freedom). */
    Component acrossRuns() {
        if (pulls.size() < 2) {
            return Component.NONE;
        }
        double[] totals = new double[pulls.size()];
        for (int r = 0; r < totals.length; r++) {
            for (double g : pulls.get(r)) {
                totals[r] += g;
            }
        }
        return scatter(List.of(totals));
    }

    /**
     * The difference of two one-run sides with one schedule: each position's candidate pull minus the
     * baseline's (times {@code baselineWeight}), compared with the other positions of its kind.
     */
    static Component pairedByPosition(Spread candidate, Spread baseline, double baselineWeight) {
        double[] c = candidate.pulls.get(0);
        double[] b = baseline.pulls.get(0).clone();
        for (int i = 0; i < b.length; i++) {
            b[i] *= baselineWeight;
        }
        List<String> kinds = candidate.kinds.get(0);
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < c.length; i++) {
            byKind.computeIfAbsent(kinds.get(i), k -> new ArrayList<>()).add(c[i] - b[i]);
        }
        List<double[]> cells = new ArrayList<>();
        if (byKind.values().stream().anyMatch(cell -> cell.size() < 2)) {
            double[] all = new double[c.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = c[i] - b[i];
            }
            cells.add(all);
        } else {
            byKind.values().forEach(cell -> cells.add(cell.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return scatter(cells);
    }

    /**
     * The variance of the sum of all values, each cell's values being alike:
     * {@code Σ n/(n−1) Σ(g − ḡ)²} over the cells, degrees of freedom by Welch-Satterthwaite.
     * Unknown when a cell has a single value.
     */
    private static Component scatter(List<double[]> cells) {
        double sum = 0;
        double dfDenominator = 0;
        double dfTotal = 0;
        for (double[] cell : cells) {
            int n = cell.length;
            if (n < 2) {
                return Component.NONE;
            }
            double mean = 0;
            for (double g : cell) {
                mean += g;
            }
            mean /= n;
            double squares = 0;
            for (double g : cell) {
                squares += (g - mean) * (g - mean);
            }
            double component = n / (n - 1.0) * squares;
            sum += component;
            dfDenominator += component * component / (n - 1);
            dfTotal += n - 1;
        }
        if (cells.isEmpty()) {
            return Component.NONE;
        }
        return new Component(sum, dfDenominator > 0 ? sum * sum / dfDenominator : dfTotal);
    }

    private static double[] pooledValues(List<List<Object>> measures) {
        int n = 0;
        for (List<Object> run : measures) {
            for (Object m : run) {
                n += ((double[]) m).length;
            }
        }
        double[] all = new double[n];
        int k = 0;
        for (List<Object> run : measures) {
            for (Object m : run) {
                double[] v = (double[]) m;
                System.arraycopy(v, 0, all, k, v.length);
                k += v.length;
            }
        }
        Arrays.sort(all);
        return all;
    }

    /** The nearest-rank value at fraction {@code f} of non-empty {@code sorted}, as the figure itself. */
    private static double atFraction(double[] sorted, double f) {
        return sorted[(int) Percentiles.rankIndex(sorted.length, f)];
    }
}
