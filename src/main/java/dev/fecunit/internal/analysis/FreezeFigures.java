package dev.fecunit.internal.analysis;

import dev.fecunit.analysis.Scope;

/**
 * Freeze figures of a run or of a {@link Scope} of it, as W3C webrtc-stats
 * ({@code RTCInboundRtpStreamStats}) and libwebrtc's {@code VideoQualityObserver} define them; see
 * {@link FreezeAnalysis} for the definitions and how a scope is attributed. Durations are in seconds,
 * as in webrtc-stats.
 *
 * @param frames                        delivered frames received in the scope (first receipt of each id)
 * @param interFrameDelays              inter-frame delays that end in the scope
 * @param totalInterFrameDelayS         sum of those delays ({@code totalInterFrameDelay})
 * @param totalSquaredInterFrameDelayS2 sum of their squares in s² ({@code totalSquaredInterFrameDelay})
 * @param freezeCount                   freezes that end in the scope ({@code freezeCount})
 * @param totalFreezesDurationS         sum of their inter-frame delays ({@code totalFreezesDuration})
 * @param pauseCount                    pauses (delay above 5 s) that end in the scope ({@code pauseCount})
 * @param totalPausesDurationS          sum of their delays ({@code totalPausesDuration})
 * @param freezeRatio                   time covered by freezes inside the scope / the scope's length;
 *                                      {@code NaN} when the scope has no finite length (run without T1_US)
 * @param meanTimeBetweenFreezesS       mean length of the smooth stretches between freezes and pauses
 *                                      (libwebrtc {@code MeanTimeBetweenFreezesMs}, in seconds);
 *                                      {@code NaN} when there is none
 * @param harmonicFramerateFps          {@code totalInterFrameDelayS / totalSquaredInterFrameDelayS2}
 *                                      (libwebrtc {@code HarmonicFrameRate}, unrounded);
 *                                      {@code NaN} without inter-frame delays
 */
public record FreezeFigures(
        long frames,
        long interFrameDelays,
        double totalInterFrameDelayS,
        double totalSquaredInterFrameDelayS2,
        long freezeCount,
        double totalFreezesDurationS,
        long pauseCount,
        double totalPausesDurationS,
        double freezeRatio,
        double meanTimeBetweenFreezesS,
        double harmonicFramerateFps) {

    /** Mean freeze length in seconds ({@code totalFreezesDuration / freezeCount}); {@code NaN} without freezes. */
    public double meanFreezeDurationS() {
        return freezeCount == 0 ? Double.NaN : totalFreezesDurationS / freezeCount;
    }
}
