package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.analysis.AnalysedRun;
import dev.fecunit.analysis.Freeze;
import dev.fecunit.analysis.FreezeAnalysis;
import dev.fecunit.analysis.FreezeFigures;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.Scope;

import java.util.List;

/**
 * A run with the scope an assertion judges, and its figures over that scope: read from the run's
 * {@link AnalysedRun}, so the assertions, the report and the CLI share one computation per run.
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

    RunSummary summary() {
        AnalysedRun analysed = AnalysedRun.of(run);
        return switch (runScope) {
            case WHOLE_RUN -> analysed.summary();
            case DURING_BURSTS -> analysed.summaryDuringBursts();
            case OUTSIDE_BURSTS -> analysed.summaryOutsideBursts();
        };
    }

    FreezeFigures freezes() {
        AnalysedRun analysed = AnalysedRun.of(run);
        return switch (runScope) {
            case WHOLE_RUN -> analysed.freezes();
            case DURING_BURSTS -> analysed.freezesDuringBursts();
            case OUTSIDE_BURSTS -> analysed.freezesOutsideBursts();
        };
    }

    /** The freezes that end in the scope (as {@link FreezeAnalysis#of(Run, Scope)} counts them), in time order. */
    List<Freeze> freezeList() {
        return FreezeAnalysis.freezes(run).stream().filter(f -> scope.contains(f.toUs())).toList();
    }
}
