package dev.fecunit.internal.analysis;

import dev.fecunit.analysis.Figures;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One value computed on first use and then shared (a figure of a run, a sweep cell's run): double-checked
 * locking on this holder
 * alone, so threads asking for different figures (or different runs) never wait for each other, and two
 * threads asking for the same figure compute it once. A computation that throws is not remembered: the
 * next call tries again. Figures that need other figures take those holders' locks in turn; the figures
 * depend on each other without a cycle, so no two threads can wait for each other.
 */
public final class Lazy<T> {

    private final Supplier<T> computation;
    private volatile T value;

    /** A holder that computes its figure with {@code computation} on the first {@link #get()}. */
    public Lazy(Supplier<T> computation) {
        this.computation = computation;
    }

    /** The figure: computed by the first caller, the same object for every later one. */
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = Objects.requireNonNull(computation.get(), "a figure computed to null");
                    value = result;
                }
            }
        }
        return result;
    }
}
