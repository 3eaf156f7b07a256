package dev.fecunit.analysis;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.HeldFigures;
import dev.fecunit.internal.analysis.Lazy;
import dev.fecunit.internal.analysis.RunWindows;

/**
 * The scopes and summaries of one run (the whole window, all bursts, all steady time), each computed on first
 * use and then held with the run for as long as it lives, in {@link HeldFigures} (which also holds the
 * per-burst table, the freezes and the rest). Users and fecunit's other layers reach them through
 * {@link Scope#whole}, {@link Scope#bursts}, {@link Scope#outsideBursts} and {@link RunSummary#of(Run)}
 * ({@link RunSummary#of(Run, Scope)} over those three scopes); a summary over any other scope (one burst,
 * say) is computed on each call.
 */
final class AnalysedRun {

    private final Run run;

    private final Lazy<Scope> whole;
    private final Lazy<Scope> duringBursts;
    private final Lazy<Scope> outsideBursts;
    private final Lazy<RunSummary> summary;
    private final Lazy<RunSummary> summaryDuringBursts;
    private final Lazy<RunSummary> summaryOutsideBursts;

    private AnalysedRun(Run run) {
        this.run = run;
        whole = new Lazy<>(() -> Scope.computeWhole(run));
        duringBursts = new Lazy<>(() -> Scope.union("during bursts", RunWindows.bursts(run)));
        outsideBursts = new Lazy<>(() -> Scope.union("outside bursts", RunWindows.steady(run)));
        summary = new Lazy<>(() -> RunSummary.compute(run, whole()));
        summaryDuringBursts = new Lazy<>(() -> RunSummary.compute(run, duringBursts()));
        summaryOutsideBursts = new Lazy<>(() -> RunSummary.compute(run, outsideBursts()));
    }

    /** The analysed run of {@code run}: created once per run and held by it, so every caller gets the same one. */
    static AnalysedRun of(Run run) {
        return HeldFigures.of(run).figures(AnalysedRun.class, AnalysedRun::new);
    }

    /** The run these figures are of. */
    Run run() {
        return run;
    }

    /** The figures of the whole measurement window ({@link RunSummary#of(Run)}). */
    RunSummary summary() {
        return summary.get();
    }

    /** The figures over all bursts together ({@link Scope#bursts}). */
    RunSummary summaryDuringBursts() {
        return summaryDuringBursts.get();
    }

    /** The figures over all steady time together ({@link Scope#outsideBursts}). */
    RunSummary summaryOutsideBursts() {
        return summaryOutsideBursts.get();
    }

    /** The whole measurement window as a scope ({@link Scope#whole}). */
    Scope whole() {
        return whole.get();
    }

    /** All bursts together as a scope ({@link Scope#bursts}). */
    Scope duringBursts() {
        return duringBursts.get();
    }

    /** All steady time together as a scope ({@link Scope#outsideBursts}). */
    Scope outsideBursts() {
        return outsideBursts.get();
    }

    /** The held summary of {@code scope} when it is one of the three scopes held here; null otherwise. */
    RunSummary heldSummary(Scope scope) {
        if (scope == whole()) {
            return summary();
        }
        if (scope == duringBursts()) {
            return summaryDuringBursts();
        }
        return scope == outsideBursts() ? summaryOutsideBursts() : null;
    }

    @Override
    public String toString() {
        return "AnalysedRun[" + run.name() + "]";
    }
}
