package dev.fecunit.analysis;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.CounterMath;
import dev.fecunit.internal.analysis.FlexFecState;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.FrameLoss;


/**
 * The figures of a run (or of a {@link Scope} of it): the seed's sixteen, plus frame loss and FEC
 * recovery rates. Counter totals are doubles because Prometheus counters are.
 *
 * <pre>{@code
 * RunSummary s = RunSummary.of(Run.load(Path.of("runs/burst-ab/fec")));
 * s.framesLost();      // 37
 * s.latencyP95Ms();    // 61.2
 * s.fecRecovered();    // 412.0
 * }</pre>
 *
 * @param framesReceived      frame rows received in the window
 * @param framesExpected      max id - min id + 1 (see {@link FrameLoss})
 * @param framesLost          frames that never arrived (distinct-id rule)
 * @param gapEvents           number of frame-id gaps
 * @param latencyMeanMs       mean capture-to-receive latency, ms ({@code NaN} without data)
 * @param latencyP50Ms        nearest-rank median latency, ms
 * @param latencyP95Ms        nearest-rank p95 latency, ms
 * @param latencyP99Ms        nearest-rank p99 latency, ms
 * @param fecReceived         FlexFEC packets received by the SFU
 * @param fecRecoveryAttempts FlexFEC recovery attempts
 * @param fecRecovered        media packets recovered from FlexFEC
 * @param fecRecoveryFailed   failed recovery attempts
 * @param fecUnused           FlexFEC packets never needed
 * @param fecInvalid          FlexFEC packets the SFU could not parse
 * @param nackTotal           NACKs ({@code livekit_nack_total}, all series)
 * @param packetLossTotal     packets reported lost ({@code livekit_packet_loss_total}, all series)
 * @param frameLossPct        {@code 100 * framesLost / framesExpected} (0 when nothing was expected)
 * @param recoveryRatePct     {@code 100 * fecRecovered / fecReceived} (0 when no FEC arrived)
 */
public record RunSummary(
        long framesReceived,
        long framesExpected,
        long framesLost,
        long gapEvents,
        double latencyMeanMs,
        double latencyP50Ms,
        double latencyP95Ms,
        double latencyP99Ms,
        double fecReceived,
        double fecRecoveryAttempts,
        double fecRecovered,
        double fecRecoveryFailed,
        double fecUnused,
        double fecInvalid,
        double nackTotal,
        double packetLossTotal,
        double frameLossPct,
        double recoveryRatePct) {

    /** NACK counter family. */
    public static final String NACK_FAMILY = "livekit_nack_total";
    /** Reported packet-loss counter family. */
    public static final String PACKET_LOSS_FAMILY = "livekit_packet_loss_total";

    /**
     * The figures of the whole measurement window of {@code run}, computed on first use and held with
     * the run: the table, the JSON, the chart and the assertions share them.
     */
    public static RunSummary of(Run run) {
        return AnalysedRun.of(run).summary();
    }

    /**
     * The figures of {@code scope} of {@code run}; the same definitions as for the whole run. The scopes
     * the run holds ({@link Scope#whole}, {@link Scope#bursts}, {@link Scope#outsideBursts}) give the figures
     * held with the run; any other scope is computed on each call.
     */
    public static RunSummary of(Run run, Scope scope) {
        RunSummary held = AnalysedRun.of(run).heldSummary(scope);
        return held != null ? held : compute(run, scope);
    }

    static RunSummary compute(Run run, Scope scope) {
        FrameLoss loss = FrameAnalysis.frameLoss(run, scope);
        FrameAnalysis.LatencyFigures latency = FrameAnalysis.latencyFigures(run, scope);
        double fecReceived = fec(run, FlexFecState.RECEIVED, scope);
        double fecRecovered = fec(run, FlexFecState.RECOVERED, scope);
        return new RunSummary(
                loss.received(),
                loss.expected(),
                loss.lost(),
                loss.gapEvents(),
                latency.meanMs(),
                latency.p50Ms(),
                latency.p95Ms(),
                latency.p99Ms(),
                fecReceived,
                fec(run, FlexFecState.RECOVERY_ATTEMPT, scope),
                fecRecovered,
                fec(run, FlexFecState.RECOVERY_FAILED, scope),
                fec(run, FlexFecState.UNUSED, scope),
                fec(run, FlexFecState.INVALID, scope),
                CounterMath.total(run, NACK_FAMILY, CounterMath.ALL, scope),
                CounterMath.total(run, PACKET_LOSS_FAMILY, CounterMath.ALL, scope),
                loss.lossPct(),
                fecReceived > 0 ? 100.0 * fecRecovered / fecReceived : 0.0);
    }

    private static double fec(Run run, FlexFecState state, Scope scope) {
        return CounterMath.total(run, FlexFecState.FAMILY, state.series(), scope);
    }
}
