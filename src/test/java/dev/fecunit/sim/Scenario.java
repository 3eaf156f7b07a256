package dev.fecunit.sim;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The parameters of one simulated harness run: what {@code run_fec_test.sh} was asked to do
 * (the values that end up in {@code meta.env}), plus the seed and the SFU set-up that decide
 * everything else.
 *
 * <p>A scenario is a plain value: the same scenario always simulates to byte-identical files.
 * Build one from a factory and adjust it with the builder:
 *
 * <pre>{@code
 * Scenario fec = Scenario.burstLoss(Scenario.Mode.FEC)
 *         .toBuilder().seed(7).durationS(120).build();
 * HarnessSimulator.write(fec, Path.of("runs/fec"));
 * }</pre>
 *
 * @param mode             {@code MODE}: baseline (no FlexFEC) or fec
 * @param t0Us             {@code T0_US}: start of the measurement window, wall clock in microseconds
 * @param durationS        {@code DURATION_S}: planned length of the measurement window
 * @param baseLoss         {@code BASE_LOSS}: average Gilbert-Elliott loss while the shaper runs
 * @param burstLoss        {@code BURST_LOSS}: uniform loss inside a burst window
 * @param burstEveryS      {@code BURST_EVERY}: seconds of base loss between two bursts
 * @param burstLenS        {@code BURST_LEN}: seconds a burst lasts
 * @param shaping          {@code SHAPING}: whether the harness shaped the publisher's uplink at all
 * @param debugDropPercent {@code DEBUG_DROP}: uniform drop at the SFU's receive path, in percent (0 = off)
 * @param fecRatePercent   {@code FEC_RATE}: FlexFEC packets per 100 media packets (kept in meta.env for
 *                         baseline runs too, as the harness does, but unused there)
 * @param fecMask          {@code FEC_MASK_TYPE}: which media packets each FEC packet protects
 * @param codec            {@code CODEC}
 * @param width            frame width the subscriber logs
 * @param height           frame height the subscriber logs
 * @param firstFrameId     id of the publisher's first frame (a long-lived publisher does not start at 1)
 * @param seed             seed of every random choice of the run
 * @param sfu              which SFU exported the counters, and how it labels them
 * @param fecNackHoldMs    in fec mode, how long the SFU holds a NACK back to give FlexFEC a chance
 *                         first; the price FEC pays when it cannot repair a loss
 * @param windowsLineEndings the harness ran on Windows: meta.env and frames.csv end lines with CRLF
 * @param defects          what went wrong while recording the run ({@link Defects#NONE} for a clean run)
 */
public record Scenario(
        Mode mode,
        long t0Us,
        int durationS,
        double baseLoss,
        double burstLoss,
        int burstEveryS,
        int burstLenS,
        boolean shaping,
        int debugDropPercent,
        int fecRatePercent,
        FecMask fecMask,
        String codec,
        int width,
        int height,
        long firstFrameId,
        long seed,
        SfuSetup sfu,
        int fecNackHoldMs,
        boolean windowsLineEndings,
        Defects defects) {

    /** {@code MODE} in meta.env. */
    public enum Mode {
        /** FlexFEC off: losses are repaired by NACK/RTX only. */
        BASELINE("baseline"),
        /** FlexFEC on: the SFU repairs what it can from FEC packets, then falls back to NACK/RTX. */
        FEC("fec");

        private final String metaValue;

        Mode(String metaValue) {
            this.metaValue = metaValue;
        }

        /** The value written as {@code MODE=…}, also the run directory's usual name. */
        public String metaValue() {
            return metaValue;
        }
    }

    /** {@code FEC_MASK_TYPE} in meta.env: the shape of the FlexFEC protection masks. */
    public enum FecMask {
        /** Interleaved masks with extra scattered coverage: good against isolated losses. */
        RANDOM("random"),
        /** Each FEC packet protects one contiguous block: a run of losses inside a block defeats it. */
        BURSTY("bursty");

        private final String metaValue;

        FecMask(String metaValue) {
            this.metaValue = metaValue;
        }

        /** The value written as {@code FEC_MASK_TYPE=…}. */
        public String metaValue() {
            return metaValue;
        }
    }

    /** Validates the parameters; the simulator relies on them being sane. */
    public Scenario {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(fecMask, "fecMask");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(sfu, "sfu");
        Objects.requireNonNull(defects, "defects");
        if (durationS <= 0) {
            throw new IllegalArgumentException("durationS must be positive but was [" + durationS + "]");
        }
        if (burstEveryS <= 0 || burstLenS <= 0) {
            throw new IllegalArgumentException("burstEveryS and burstLenS must be positive but were ["
                    + burstEveryS + "] and [" + burstLenS + "]");
        }
        if (debugDropPercent < 0 || debugDropPercent > 100) {
            throw new IllegalArgumentException("debugDropPercent must be in [0, 100] but was [" + debugDropPercent + "]");
        }
        if (fecRatePercent < 0 || fecRatePercent > 100) {
            throw new IllegalArgumentException("fecRatePercent must be in [0, 100] but was [" + fecRatePercent + "]");
        }
    }

    // ---------- factories of the sample scenarios ----------

    /** A start time of the sample runs: 2025-11-23T12:13:20Z, as in the reference sweep. */
    public static final long REFERENCE_T0_US = 1_763_900_000_000_000L;

    /**
     * Harness defaults: 20 s, base loss 1 %, bursts of 2 s every 5 s at 15 %, FEC rate 30 with
     * bursty masks, h264 at 1280x720, frame ids from 1, a fresh single-node SFU.
     */
    public static Builder defaults() {
        return new Builder();
    }

    /** 60 s under base loss 1 % with 2 s bursts of 15 % every 5 s (the burst A/B pair). */
    public static Scenario burstLoss(Mode mode) {
        return defaults().mode(mode).durationS(60).burstLoss(0.15).fecMask(FecMask.RANDOM)
                .sfu(SfuSetup.detailed("ND_q8Lf2Vxa", "TR_VCm4YbQe7s", "TR_VSk2HnP9dw"))
                .build();
    }

    /** 60 s with the shaper off and the SFU dropping {@code percent} % of what it receives. */
    public static Scenario uniformDrop(Mode mode, int percent) {
        return defaults().mode(mode).durationS(60).shaping(false).debugDropPercent(percent)
                .fecMask(FecMask.RANDOM)
                .sfu(SfuSetup.detailed("ND_q8Lf2Vxa", "cam,{front} \"main\"", "TR_VSk2HnP9dw"))
                .build();
    }

    /** 30 s with the shaper off and no injected drop. */
    public static Scenario noLoss(Mode mode) {
        return defaults().mode(mode).durationS(30).shaping(false).fecMask(FecMask.RANDOM)
                .sfu(SfuSetup.detailed("ND_q8Lf2Vxa", "TR_VCm4YbQe7s", "TR_VSk2HnP9dw"))
                .build();
    }

    /**
     * One cell of the small sweep: 20 s, burst loss {@code burstLoss}, labelled like the
     * reference sweep's SFU (one label set per family).
     */
    public static Scenario sweepCell(double burstLoss, Mode mode, FecMask mask) {
        return defaults().mode(mode).burstLoss(burstLoss).fecMask(mask).build();
    }

    // ---------- meta.env spelling ----------

    /** A loss value as the harness writes it: shortest decimal, {@code 0.3} not {@code 0.30}. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A copy of this scenario in a builder, to change a few parameters. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Scenario}; every setter returns the builder. Starts from {@link #defaults()}
     * or from {@link Scenario#toBuilder()}.
     */
    public static final class Builder {
        private Mode mode = Mode.FEC;
        private long t0Us = REFERENCE_T0_US;
        private int durationS = 20;
        private double baseLoss = 0.01;
        private double burstLoss = 0.15;
        private int burstEveryS = 5;
        private int burstLenS = 2;
        private boolean shaping = true;
        private int debugDropPercent = 0;
        private int fecRatePercent = 30;
        private FecMask fecMask = FecMask.BURSTY;
        private String codec = "h264";
        private int width = 1280;
        private int height = 720;
        private long firstFrameId = 1;
        private long seed = 1;
        private SfuSetup sfu = SfuSetup.referenceHarness("ND_hU7kQz");
        private int fecNackHoldMs = 5;
        private boolean windowsLineEndings = false;
        private Defects defects = Defects.NONE;

        private Builder() {
        }

        private Builder(Scenario s) {
            mode = s.mode;
            t0Us = s.t0Us;
            durationS = s.durationS;
            baseLoss = s.baseLoss;
            burstLoss = s.burstLoss;
            burstEveryS = s.burstEveryS;
            burstLenS = s.burstLenS;
            shaping = s.shaping;
            debugDropPercent = s.debugDropPercent;
            fecRatePercent = s.fecRatePercent;
            fecMask = s.fecMask;
            codec = s.codec;
            width = s.width;
            height = s.height;
            firstFrameId = s.firstFrameId;
            seed = s.seed;
            sfu = s.sfu;
            fecNackHoldMs = s.fecNackHoldMs;
            windowsLineEndings = s.windowsLineEndings;
            defects = s.defects;
        }

        /** @see Scenario#mode() */
        public Builder mode(Mode value) { mode = value; return this; }
        /** @see Scenario#t0Us() */
        public Builder t0Us(long value) { t0Us = value; return this; }
        /** @see Scenario#durationS() */
        public Builder durationS(int value) { durationS = value; return this; }
        /** @see Scenario#baseLoss() */
        public Builder baseLoss(double value) { baseLoss = value; return this; }
        /** @see Scenario#burstLoss() */
        public Builder burstLoss(double value) { burstLoss = value; return this; }
        /** @see Scenario#burstEveryS() */
        public Builder burstEveryS(int value) { burstEveryS = value; return this; }
        /** @see Scenario#burstLenS() */
        public Builder burstLenS(int value) { burstLenS = value; return this; }
        /** @see Scenario#shaping() */
        public Builder shaping(boolean value) { shaping = value; return this; }
        /** @see Scenario#debugDropPercent() */
        public Builder debugDropPercent(int value) { debugDropPercent = value; return this; }
        /** @see Scenario#fecRatePercent() */
        public Builder fecRatePercent(int value) { fecRatePercent = value; return this; }
        /** @see Scenario#fecMask() */
        public Builder fecMask(FecMask value) { fecMask = value; return this; }
        /** @see Scenario#codec() */
        public Builder codec(String value) { codec = value; return this; }
        /** @see Scenario#width() @see Scenario#height() */
        public Builder resolution(int w, int h) { width = w; height = h; return this; }
        /** @see Scenario#firstFrameId() */
        public Builder firstFrameId(long value) { firstFrameId = value; return this; }
        /** @see Scenario#seed() */
        public Builder seed(long value) { seed = value; return this; }
        /** @see Scenario#sfu() */
        public Builder sfu(SfuSetup value) { sfu = value; return this; }
        /** @see Scenario#fecNackHoldMs() */
        public Builder fecNackHoldMs(int value) { fecNackHoldMs = value; return this; }
        /** @see Scenario#windowsLineEndings() */
        public Builder windowsLineEndings(boolean value) { windowsLineEndings = value; return this; }
        /** @see Scenario#defects() */
        public Builder defects(Defects value) { defects = value; return this; }

        /** The scenario; throws {@link IllegalArgumentException} naming an out-of-range parameter. */
        public Scenario build() {
            return new Scenario(mode, t0Us, durationS, baseLoss, burstLoss, burstEveryS, burstLenS, shaping,
                    debugDropPercent, fecRatePercent, fecMask, codec, width, height, firstFrameId, seed, sfu,
                    fecNackHoldMs, windowsLineEndings, defects);
        }
    }
}
