package dev.fecunit.verdict;

/**
 * Where a {@link Comparison} reads the noise of each side's figure from. Frames within a run are
 * correlated (a loss burst takes several frames at once), so fecunit never treats frames as
 * independent: it uses <em>blocks</em>, the burst and steady windows of a run ({@code Scope.bursts}, {@code Scope.outsideBursts}), or
 * fixed-length blocks when a run has no bursts, and whole runs when there are repetitions.
 */
public enum Method {
    /** {@link #WINDOWS} when each side is one run, {@link #RUNS_THEN_WINDOWS} when a side has repetitions. */
    AUTO,
    /**
     * The blocks' scatter: with one run a side, the candidate's and the baseline's blocks paired by
     * position in the loss schedule (what a position shares cancels), compared with the other pairs of
     * their kind; with repetitions, each block compared with the blocks at the same position of the
     * side's other runs. Runs of different schedules: blocks of one kind within each run.
     */
    WINDOWS,
    /**
     * The blocks' scatter within runs, unless the runs differ more than their blocks explain (an F test
     * at 5 %): then the runs' scatter, with {@code runs − 1} degrees of freedom. Keeps run-to-run effects
     * in the interval without paying for them when there are none.
     */
    RUNS_THEN_WINDOWS,
    /** The runs' scatter only (needs several runs per side; {@code runs − 1} degrees of freedom). */
    RUNS;
}
