package dev.fecunit.internal.analysis;

/**
 * A stretch without a delivered frame that the viewer sees as a frozen picture: the time between two
 * consecutively delivered frames when {@link FreezeAnalysis} classifies it as a freeze, or as a pause
 * (longer than 5 s, counted apart, as in W3C webrtc-stats).
 *
 * @param fromUs receive time of the last frame before the stall, wall-clock microseconds
 * @param toUs   receive time of the frame that ended it
 */
public record Freeze(long fromUs, long toUs) {

    /** The inter-frame delay, in seconds. */
    public double durationS() {
        return (toUs - fromUs) / 1e6;
    }
}
