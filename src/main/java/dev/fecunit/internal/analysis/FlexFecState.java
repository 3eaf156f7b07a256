package dev.fecunit.internal.analysis;

import dev.fecunit.LabelSet;

import java.util.function.Predicate;

/**
 * The {@code state} label of {@code livekit_flexfec_packet_total}: what the SFU did with each
 * FlexFEC packet.
 */
public enum FlexFecState {
    /** FEC packets that arrived at the SFU. */
    RECEIVED("received"),
    /** Times the SFU tried to rebuild a lost media packet from FEC. */
    RECOVERY_ATTEMPT("recovery_attempt"),
    /** Media packets rebuilt from FEC. */
    RECOVERED("recovered"),
    /** Recovery attempts that failed (too many packets of the group lost). */
    RECOVERY_FAILED("recovery_failed"),
    /** FEC packets that were never needed. */
    UNUSED("unused"),
    /** FEC packets the SFU could not parse. */
    INVALID("invalid");

    /** The Prometheus family that carries these states. */
    public static final String FAMILY = "livekit_flexfec_packet_total";

    private final String label;

    FlexFecState(String label) {
        this.label = label;
    }

    /** The label value, e.g. {@code recovery_failed}. */
    public String label() {
        return label;
    }

    /** Matches the series of this state. */
    public Predicate<LabelSet> series() {
        return labels -> labels.has("state", label);
    }
}
