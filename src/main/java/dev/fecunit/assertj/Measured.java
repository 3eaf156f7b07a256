package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.Freeze;
import dev.fecunit.internal.analysis.FreezeAnalysis;
import dev.fecunit.internal.analysis.FreezeFigures;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.Scope;

import java.util.List;

/**
 * A run with the scope an assertion judges, and its figures over that scope: the ones held with the run
 * ({@link RunSummary#of(Run, Scope)} over the whole window, all bursts or all steady time), so the
 * assertions, the report and the CLI share one computation per run.
 */
final class Measured {

    private final Run run;
    private final RunScope runScope;
    private final Scope scope;

    private Measured(Run run, RunScope runScope) {
        this.run = run;
        this.runScope = runScope;
        this.scope = runScope.of(run);
    }

    static Measured of(Run run, RunScope runScope) {
        return new Measured(run, runScope);
    }

    Run run() {
        return run;
    }

    RunScope runScope() {
        return runScope;
    }

    Scope scope() {
        return scope;
    }

    /** The figures over the scope: the ones held with the run, since the three scopes are the run's own. */
    RunSummary summary() {
        return RunSummary.of(run, scope);
    }

    /** The freeze figures over the scope, held with the run as the summary is. */
    FreezeFigures freezes() {
        return FreezeAnalysis.of(run, scope);
    }

    /** The freezes that end in the scope (as {@link FreezeAnalysis#of(Run, Scope)} counts them), in time order. */
    List<Freeze> freezeList() {
        return FreezeAnalysis.freezes(run).stream().filter(f -> scope.contains(f.toUs())).toList();
    }
}
