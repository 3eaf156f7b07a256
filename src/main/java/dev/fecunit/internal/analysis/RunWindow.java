package dev.fecunit.internal.analysis;

import dev.fecunit.analysis.Scope;

/**
 * One stretch of a run's measurement window: a loss burst of the shaper, or the steady time
 * before, between or after the bursts. Every figure can be computed over {@link #scope()}.
 *
 * @param kind   burst or steady
 * @param index  0-based position among the windows of the same kind, in time order
 * @param fromUs start, wall-clock microseconds (inclusive)
 * @param toUs   end, wall-clock microseconds (exclusive)
 */
public record RunWindow(Kind kind, int index, long fromUs, long toUs) {

    /** What happened on the link during a window. */
    public enum Kind {
        /** The shaper applied its burst loss ({@code burst_on} to {@code burst_off}). */
        BURST,
        /** Only the base loss: before, between or after the bursts. */
        STEADY
    }

    /** The window as a scope, described like {@code burst 3} or {@code steady 0}. */
    public Scope scope() {
        return Scope.between(fromUs, toUs, (kind == Kind.BURST ? "burst " : "steady ") + index);
    }

    /** Length in microseconds. */
    public long durationUs() {
        return toUs - fromUs;
    }

    // Written out: a record's generated equals and hashCode are linked through invokedynamic on first
    // use, which cost a command ~15 ms of CPU while its runs were analysed.
    @Override
    public boolean equals(Object o) {
        return o instanceof RunWindow other && kind == other.kind && index == other.index && fromUs == other.fromUs
                && toUs == other.toUs;
    }

    @Override
    public int hashCode() {
        return ((kind.hashCode() * 31 + index) * 31 + Long.hashCode(fromUs)) * 31 + Long.hashCode(toUs);
    }
}
