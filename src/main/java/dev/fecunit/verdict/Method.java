package dev.fecunit.verdict;

/**
 * How a {@link Comparison} resamples its data to build the confidence interval. Frames within a run
 * are correlated (a loss burst takes several frames at once), so fecunit never resamples frames:
 * it resamples <em>blocks</em>, the burst and steady windows of a run ({@code RunWindows}), or
 * fixed-length blocks when a run has no bursts, and whole runs when there are repetitions.
 */
public enum Method {
    /** {@link #WINDOWS} when each side is one run, {@link #RUNS_THEN_WINDOWS} when a side has repetitions. */
    AUTO,
    /**
     * Block bootstrap: the windows of all runs of a side are pooled and resampled with replacement,
     * bursts among bursts and steady windows among steady windows, so each resample keeps the
     * number of bursts (stratified).
     */
    WINDOWS,
    /**
     * Two-level bootstrap: draw the side's runs with replacement, then each drawn run's windows
     * (stratified as in {@link #WINDOWS}); keeps the run-to-run variation in the interval.
     */
    RUNS_THEN_WINDOWS,
    /** Cluster bootstrap over whole runs only (needs several runs per side to mean anything). */
    RUNS;

    /** The method in words, for verdicts and failure messages. */
    String description() {
        return switch (this) {
            case AUTO -> "automatic";
            case WINDOWS -> "block bootstrap, blocks resampled within their kind";
            case RUNS_THEN_WINDOWS -> "two-level bootstrap: runs, then blocks within each run by kind";
            case RUNS -> "bootstrap over whole runs";
        };
    }
}
