package dev.fecunit.analysis;

import dev.fecunit.format.PythonFormat;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The figures of a {@link RunSummary} by their {@code snake_case} keys, in the seed's table order:
 * one list that the printed table, the JSON document and the failure messages all use.
 */
public enum SummaryFigure {
    FRAMES_RECEIVED("frames_received", true, RunSummary::framesReceived),
    FRAMES_EXPECTED("frames_expected", true, RunSummary::framesExpected),
    FRAMES_LOST("frames_lost", true, RunSummary::framesLost),
    GAP_EVENTS("gap_events", true, RunSummary::gapEvents),
    LATENCY_MEAN_MS("latency_mean_ms", true, RunSummary::latencyMeanMs),
    LATENCY_P50_MS("latency_p50_ms", true, RunSummary::latencyP50Ms),
    LATENCY_P95_MS("latency_p95_ms", true, RunSummary::latencyP95Ms),
    LATENCY_P99_MS("latency_p99_ms", true, RunSummary::latencyP99Ms),
    FEC_RECEIVED("fec_received", true, RunSummary::fecReceived),
    FEC_RECOVERY_ATTEMPTS("fec_recovery_attempts", true, RunSummary::fecRecoveryAttempts),
    FEC_RECOVERED("fec_recovered", true, RunSummary::fecRecovered),
    FEC_RECOVERY_FAILED("fec_recovery_failed", true, RunSummary::fecRecoveryFailed),
    FEC_UNUSED("fec_unused", true, RunSummary::fecUnused),
    FEC_INVALID("fec_invalid", true, RunSummary::fecInvalid),
    NACK_TOTAL("nack_total", true, RunSummary::nackTotal),
    PACKET_LOSS_TOTAL("packet_loss_total", true, RunSummary::packetLossTotal),
    FRAME_LOSS_PCT("frame_loss_pct", false, RunSummary::frameLossPct),
    RECOVERY_RATE_PCT("recovery_rate_pct", false, RunSummary::recoveryRatePct);

    private final String key;
    private final boolean inSeedTable;
    private final ToDoubleFunction<RunSummary> value;

    SummaryFigure(String key, boolean inSeedTable, ToDoubleFunction<RunSummary> value) {
        this.key = key;
        this.inSeedTable = inSeedTable;
        this.value = value;
    }

    /** The seed's sixteen figures, in its table order. */
    public static List<SummaryFigure> seedFigures() {
        return List.of(values()).subList(0, 16);
    }

    /** The {@code snake_case} key, e.g. {@code frames_lost}. */
    public String key() {
        return key;
    }

    /** Whether the seed's table prints this figure. */
    public boolean inSeedTable() {
        return inSeedTable;
    }

    /** Whether the figure is a count of frames (a whole number). */
    public boolean isFrameCount() {
        return ordinal() <= GAP_EVENTS.ordinal();
    }

    /** Digits after the point when the seed's table prints this figure: 1 for latencies, else 0. */
    public int decimals() {
        return key.startsWith("latency_") ? 1 : 0;
    }

    /** {@code value} as the seed's table prints this figure ({@code 40.2}, {@code 1670}, {@code nan}). */
    public String format(double value) {
        return PythonFormat.fixed(value, decimals());
    }

    /** This figure of {@code summary}. */
    public double of(RunSummary summary) {
        return value.applyAsDouble(summary);
    }
}
