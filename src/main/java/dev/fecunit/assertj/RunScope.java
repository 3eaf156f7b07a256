package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.analysis.Scope;

import java.util.function.Function;

/** The part of a run an assertion judges; the same part is taken of the baseline. */
enum RunScope {
    WHOLE_RUN("", Scope::whole),
    DURING_BURSTS(" during bursts", Scope::bursts),
    OUTSIDE_BURSTS(" outside bursts", Scope::outsideBursts);

    private final String suffix;
    private final Function<Run, Scope> scopeOf;

    RunScope(String suffix, Function<Run, Scope> scopeOf) {
        this.suffix = suffix;
        this.scopeOf = scopeOf;
    }

    /** The scope of {@code run}: each run contributes its own burst windows. */
    Scope of(Run run) {
        return scopeOf.apply(run);
    }

    /** Appended to a message's expectation: empty for the whole run, else e.g. {@code " during bursts"}. */
    String suffix() {
        return suffix;
    }
}
