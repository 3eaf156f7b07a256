package dev.fecunit.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated input: a simulated run directory and the mutations applied to it, in order.
 *
 * @param base      the run before mutation
 * @param mutations what is done to it
 */
record Case(BaseRun base, List<Mutation> mutations) {

    Case {
        mutations = List.copyOf(mutations);
    }

    /** The mutated files. */
    RunFiles files() {
        RunFiles files = base.files();
        for (Mutation mutation : mutations) {
            mutation.apply(files);
        }
        return files;
    }

    /** Smaller cases: one mutation fewer, one mutation simpler, a simpler base run. */
    List<Case> simpler() {
        List<Case> simpler = new ArrayList<>();
        for (int i = 0; i < mutations.size(); i++) {
            List<Mutation> fewer = new ArrayList<>(mutations);
            fewer.remove(i);
            simpler.add(new Case(base, fewer));
        }
        for (int i = 0; i < mutations.size(); i++) {
            for (Mutation smaller : mutations.get(i).simpler()) {
                List<Mutation> changed = new ArrayList<>(mutations);
                changed.set(i, smaller);
                simpler.add(new Case(base, changed));
            }
        }
        for (BaseRun smaller : base.simpler()) {
            simpler.add(new Case(smaller, mutations));
        }
        return simpler;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(base.toString());
        for (Mutation mutation : mutations) {
            text.append("\n    then ").append(mutation);
        }
        return text.toString();
    }
}
