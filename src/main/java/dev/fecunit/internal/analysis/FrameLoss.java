package dev.fecunit.internal.analysis;

/**
 * Frame loss over a scope: how many frames arrived, how many the publisher sent, how many never came.
 *
 * @param received  rows received in the scope (duplicated rows included, as the seed counts them)
 * @param expected  distinct ids received plus ids lost in the scope (the whole run: max id - min id + 1)
 * @param lost      ids that never arrived, from the gaps in the sorted distinct ids
 * @param gapEvents number of gaps (a burst of consecutive lost frames counts once)
 */
public record FrameLoss(long received, long expected, long lost, long gapEvents) {

    /** Lost frames in percent of expected frames: {@code 100 * lost / expected}; 0 when nothing was expected. */
    public double lossPct() {
        return expected == 0 ? 0.0 : 100.0 * lost / expected;
    }
}
