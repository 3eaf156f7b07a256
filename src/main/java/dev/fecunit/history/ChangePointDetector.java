package dev.fecunit.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds where the level of a series shifts, with E-divisive means (Matteson &amp; James 2014; the
 * method of Apache Otava, formerly Hunter, used on MongoDB's and DataStax's performance histories):
 * the series is split where the energy distance between the two sides is largest
 * ({@link EnergyStatistic}), the split is kept when a permutation test finds it significant
 * ({@link PermutationTest}), and each side is searched again, best split first, until no split is
 * significant. Each round first tries splits whose right side reaches the end of its segment (the most
 * powerful test for a step), then splits whose right side may end earlier (a shift later undone). It assumes no distribution (nightly figures are skewed and bounded), and the same series
 * always gives the same change points (the permutations are seeded).
 *
 * <pre>{@code
 * RunHistory nightly = RunHistory.matching(root, "nightly-*")
 *         .withDetector(ChangePointDetector.defaults().significance(0.001));
 * }</pre>
 *
 * <p>The sensitivity knob is {@link #significance(double)}: the chance that a series without any change
 * gets a change point at a given split test. Lower finds fewer false change points and needs a larger
 * or longer shift; higher finds smaller shifts sooner and more noise. {@link #minimumRuns(int)} is how
 * many runs each side of a change needs: a single bad night is an outlier, not a change point, and a
 * step is found once that many runs after it exist. Immutable; safe to share.
 */
public final class ChangePointDetector {

    /** The default significance level: 1 %. */
    public static final double DEFAULT_SIGNIFICANCE = 0.01;
    /** The default number of permutations per split test (the smallest p-value is 1/200). */
    public static final int DEFAULT_PERMUTATIONS = 199;
    /** The default number of runs each side of a change point needs. */
    public static final int DEFAULT_MINIMUM_RUNS = 3;
    /** The default seed of the permutations. */
    public static final long DEFAULT_SEED = 0x5EEDFECL;

    /**
     * A change point in a series: the level shifts between {@code index - 1} and {@code index}.
     *
     * @param index  the first index after the change
     * @param pValue the permutation test's p-value of the split when it was accepted
     */
    record Split(int index, double pValue) {
    }

    /** The best split of one segment. */
    private record Candidate(int[] segment, EnergyStatistic.Split split) {
    }

    private final double significance;
    private final int permutations;
    private final int minimumRuns;
    private final long seed;

    private ChangePointDetector(double significance, int permutations, int minimumRuns, long seed) {
        this.significance = significance;
        this.permutations = permutations;
        this.minimumRuns = minimumRuns;
        this.seed = seed;
    }

    /** The detector with the defaults: significance 1 %, 199 permutations, 3 runs a side. */
    public static ChangePointDetector defaults() {
        return new ChangePointDetector(DEFAULT_SIGNIFICANCE, DEFAULT_PERMUTATIONS, DEFAULT_MINIMUM_RUNS, DEFAULT_SEED);
    }

    /**
     * The significance level of each split test, strictly between 0 and 0.5 (default 0.01). It needs
     * at least {@code 1/significance - 1} permutations to be reachable.
     */
    public ChangePointDetector significance(double level) {
        if (!(level > 0 && level < 0.5)) {
            throw new IllegalArgumentException("Significance [" + level + "] must be between 0 and 0.5, e.g. 0.01");
        }
        return new ChangePointDetector(level, permutations, minimumRuns, seed);
    }

    /** Permutations drawn per split test, at least 19 (default 199). */
    public ChangePointDetector permutations(int count) {
        if (count < 19) {
            throw new IllegalArgumentException("Permutations [" + count + "] must be at least 19");
        }
        return new ChangePointDetector(significance, count, minimumRuns, seed);
    }

    /** Runs each side of a change point needs, at least 2 (default 3). */
    public ChangePointDetector minimumRuns(int runs) {
        if (runs < 2) {
            throw new IllegalArgumentException("Minimum runs [" + runs + "] must be at least 2");
        }
        return new ChangePointDetector(significance, permutations, runs, seed);
    }

    /** Seed of the permutations (default {@link #DEFAULT_SEED}). */
    public ChangePointDetector seed(long value) {
        return new ChangePointDetector(significance, permutations, minimumRuns, value);
    }

    /** The significance level of each split test. */
    public double significance() {
        return significance;
    }

    /** Permutations drawn per split test. */
    public int permutations() {
        return permutations;
    }

    /** Runs each side of a change point needs. */
    public int minimumRuns() {
        return minimumRuns;
    }

    /**
     * The change points of {@code series} (finite values, in time order), in index order.
     *
     * @throws IllegalArgumentException when a value is not finite
     */
    List<Split> detect(double[] series) {
        for (int i = 0; i < series.length; i++) {
            if (!Double.isFinite(series[i])) {
                throw new IllegalArgumentException("Value [" + series[i] + "] at index " + i
                        + " is not a number; leave out the runs without data before detecting change points");
            }
        }
        double[] values = series.clone();
        List<int[]> segments = new ArrayList<>(List.of(new int[] {0, values.length}));
        List<Split> found = new ArrayList<>();
        while (true) {
            Candidate accepted = null;
            for (EnergyStatistic.Search search : EnergyStatistic.Search.values()) {
                Candidate best = null;
                for (int[] segment : segments) {
                    EnergyStatistic.Split split = EnergyStatistic.bestSplit(values, segment[0], segment[1], minimumRuns, search);
                    if (split.index() >= 0 && (best == null || split.statistic() > best.split().statistic())) {
                        best = new Candidate(segment, split);
                    }
                }
                if (best == null) {
                    break;
                }
                // Seeded by the segment, so a segment's test does not depend on the order segments are tested in.
                long segmentSeed = seed ^ (31L * best.segment()[0] + best.segment()[1]) * 0x9E3779B97F4A7C15L
                        ^ search.ordinal();
                double p = PermutationTest.pValue(values, best.segment()[0], best.segment()[1],
                        best.split().statistic(), minimumRuns, permutations, significance, segmentSeed, search);
                if (p <= significance) {
                    accepted = best;
                    found.add(new Split(best.split().index(), p));
                    break;
                }
            }
            if (accepted == null) {
                break;
            }
            segments.remove(accepted.segment());
            segments.add(new int[] {accepted.segment()[0], accepted.split().index()});
            segments.add(new int[] {accepted.split().index(), accepted.segment()[1]});
        }
        found.sort(Comparator.comparingInt(Split::index));
        return List.copyOf(found);
    }

    @Override
    public String toString() {
        return "E-divisive means, significance " + significance + ", " + permutations + " permutations, at least "
                + minimumRuns + " runs a side";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChangePointDetector d && d.significance == significance && d.permutations == permutations
                && d.minimumRuns == minimumRuns && d.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(significance, permutations, minimumRuns, seed);
    }
}
