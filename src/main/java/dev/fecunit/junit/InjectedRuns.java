package dev.fecunit.junit;

import dev.fecunit.Run;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.Collections;

/**
 * The runs injected within one extension context, so that a failing test's report shows exactly
 * the runs it was given: the test method's {@code @RunDir} parameters in parameter order (the first
 * is the baseline), then runs injected elsewhere (constructor, lifecycle methods, {@link RunFolder})
 * in the order they were injected.
 */
final class InjectedRuns {

    /** Store key, unique per context so a lookup never falls through to a parent's entry. */
    private record Key(String uniqueId) {
    }

    private final Map<Integer, Run> testMethodParameters = new TreeMap<>();
    private final List<Run> others = new ArrayList<>();
    private final Set<Run> summarised = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean reported;

    static InjectedRuns in(ExtensionContext context) {
        return context.getStore(FecExtension.NAMESPACE)
                .getOrComputeIfAbsent(new Key(context.getUniqueId()), key -> new InjectedRuns(), InjectedRuns.class);
    }

    synchronized void addTestMethodParameter(int index, Run run) {
        testMethodParameters.put(index, run);
    }

    synchronized void addOther(Run run) {
        others.add(run);
    }

    /** Whether {@code run}'s diagnostics are still to be summarised in this context (true once). */
    synchronized boolean firstMention(Run run) {
        return summarised.add(run);
    }

    /** Marks this context's report as rendered; false when it already was. */
    synchronized boolean markReported() {
        if (reported) {
            return false;
        }
        reported = true;
        return true;
    }

    private synchronized List<Run> testMethodRuns() {
        return List.copyOf(testMethodParameters.values());
    }

    private synchronized List<Run> otherRuns() {
        return List.copyOf(others);
    }

    /**
     * Every run injected for the test of {@code context}: its own test-method parameters first, then
     * the other runs of the context and its parents (class-level injections), each run once.
     */
    static List<Run> forTest(ExtensionContext context) {
        Set<Run> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Run> runs = new ArrayList<>();
        List<InjectedRuns> chain = new ArrayList<>();
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            chain.add(peek(c.get()));
        }
        for (InjectedRuns injected : chain) {
            if (injected != null) {
                injected.testMethodRuns().stream().filter(seen::add).forEach(runs::add);
            }
        }
        for (InjectedRuns injected : chain) {
            if (injected != null) {
                injected.otherRuns().stream().filter(seen::add).forEach(runs::add);
            }
        }
        return runs;
    }

    private static InjectedRuns peek(ExtensionContext context) {
        return context.getStore(FecExtension.NAMESPACE).get(new Key(context.getUniqueId()), InjectedRuns.class);
    }
}
