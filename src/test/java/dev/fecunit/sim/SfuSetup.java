package dev.fecunit.sim;

import java.util.Objects;

/**
 * The SFU whose Prometheus counters a run recorded: its node id, the tracks it carries and how
 * its exporter labels them.
 *
 * <p>Two layouts occur in practice. The reference sweep's SFU exported one label set per family
 * (ten series a poll); a newer SFU labels per track and per direction, so a reader has to sum
 * several label sets per family (28 series a poll). Label values are given raw, unescaped; the
 * writer applies the exposition format's escapes ({@code \\ \" \n}).
 *
 * @param layout              which label sets the exporter writes
 * @param nodeId              value of the {@code node_id} label
 * @param cameraTrack         the published camera track, whose frames the subscriber logs
 * @param screenTrack         a second video track (screen share) the SFU also carries, or
 *                            {@code null}; its frames are not logged but its packets are counted
 * @param subscribers         how many subscribers the SFU forwards each packet to (a load-test room
 *                            has dozens); only one of them logs frames
 * @param forwardedDataBefore packets the SFU had already forwarded before the run (a long-lived SFU
 *                            serving other rooms); the start of the outgoing data counter
 * @param forwardedRtxBefore  the same for outgoing retransmissions
 */
public record SfuSetup(
        MetricLayout layout,
        String nodeId,
        String cameraTrack,
        String screenTrack,
        int subscribers,
        long forwardedDataBefore,
        long forwardedRtxBefore) {

    /** Which series the SFU's exporter writes each poll. */
    public enum MetricLayout {
        /**
         * Like the reference sweep: incoming direction only, no track label, one series per
         * FlexFEC state and one per other family.
         */
        REFERENCE,
        /**
         * Per track and per direction (incoming/outgoing), with data and RTX packet totals
         * apart: several label sets per family that a reader must sum.
         */
        DETAILED
    }

    /** Checks the required parts. */
    public SfuSetup {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(cameraTrack, "cameraTrack");
        if (subscribers < 1) {
            throw new IllegalArgumentException("subscribers must be at least 1 but was [" + subscribers + "]");
        }
        if (forwardedDataBefore < 0 || forwardedRtxBefore < 0) {
            throw new IllegalArgumentException("forwarded counts cannot be negative");
        }
    }

    /**
     * The reference sweep's SFU: a single node, one label set per family, a fresh process. (The
     * camera track's name is not exported in this layout.)
     */
    public static SfuSetup referenceHarness(String nodeId) {
        return new SfuSetup(MetricLayout.REFERENCE, nodeId, "camera", null, 1, 0, 0);
    }

    /** A fresh SFU labelling per track and direction, carrying a camera and a screen share. */
    public static SfuSetup detailed(String nodeId, String cameraTrack, String screenTrack) {
        return new SfuSetup(MetricLayout.DETAILED, nodeId, cameraTrack, screenTrack, 1, 0, 0);
    }

    /**
     * The same SFU after it has been up for a while: outgoing counters start at the given values,
     * which is how values of a million and more (written {@code 1.5e+06}) reach prom.tsv.
     */
    public SfuSetup withForwardedBefore(long data, long rtx) {
        return new SfuSetup(layout, nodeId, cameraTrack, screenTrack, subscribers, data, rtx);
    }

    /**
     * The same SFU forwarding to {@code count} subscribers: the outgoing data counter grows that
     * many times faster (a 60 s run at 64 subscribers passes a million).
     */
    public SfuSetup withSubscribers(int count) {
        return new SfuSetup(layout, nodeId, cameraTrack, screenTrack, count, forwardedDataBefore, forwardedRtxBefore);
    }

    /** The same SFU set-up with other track label values. */
    public SfuSetup withTracks(String camera, String screen) {
        return new SfuSetup(layout, nodeId, camera, screen, subscribers, forwardedDataBefore, forwardedRtxBefore);
    }
}
