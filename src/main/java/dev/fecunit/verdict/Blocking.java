package dev.fecunit.verdict;

/**
 * How a run with loss bursts is cut into the blocks a {@link Comparison} reads its noise from. A run without
 * bursts is always cut into fixed-length blocks ({@link Comparison#blockLength}).
 */
public enum Blocking {
    /** Each burst window and each steady window is a block; bursts are drawn among bursts, steady among steady. */
    WINDOWS,
    /**
     * One block per loss cycle: a burst together with the steady window after it, so what a burst
     * leaves behind (queues, retransmissions, a decoder waiting for a key frame) stays with it. The
     * steady time before the first burst is a block of its own.
     */
    CYCLES,
    /** Fixed-length blocks ({@link Comparison#blockLength}) even when the run has bursts. */
    FIXED
}
