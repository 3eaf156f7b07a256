package dev.fecunit.internal.analysis;

/**
 * Frames that never arrived: a jump in the sorted distinct frame ids.
 *
 * @param afterId   the last id received before the gap
 * @param beforeId  the first id received after the gap
 * @param missing   number of ids skipped ({@code beforeId - afterId - 1}, at least 1)
 * @param receiveUs receive time of the first frame after the gap (where the viewer notices it)
 */
public record FrameGap(long afterId, long beforeId, long missing, long receiveUs) {
}
