package dev.fecunit.junit;

import dev.fecunit.history.RunHistory;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The run histories injected within one extension context (as {@link InjectedRuns} for runs), so a
 * failing test's report is the history report of the history it was given.
 */
final class InjectedHistories {

    /** Store key, unique per context so a lookup never falls through to a parent's entry. */
    private record Key(String uniqueId) {
    }

    private final List<RunHistory> histories = new ArrayList<>();

    static InjectedHistories in(ExtensionContext context) {
        return context.getStore(FecExtension.NAMESPACE).getOrComputeIfAbsent(new Key(context.getUniqueId()),
                key -> new InjectedHistories(), InjectedHistories.class);
    }

    synchronized void add(RunHistory history) {
        histories.add(history);
    }

    private synchronized List<RunHistory> all() {
        return List.copyOf(histories);
    }

    /** Every history injected for the test of {@code context}: its own first, then its parents'. */
    static List<RunHistory> forTest(ExtensionContext context) {
        List<RunHistory> found = new ArrayList<>();
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            InjectedHistories injected = c.get().getStore(FecExtension.NAMESPACE)
                    .get(new Key(c.get().getUniqueId()), InjectedHistories.class);
            if (injected != null) {
                injected.all().stream().filter(h -> !found.contains(h)).forEach(found::add);
            }
        }
        return found;
    }
}
