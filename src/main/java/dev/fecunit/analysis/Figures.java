package dev.fecunit.analysis;

import dev.fecunit.LabelSet;
import dev.fecunit.Run;
import dev.fecunit.internal.analysis.CounterMath;
import dev.fecunit.internal.analysis.FlexFecState;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.FrameLoss;
import dev.fecunit.internal.analysis.FreezeAnalysis;
import dev.fecunit.internal.analysis.Percentiles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The figure catalogue: every figure fecunit computes, defined once. The printed table, the JSON
 * summary, the assertions and their messages, the verdicts ({@code Metric}), the stored baselines and
 * the sweep all read their figures, names, units, directions, precision and defaults from here.
 *
 * <pre>{@code
 * for (Figure f : Figures.all()) {
 *     System.out.println(f.key() + " " + f.format(f.of(run)) + " " + f.unit() + " (" + f.direction() + ")");
 * }
 * }</pre>
 *
 * <p>Adding a figure is one constant here (its key, words, unit, direction, precision, defaults and
 * computation over a scope) plus, where it needs one, its computation in the analysis stage; add it
 * to {@link #all()} (and, for a comparable figure, {@link #comparable()}) to show it everywhere.
 * Counters always go through {@link CounterMath} (reset-aware increase); see {@code docs/figures.md}.
 */
public final class Figures {

    /** The NACK counter family. */
    public static final String NACK_FAMILY = "livekit_nack_total";
    /** The family of packets the SFU detected as lost. */
    public static final String PACKET_LOSS_FAMILY = "livekit_packet_loss_total";
    /** The family of packets the SFU received or sent. */
    public static final String PACKET_FAMILY = "livekit_packet_total";

    /** Series of the publisher-to-SFU leg: every series except {@code direction="outgoing"}. */
    static final Predicate<LabelSet> INCOMING = labels -> !labels.has("direction", "outgoing");
    /** Original media packets of that leg: incoming series except {@code transmission="rtx"}. */
    static final Predicate<LabelSet> INCOMING_MEDIA = INCOMING.and(labels -> !labels.has("transmission", "rtx"));

    private Figures() {
    }

    // ---------------------------------------------------------------- the seed's sixteen, in its table order

    /** Rows of {@code frames.csv} received in the scope. */
    public static final Figure FRAMES_RECEIVED = Figure.count("frames_received", "frames received", "frames",
            RunSummary::framesReceived).decimals(0)
            .definition("rows of frames.csv received in the scope (frame loss rule: FrameAnalysis.frameLoss)").build();
    /** {@code max id − min id + 1} over the scope's distinct frame ids. */
    public static final Figure FRAMES_EXPECTED = Figure.count("frames_expected", "frames expected", "frames",
            RunSummary::framesExpected).decimals(0)
            .definition("max frame id − min frame id + 1 in the scope").build();
    /** Frames that never arrived: expected minus distinct ids received; lower is better. */
    public static final Figure FRAMES_LOST = Figure.count("frames_lost", "frames lost", "frames",
            RunSummary::framesLost).decimals(0).direction(Direction.LOWER_IS_BETTER)
            .definition("frames expected − distinct frame ids received").build();
    /** Runs of consecutive missing frame ids; lower is better. */
    public static final Figure GAP_EVENTS = Figure.count("gap_events", "gap events", "gaps",
            RunSummary::gapEvents).decimals(0).direction(Direction.LOWER_IS_BETTER)
            .definition("runs of consecutive missing ids among the sorted distinct frame ids").build();

    /** Mean capture-to-receive latency, {@code Σ latency / Σ frames}; lower is better. */
    public static final Figure LATENCY_MEAN = Figure.ratio("latency_mean_ms", "latency mean", "ms", (run, scope) -> {
                int n = FrameAnalysis.sortedLatenciesMs(run, scope).length;
                return n == 0 ? new Ratio(0, 0) : new Ratio(FrameAnalysis.latencyMeanMs(run, scope) * n, n);
            }).inSummary("latency_mean_ms", RunSummary::latencyMeanMs).decimals(1)
            .direction(Direction.LOWER_IS_BETTER).minimumChange(2.0).tolerance(2.5)
            .definition("Σ (recv_wall_us − user_timestamp_us) / frames, in ms").build();
    /** Median latency (nearest rank over all frames pooled); lower is better. */
    public static final Figure LATENCY_P50 = latencyPercentile(0.50, 2.0, 1.0, RunSummary::latencyP50Ms);
    /** 95th-percentile latency (nearest rank over all frames pooled); lower is better. */
    public static final Figure LATENCY_P95 = latencyPercentile(0.95, 5.0, 7.0, RunSummary::latencyP95Ms);
    /** 99th-percentile latency (nearest rank over all frames pooled); lower is better. */
    public static final Figure LATENCY_P99 = latencyPercentile(0.99, 10.0, 15.0, RunSummary::latencyP99Ms);

    /** {@code livekit_flexfec_packet_total{state="received"}}: FEC packets that reached the SFU. */
    public static final Figure FEC_RECEIVED = fecCount(FlexFecState.RECEIVED, "fec_received", "FlexFEC packets received",
            RunSummary::fecReceived, Direction.NOT_JUDGED);
    /** {@code livekit_flexfec_packet_total{state="recovery_attempt"}}: times the SFU tried to rebuild a packet. */
    public static final Figure FEC_RECOVERY_ATTEMPTS = fecCount(FlexFecState.RECOVERY_ATTEMPT, "fec_recovery_attempts",
            "FlexFEC recovery attempts", RunSummary::fecRecoveryAttempts, Direction.NOT_JUDGED);
    /** {@code livekit_flexfec_packet_total{state="recovered"}}: media packets rebuilt from FEC; higher is better. */
    public static final Figure FEC_RECOVERED = fecCount(FlexFecState.RECOVERED, "fec_recovered",
            "FlexFEC packets recovered", RunSummary::fecRecovered, Direction.HIGHER_IS_BETTER);
    /** {@code livekit_flexfec_packet_total{state="recovery_failed"}}; lower is better. */
    public static final Figure FEC_RECOVERY_FAILED = fecCount(FlexFecState.RECOVERY_FAILED, "fec_recovery_failed",
            "FlexFEC recoveries failed", RunSummary::fecRecoveryFailed, Direction.LOWER_IS_BETTER);
    /** {@code livekit_flexfec_packet_total{state="unused"}}: FEC packets never needed. */
    public static final Figure FEC_UNUSED = fecCount(FlexFecState.UNUSED, "fec_unused", "FlexFEC packets unused",
            RunSummary::fecUnused, Direction.NOT_JUDGED);
    /** {@code livekit_flexfec_packet_total{state="invalid"}}: FEC packets the SFU could not parse; lower is better. */
    public static final Figure FEC_INVALID = fecCount(FlexFecState.INVALID, "fec_invalid", "invalid FlexFEC packets",
            RunSummary::fecInvalid, Direction.LOWER_IS_BETTER);
    /** {@code livekit_nack_total}, every series; lower is better. */
    public static final Figure NACK_TOTAL = Figure.count("nack_total", "NACKs", "NACKs", RunSummary::nackTotal)
            .decimals(0).direction(Direction.LOWER_IS_BETTER)
            .definition("increase of livekit_nack_total, every series").build();
    /** {@code livekit_packet_loss_total}, every series: depends on how much was sent, so reported, not judged. */
    public static final Figure PACKET_LOSS_TOTAL = Figure.count("packet_loss_total", "packets lost", "packets",
            RunSummary::packetLossTotal).decimals(0)
            .definition("increase of livekit_packet_loss_total, every series").build();

    // ---------------------------------------------------------------- rates (verdicts, stored baselines)

    /** Frames lost in percent of frames expected, {@code 100 · Σ lost / Σ expected}; lower is better. */
    public static final Figure FRAME_LOSS_RATE = Figure.ratio("frame_loss_rate_pct", "frame loss rate", "%",
            (run, scope) -> {
                FrameLoss loss = FrameAnalysis.frameLoss(run, scope);
                return new Ratio(100.0 * loss.lost(), loss.expected());
            }).inSummary("frame_loss_pct", RunSummary::frameLossPct).decimals(1)
            .direction(Direction.LOWER_IS_BETTER).minimumChange(0.5).tolerance(2.0)
            .definition("100 · frames lost / frames expected (a run summary shows 0 when nothing was expected)").build();

    /** Frame-id gaps (a run of consecutive lost frames counts once) per minute; lower is better. */
    public static final Figure GAP_EVENTS_PER_MINUTE = Figure.ratio("gap_events_per_minute", "gap events per minute",
            "/min", (run, scope) -> new Ratio(FrameAnalysis.frameLoss(run, scope).gapEvents(), minutes(scope)))
            .decimals(2).direction(Direction.LOWER_IS_BETTER).minimumChange(0.5).tolerance(2.5)
            .definition("gap events / minutes of the scope").build();

    /** NACKs ({@code livekit_nack_total}, every series) per second; lower is better. */
    public static final Figure NACK_RATE = Figure.ratio("nacks_per_second", "NACK rate", "/s",
            (run, scope) -> new Ratio(CounterMath.total(run, NACK_FAMILY, CounterMath.ALL, scope), seconds(scope)))
            .decimals(2).direction(Direction.LOWER_IS_BETTER).minimumChange(1.0).tolerance(1.5)
            .definition("increase of livekit_nack_total (every series) / seconds").build();

    /**
     * Packets reported lost ({@code livekit_packet_loss_total}, every series) per second. It depends on the
     * network and on how much was sent (a lower FEC rate sends fewer FEC packets, so fewer are lost): it is
     * reported, not a quality verdict by default. For what the network did use {@link #NETWORK_LOSS}.
     */
    public static final Figure PACKET_LOSS_RATE = Figure.ratio("packets_lost_per_second", "packet loss rate", "/s",
            (run, scope) -> new Ratio(CounterMath.total(run, PACKET_LOSS_FAMILY, CounterMath.ALL, scope), seconds(scope)))
            .decimals(2).direction(Direction.NOT_JUDGED).minimumChange(1.0).tolerance(1.5)
            .definition("increase of livekit_packet_loss_total (every series) / seconds; depends on the amount sent")
            .build();

    /** Freezes (webrtc-stats {@code freezeCount}, see {@link FreezeAnalysis}) per minute; lower is better. */
    public static final Figure FREEZES_PER_MINUTE = Figure.ratio("freezes_per_minute", "freezes per minute", "/min",
            (run, scope) -> new Ratio(FreezeAnalysis.of(run, scope).freezeCount(), minutes(scope)))
            .decimals(2).direction(Direction.LOWER_IS_BETTER).minimumChange(0.5).tolerance(4.5)
            .definition("freezes (libwebrtc's rule, FreezeAnalysis) / minutes of the scope").build();

    /**
     * Frozen time in percent of the time compared: {@code 100 · Σ totalFreezesDuration / Σ length}, each
     * freeze counted whole in the scope of the frame that ends it (so scopes add up); lower is better.
     */
    public static final Figure FROZEN_TIME = Figure.ratio("frozen_time_pct", "frozen time", "%",
            (run, scope) -> new Ratio(100.0 * FreezeAnalysis.of(run, scope).totalFreezesDurationS(), seconds(scope)))
            .decimals(2).direction(Direction.LOWER_IS_BETTER).minimumChange(0.5).tolerance(2.0)
            .definition("100 · total freeze duration / seconds of the scope").build();

    // ---------------------------------------------------------------- FEC recovery and the conditions faced

    /**
     * FEC recovery attempts that succeeded, in percent:
     * {@code 100 · livekit_flexfec_packet_total{state="recovered"} / …{state="recovery_attempt"}}; higher is better.
     */
    public static final Figure RECOVERY_SUCCESS = Figure.ratio("fec_recovery_success_pct", "FEC recovery success", "%",
            (run, scope) -> new Ratio(100.0 * fec(run, FlexFecState.RECOVERED, scope),
                    fec(run, FlexFecState.RECOVERY_ATTEMPT, scope)))
            .decimals(1).direction(Direction.HIGHER_IS_BETTER).minimumChange(5.0).tolerance(4.0)
            .definition("100 · livekit_flexfec_packet_total{state=\"recovered\"}"
                    + " / livekit_flexfec_packet_total{state=\"recovery_attempt\"}").build();

    /**
     * Packets FEC recovered per packet lost at the SFU, in percent:
     * {@code 100 · livekit_flexfec_packet_total{state="recovered"} / livekit_packet_loss_total{direction≠"outgoing"}};
     * higher is better.
     */
    public static final Figure LOSS_REPAIRED_BY_FEC = Figure.ratio("loss_repaired_by_fec_pct", "loss repaired by FEC", "%",
            (run, scope) -> new Ratio(100.0 * fec(run, FlexFecState.RECOVERED, scope), lostAtSfu(run, scope)))
            .decimals(1).direction(Direction.HIGHER_IS_BETTER).minimumChange(5.0).tolerance(4.0)
            .definition("100 · livekit_flexfec_packet_total{state=\"recovered\"}"
                    + " / livekit_packet_loss_total{direction≠\"outgoing\"}").build();

    /**
     * Media packets recovered per FEC packet received, in percent (the sweep's definition):
     * {@code 100 · …{state="recovered"} / …{state="received"}} of {@code livekit_flexfec_packet_total};
     * higher is better. A run summary shows 0 where no FEC arrived, as the sweep script does.
     */
    public static final Figure RECOVERY_RATE = Figure.ratio("recovery_rate_pct", "FEC recovery rate", "%",
            (run, scope) -> new Ratio(100.0 * fec(run, FlexFecState.RECOVERED, scope),
                    fec(run, FlexFecState.RECEIVED, scope)))
            .inSummary("recovery_rate_pct", RunSummary::recoveryRatePct)
            .decimals(1).direction(Direction.HIGHER_IS_BETTER).minimumChange(1.0).tolerance(0.8)
            .definition("100 · livekit_flexfec_packet_total{state=\"recovered\"}"
                    + " / livekit_flexfec_packet_total{state=\"received\"}").build();

    /**
     * Lost packets FEC did not repair, per second:
     * {@code (livekit_packet_loss_total{direction≠"outgoing"} − livekit_flexfec_packet_total{state="recovered"}) / s};
     * lower is better.
     */
    public static final Figure RESIDUAL_LOSS_RATE = Figure.ratio("residual_loss_per_second", "residual loss rate", "/s",
            (run, scope) -> new Ratio(lostAtSfu(run, scope) - fec(run, FlexFecState.RECOVERED, scope), seconds(scope)))
            .decimals(2).direction(Direction.LOWER_IS_BETTER).minimumChange(1.0).tolerance(1.1)
            .definition("(livekit_packet_loss_total{direction≠\"outgoing\"}"
                    + " − livekit_flexfec_packet_total{state=\"recovered\"}) / seconds").build();

    /**
     * FEC packets per media packet received, in percent: a cost, reported, not judged by default:
     * {@code 100 · livekit_flexfec_packet_total{state="received"} / livekit_packet_total{direction≠"outgoing",transmission≠"rtx"}}.
     */
    public static final Figure FEC_OVERHEAD = Figure.ratio("fec_overhead_pct", "FEC overhead", "%",
            (run, scope) -> new Ratio(100.0 * fec(run, FlexFecState.RECEIVED, scope), mediaReceivedAtSfu(run, scope)))
            .decimals(1).direction(Direction.NOT_JUDGED).minimumChange(2.0).tolerance(0.2)
            .definition("100 · livekit_flexfec_packet_total{state=\"received\"}"
                    + " / livekit_packet_total{direction≠\"outgoing\",transmission≠\"rtx\"}").build();

    /**
     * What the network did: media packets lost in percent of media packets sent to the SFU,
     * {@code 100 · lost / (received + lost)} with {@code livekit_packet_loss_total{direction≠"outgoing"}} and
     * {@code livekit_packet_total{direction≠"outgoing",transmission≠"rtx"}}; reported, not judged. Comparisons
     * check that both sides faced comparable network loss.
     */
    public static final Figure NETWORK_LOSS = Figure.ratio("network_loss_pct", "network loss", "%", (run, scope) -> {
                double lost = lostAtSfu(run, scope);
                return new Ratio(100.0 * lost, mediaReceivedAtSfu(run, scope) + lost);
            }).decimals(2).direction(Direction.NOT_JUDGED).minimumChange(1.0).tolerance(0.4)
            .definition("100 · livekit_packet_loss_total{direction≠\"outgoing\"} / (livekit_packet_total"
                    + "{direction≠\"outgoing\",transmission≠\"rtx\"} + livekit_packet_loss_total{direction≠\"outgoing\"})")
            .build();

    /** The seed's sixteen figures, in its table order. */
    public static List<Figure> seedTable() {
        return List.of(FRAMES_RECEIVED, FRAMES_EXPECTED, FRAMES_LOST, GAP_EVENTS, LATENCY_MEAN, LATENCY_P50,
                LATENCY_P95, LATENCY_P99, FEC_RECEIVED, FEC_RECOVERY_ATTEMPTS, FEC_RECOVERED, FEC_RECOVERY_FAILED,
                FEC_UNUSED, FEC_INVALID, NACK_TOTAL, PACKET_LOSS_TOTAL);
    }

    /**
     * The figures of a run's JSON {@code summary}, in order: the seed's sixteen, {@code frame_loss_pct} and
     * {@code recovery_rate_pct} (as a run summary holds them), then the FEC recovery figures and the
     * network loss.
     */
    public static List<Figure> summary() {
        List<Figure> all = new ArrayList<>(seedTable());
        all.addAll(List.of(FRAME_LOSS_RATE, RECOVERY_RATE, RECOVERY_SUCCESS, LOSS_REPAIRED_BY_FEC, RESIDUAL_LOSS_RATE,
                FEC_OVERHEAD, NETWORK_LOSS));
        return List.copyOf(all);
    }

    /**
     * The figures comparisons and stored baselines judge (ratios of sums and pooled percentiles, so
     * runs of any length compare), in the order reports list them.
     */
    public static List<Figure> comparable() {
        return List.of(FRAME_LOSS_RATE, GAP_EVENTS_PER_MINUTE, LATENCY_MEAN, LATENCY_P50, LATENCY_P95, LATENCY_P99,
                NACK_RATE, PACKET_LOSS_RATE, FREEZES_PER_MINUTE, FROZEN_TIME, RECOVERY_SUCCESS, LOSS_REPAIRED_BY_FEC,
                RECOVERY_RATE, RESIDUAL_LOSS_RATE, FEC_OVERHEAD, NETWORK_LOSS);
    }

    /** Every figure of the catalogue: the summary's, then the other comparable ones. */
    public static List<Figure> all() {
        LinkedHashSet<Figure> all = new LinkedHashSet<>(summary());
        all.addAll(comparable());
        return List.copyOf(all);
    }

    /**
     * A latency percentile in ms, lower is better: the catalogue's own for p50, p95 and p99, otherwise a new
     * figure named {@code latency p99.9} with key {@code latency_p99_9_ms}.
     *
     * @param p                    the fraction, 0..1
     * @param defaultMinimumChange the smallest difference that matters, ms (ignored for p50, p95, p99)
     */
    public static Figure latencyPercentile(double p, double defaultMinimumChange) {
        Percentiles.checkFraction(p);
        for (Figure f : List.of(LATENCY_P50, LATENCY_P95, LATENCY_P99)) {
            if (f.fraction() == p) {
                return f;
            }
        }
        return latencyPercentile(p, defaultMinimumChange, Double.NaN, null);
    }

    private static Figure latencyPercentile(double p, double minimumChange, double tolerance,
                                            ToDoubleFunction<RunSummary> inSummary) {
        String name = Percentiles.name(p);
        String key = "latency_" + name.replace('.', '_') + "_ms";
        Figure.Builder b = Figure.percentile(key, "latency " + name, "ms", p, FrameAnalysis::sortedLatenciesMs)
                .decimals(1).direction(Direction.LOWER_IS_BETTER).minimumChange(minimumChange).tolerance(tolerance)
                .definition("nearest-rank " + name + " of (recv_wall_us − user_timestamp_us) over all frames, in ms");
        if (inSummary != null) {
            b.inSummary(key, inSummary);
        }
        return b.build();
    }

    private static Figure fecCount(FlexFecState state, String key, String name,
                                   ToDoubleFunction<RunSummary> value, Direction direction) {
        return Figure.count(key, name, "packets", value).decimals(0).direction(direction)
                .definition("increase of " + FlexFecState.FAMILY + "{state=\"" + state.label() + "\"}").build();
    }

    private static double fec(Run run, FlexFecState state, Scope scope) {
        return CounterMath.total(run, FlexFecState.FAMILY, state.series(), scope);
    }

    private static double lostAtSfu(Run run, Scope scope) {
        return CounterMath.total(run, PACKET_LOSS_FAMILY, INCOMING, scope);
    }

    private static double mediaReceivedAtSfu(Run run, Scope scope) {
        return CounterMath.total(run, PACKET_FAMILY, INCOMING_MEDIA, scope);
    }

    private static double minutes(Scope scope) {
        return scope.durationUs() / 60e6;
    }

    private static double seconds(Scope scope) {
        return scope.durationUs() / 1e6;
    }
}
