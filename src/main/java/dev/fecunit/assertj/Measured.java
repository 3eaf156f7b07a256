package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.Scope;

/** A run with the scope an assertion judges, and its figures over that scope (computed once, on demand). */
final class Measured {

    private final Run run;
    private final RunScope runScope;
    private final Scope scope;
    private RunSummary summary;

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

    RunSummary summary() {
        if (summary == null) {
            summary = RunSummary.of(run, scope);
        }
        return summary;
    }
}
