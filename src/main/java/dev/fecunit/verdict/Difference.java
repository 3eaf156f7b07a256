package dev.fecunit.verdict;

import dev.fecunit.analysis.Direction;
import dev.fecunit.internal.format.NumberText;

/**
 * The difference between a candidate's figure and a baseline's with its confidence interval, before
 * any verdict: what {@link Comparison} computes from runs, and what {@link Comparison#estimate} computes
 * from plain per-run or per-block values (e.g. a history's runs). {@link #verdict} reads the verdict.
 *
 * <pre>{@code
 * Difference e = Comparison.estimate(new double[] {3.1, 2.9, 3.4}, new double[] {2.2, 2.0, 2.5}, 0.95);
 * Verdict v = e.verdict(0.5, Direction.LOWER_IS_BETTER);   // WORSE
 * }</pre>
 *
 * @param candidateFigure  the candidate's figure ({@code NaN} without data)
 * @param baselineFigure   the baseline's figure
 * @param difference       {@code candidateFigure − baselineFigure}
 * @param interval         the t interval of the difference
 * @param ratio            {@code candidateFigure / baselineFigure}
 * @param ratioInterval    its interval (delta method)
 * @param degreesOfFreedom the degrees of freedom of the interval (Welch-Satterthwaite)
 * @param noise            where the noise was read from, in words, e.g. {@code blocks paired by position}
 * @param problem          why the data cannot support a decision (the verdict is then inconclusive), or empty
 */
public record Difference(
        double candidateFigure,
        double baselineFigure,
        double difference,
        Interval interval,
        double ratio,
        Interval ratioInterval,
        double degreesOfFreedom,
        String noise,
        String problem) {

    /**
     * The verdict this estimate supports under the minimum relevant change {@code minimumChange}
     * (see {@link Verdict}); {@link Verdict#INCONCLUSIVE} when the data cannot support a decision.
     */
    public Verdict verdict(double minimumChange, Direction direction) {
        if (!problem.isEmpty() || Double.isNaN(difference) || Double.isNaN(interval.lower())) {
            return Verdict.INCONCLUSIVE;
        }
        return Decision.verdict(difference, interval, minimumChange, direction);
    }

    /** How the variance of {@code candidate − weight · baseline} is read, and from what. */
    private record Noise(Spread.Component difference, String words, String problem) {
    }

    /** Combines two sides into the interval of the difference and of the ratio. */
    static Difference between(Spread candidate, Spread baseline, Method method, double confidence) {
        double c = candidate.figure;
        double b = baseline.figure;
        double difference = c - b;
        double ratio = c / b;
        Interval nowhere = new Interval(Double.NaN, Double.NaN);
        String missing = candidate.problem != null ? candidate.problem : baseline.problem != null ? baseline.problem : "";
        if (!missing.isEmpty() || Double.isNaN(difference)) {
            return new Difference(c, b, difference, nowhere, ratio, nowhere, Double.NaN, "", missing);
        }
        Noise noise = noise(candidate, baseline, method, 1.0, confidence);
        if (!noise.problem.isEmpty()) {
            return new Difference(c, b, difference, nowhere, ratio, nowhere, Double.NaN, noise.words, noise.problem);
        }
        double level = 1 - (1 - confidence) / 2;
        Spread.Component d = noise.difference;
        double t = d.variance() > 0 ? StudentT.quantile(level, d.degreesOfFreedom()) : 0;
        double half = t * Math.sqrt(d.variance());
        Interval ratioInterval = nowhere;
        if (b != 0 && Double.isFinite(ratio)) {
            // Delta method: c/b moves as (c − ratio·b) / b.
            Spread.Component r = noise(candidate, baseline, method, ratio, confidence).difference;
            double rt = r.variance() > 0 ? StudentT.quantile(level, r.degreesOfFreedom()) : 0;
            double rhalf = rt * Math.sqrt(r.variance()) / Math.abs(b);
            ratioInterval = new Interval(ratio - rhalf, ratio + rhalf);
        }
        return new Difference(c, b, difference, new Interval(difference - half, difference + half), ratio, ratioInterval,
                d.variance() > 0 ? d.degreesOfFreedom() : Double.NaN, noise.words, "");
    }

    private static Noise noise(Spread c, Spread b, Method method, double weight, double confidence) {
        if (c.runs() == 1 && b.runs() == 1 && method != Method.RUNS) {
            if (c.sameScheduleAs(b)) {
                Spread.Component paired = Spread.pairedByPosition(c, b, weight);
                return paired.known() ? new Noise(paired, "blocks paired by position between candidate and baseline", "")
                        : new Noise(paired, "", "the runs have a single block: their noise cannot be told from one"
                        + " block; use longer runs or repetitions");
            }
            return welch(c.withinRunsByKind(), b.withinRunsByKind(), weight, "blocks of each kind within each run",
                    "a run with a single block cannot show its noise; use longer runs or repetitions");
        }
        if (method != Method.RUNS && (c.runs() == 1) != (b.runs() == 1) && c.sameScheduleAs(b)) {
            // One run against repetitions of one schedule (the latest night against its history): the single
            // run is as noisy as one of the repetitions, whose noise is known from their blocks by position.
            Spread many = c.runs() > 1 ? c : b;
            Side known = side(many, method, c.runs() > 1 ? "candidate" : "baseline");
            if (known.problem.isEmpty()) {
                Spread.Component one = new Spread.Component(known.noise.variance() * many.runs(),
                        known.noise.degreesOfFreedom());
                String words = known.words + ", the single run as noisy as one of them";
                return c.runs() > 1 ? welch(known.noise, one, weight, words, "") : welch(one, known.noise, weight, words, "");
            }
        }
        Side cs = side(c, method, "candidate");
        Side bs = side(b, method, "baseline");
        if (!cs.problem.isEmpty() || !bs.problem.isEmpty()) {
            return new Noise(Spread.Component.NONE, "", cs.problem.isEmpty() ? bs.problem : cs.problem);
        }
        String words = cs.words.equals(bs.words) ? cs.words : "candidate: " + cs.words + "; baseline: " + bs.words;
        return welch(cs.noise, bs.noise, weight, words, "");
    }

    /** One side's variance with repetitions (or a single run facing repetitions), in words. */
    private record Side(Spread.Component noise, String words, String problem) {
    }

    private static Side side(Spread s, Method method, String name) {
        if (s.runs() == 1) {
            if (method == Method.RUNS) {
                return new Side(Spread.Component.NONE, "", "the " + name + " has 1 run: the spread between runs needs"
                        + " at least 2");
            }
            Spread.Component within = s.withinRunsByKind();
            return within.known() ? new Side(within, "blocks of each kind within the run", "")
                    : new Side(within, "", "the " + name + " has a single block: its noise cannot be told from one block");
        }
        Spread.Component runs = s.acrossRuns();
        if (method == Method.RUNS) {
            return new Side(runs, "the runs", "");
        }
        Spread.Component blocks = s.acrossRunsByPosition();
        String words = "blocks at the same position in each run";
        if (!blocks.known()) {
            blocks = s.withinRunsByKind();
            words = "blocks of each kind within each run";
        }
        if (!blocks.known()) {
            return new Side(runs, "the runs", "");
        }
        if (method == Method.WINDOWS) {
            return new Side(blocks, words, "");
        }
        if (blocks.variance() == 0) {
            return runs.variance() > 0 ? new Side(runs, "the runs (their blocks do not vary)", "") : new Side(blocks, words, "");
        }
        // Do the runs differ more than their blocks explain? Then only the runs tell the noise.
        double p = StudentT.fUpperTail(runs.variance() / blocks.variance(), runs.degreesOfFreedom(),
                blocks.degreesOfFreedom());
        return p < Spread.RUN_EFFECT_LEVEL
                ? new Side(runs, "the runs (they differ more than their blocks explain, F test p = "
                + NumberText.figure(p) + ")", "")
                : new Side(blocks, words, "");
    }

    private static Noise welch(Spread.Component c, Spread.Component b, double weight, String words, String problem) {
        if (!c.known() || !b.known()) {
            return new Noise(Spread.Component.NONE, words, problem.isEmpty() ? "a side's noise is unknown" : problem);
        }
        double vb = weight * weight * b.variance();
        double sum = c.variance() + vb;
        if (sum == 0) {
            return new Noise(new Spread.Component(0, Double.NaN), words, "");
        }
        double denominator = (c.variance() == 0 ? 0 : c.variance() * c.variance() / c.degreesOfFreedom())
                + (vb == 0 ? 0 : vb * vb / b.degreesOfFreedom());
        return new Noise(new Spread.Component(sum, sum * sum / denominator), words, "");
    }
}
