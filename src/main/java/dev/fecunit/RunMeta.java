package dev.fecunit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The parameters of a run, from {@code meta.env} ({@code KEY=VALUE} lines written by the harness).
 *
 * <p>The measurement window {@code [T0_US, T1_US]} decides what is judged: frames and counter
 * samples outside it are warm-up or tear-down. {@code T1_US} is appended when the run ends, so it
 * is absent when the run died; {@link #windowEndUs()} then stands for "no end", as in the seed.
 *
 * <pre>{@code
 * RunMeta meta = run.meta();
 * meta.mode();                      // "fec"
 * meta.lossProfile().description(); // "base loss 0.01 / burst 0.15 for 2s every 5s"
 * meta.get("FEC_RATE");             // Optional[30]
 * }</pre>
 */
public final class RunMeta {

    /** Stands for a missing {@code T1_US}: the seed's {@code 1 << 62}. */
    public static final long NO_END_US = 1L << 62;

    private final Map<String, String> values;
    private final long t0Us;
    private final OptionalLong t1Us;

    /**
     * Creates the metadata of a run.
     *
     * @param values the raw {@code KEY=VALUE} pairs in file order (copied)
     * @param t0Us   the start of the measurement window ({@code T0_US} as judged by the reader)
     * @param t1Us   the end of the measurement window ({@code T1_US} as judged), empty when absent
     */
    public RunMeta(Map<String, String> values, long t0Us, OptionalLong t1Us) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.t0Us = t0Us;
        this.t1Us = t1Us;
    }

    /** Every {@code KEY=VALUE} pair of {@code meta.env} in file order; never null. */
    public Map<String, String> values() {
        return values;
    }

    /** The raw value of {@code key}, if {@code meta.env} has it. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * Start of the measurement window, wall-clock microseconds: {@code T0_US}, or where
     * {@code meta.env} has none (or a negative one) the first frame received; a diagnostic says so.
     */
    public long windowStartUs() {
        return t0Us;
    }

    /**
     * End of the measurement window: {@code T1_US} (narrowed to the last frame when the window is
     * longer than any run, see the diagnostics), or {@link #NO_END_US} when the run died.
     */
    public long windowEndUs() {
        return t1Us.orElse(NO_END_US);
    }

    /** {@code T1_US} when present; empty when the run died before writing it. */
    public OptionalLong t1Us() {
        return t1Us;
    }

    /** {@code MODE}: {@code baseline} or {@code fec}; empty string when absent. */
    public String mode() {
        return values.getOrDefault("MODE", "");
    }

    /** {@code CODEC}, e.g. {@code h264}; {@code ?} when absent (the seed's wording). */
    public String codec() {
        return values.getOrDefault("CODEC", "?");
    }

    /** The loss the harness applied, as the seed describes it. */
    public LossProfile lossProfile() {
        String debugDrop = values.getOrDefault("DEBUG_DROP", "0");
        if (!debugDrop.equals("0") && !debugDrop.isEmpty()) {
            return new LossProfile(LossProfile.Kind.UNIFORM_DROP, debugDrop, "?", "?", "?", "?");
        }
        if ("0".equals(values.get("SHAPING"))) {
            return new LossProfile(LossProfile.Kind.NONE, "0", "?", "?", "?", "?");
        }
        return new LossProfile(LossProfile.Kind.SHAPED, debugDrop,
                values.getOrDefault("BASE_LOSS", "?"), values.getOrDefault("BURST_LOSS", "?"),
                values.getOrDefault("BURST_LEN", "?"), values.getOrDefault("BURST_EVERY", "?"));
    }

    /**
     * The loss applied to the publisher's link, with the raw values of {@code meta.env}.
     *
     * @param kind       uniform drop at the SFU, no loss, or shaped base loss plus bursts
     * @param debugDrop  {@code DEBUG_DROP}, percent of packets dropped uniformly at SFU receive
     * @param baseLoss   {@code BASE_LOSS}
     * @param burstLoss  {@code BURST_LOSS}
     * @param burstLen   {@code BURST_LEN}, seconds
     * @param burstEvery {@code BURST_EVERY}, seconds
     */
    public record LossProfile(Kind kind, String debugDrop, String baseLoss, String burstLoss,
                              String burstLen, String burstEvery) {

        /** How the loss was applied. */
        public enum Kind {
            /** {@code DEBUG_DROP} set: uniform loss injected at SFU receive. */
            UNIFORM_DROP,
            /** {@code SHAPING=0}: no loss. */
            NONE,
            /** Shaped base loss plus periodic bursts. */
            SHAPED
        }

        /** The seed's wording, e.g. {@code base loss 0.01 / burst 0.15 for 2s every 5s}. */
        public String description() {
            return switch (kind) {
                case UNIFORM_DROP -> "uniform " + debugDrop + "% loss injected at SFU receive";
                case NONE -> "no loss";
                case SHAPED -> "base loss " + baseLoss + " / burst " + burstLoss + " for " + burstLen
                        + "s every " + burstEvery + "s";
            };
        }
    }
}
