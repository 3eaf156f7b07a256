package dev.fecunit.verdict;

import dev.fecunit.Run;
import dev.fecunit.analysis.Figures;
import dev.fecunit.analysis.Ratio;
import dev.fecunit.analysis.Scope;
import dev.fecunit.internal.format.NumberText;

import java.util.Optional;

/**
 * What the network did to each side of a comparison ({@link Metric#NETWORK_LOSS}, pooled over each side's
 * runs), and whether the two sides faced comparable loss. A comparison of runs that faced different loss
 * compares the networks as much as the builds, so every {@link ComparisonResult} says when they did not.
 *
 * <p>The sides are <b>not comparable</b> when their network loss differs by more than
 * {@value #MAX_DIFFERENCE_POINTS} percentage points <i>and</i> by more than {@value #MAX_DIFFERENCE_SHARE}
 * of the baseline's loss. Measured on simulated 60 s runs of the harness's default profile, two runs of
 * one build differ by at most 0.9 points, and FEC 30 % against FEC 10 % by 0.8 points on average (fewer
 * FEC packets share the link), so neither is flagged; 2 % base loss against 10 % is.
 *
 * @param candidatePct network loss of the candidate runs, % ({@code NaN} when the runs have no packet counters)
 * @param baselinePct  network loss of the baseline runs, %
 */
public record NetworkConditions(double candidatePct, double baselinePct) {

    /** The sides are not comparable when their loss differs by more than this many percentage points... */
    public static final double MAX_DIFFERENCE_POINTS = 2.0;
    /** ... and by more than this share of the baseline's loss. */
    public static final double MAX_DIFFERENCE_SHARE = 0.25;

    /** The network loss each side faced. */
    public static NetworkConditions of(RunSet candidate, RunSet baseline) {
        return new NetworkConditions(pooled(candidate), pooled(baseline));
    }

    /** Whether both sides faced comparable network loss; true when either side's loss is unknown. */
    public boolean comparable() {
        double difference = Math.abs(candidatePct - baselinePct);
        return !(difference > MAX_DIFFERENCE_POINTS && difference > MAX_DIFFERENCE_SHARE * baselinePct);
    }

    /**
     * When not comparable, the sentence that says so, e.g. {@code NOT COMPARABLE: the candidate faced 8 points
     * more network loss than the baseline (10 % against 2 %), so its figures are not comparable}.
     */
    public Optional<String> warning() {
        if (comparable()) {
            return Optional.empty();
        }
        double difference = candidatePct - baselinePct;
        return Optional.of("NOT COMPARABLE: the candidate faced " + NumberText.figure(Math.abs(difference))
                + (difference > 0 ? " points more" : " points less") + " network loss than the baseline ("
                + NumberText.figure(candidatePct) + " % against " + NumberText.figure(baselinePct)
                + " %), so its figures are not comparable");
    }

    private static double pooled(RunSet runs) {
        double lost = 0;
        double sent = 0;
        for (Run run : runs) {
            Ratio sums = Figures.NETWORK_LOSS.sums(run, Scope.whole(run));
            lost += sums.numerator();
            sent += sums.denominator();
        }
        return sent == 0 ? Double.NaN : lost / sent;
    }
}
