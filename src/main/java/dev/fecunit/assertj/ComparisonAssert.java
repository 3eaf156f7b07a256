package dev.fecunit.assertj;

import dev.fecunit.verdict.Comparison;
import dev.fecunit.verdict.ComparisonResult;
import dev.fecunit.verdict.Metric;
import dev.fecunit.verdict.RunSet;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.SoftAssertionsProvider;

import java.util.Objects;
import java.util.function.Function;

/**
 * A statistical comparison of a candidate (one run or a {@link RunSet} of repetitions) with a
 * baseline, before the figure is chosen; every figure method returns a {@link VerdictAssert}.
 *
 * <pre>{@code
 * assertThat(fecRuns).comparedTo(baselineRuns).frameLossRate().isNotWorse();
 * assertThat(fec).comparedTo(baseline).withConfidence(0.99).withMinimumChange(1.0).frameLossRate().isNotWorse();
 * }</pre>
 *
 * See {@link Comparison} for the method (block bootstrap over burst and steady windows, runs when
 * there are repetitions) and the defaults. Not final, so soft assertions can proxy it.
 */
public class ComparisonAssert extends AbstractObjectAssert<ComparisonAssert, RunSet> {

    private final RunSet baseline;
    private double confidence = 0.95;
    private Double minimumChange;
    /** Makes the verdict assert: a plain one, or a soft proxy when the chain started from soft assertions. */
    private Function<ComparisonResult, VerdictAssert> verdicts = VerdictAssert::new;

    /**
     * Creates the comparison assert.
     *
     * <pre>{@code
     * new ComparisonAssert(RunSet.of(fec), RunSet.of(baseline)).nackRate().isNotWorse();
     * }</pre>
     *
     * @param candidate the runs under test
     * @param baseline  the runs to compare with
     */
    public ComparisonAssert(RunSet candidate, RunSet baseline) {
        super(candidate, ComparisonAssert.class);
        this.baseline = Objects.requireNonNull(baseline, "baseline");
    }

    /** The verdicts of this chain are collected by {@code softly} instead of thrown. */
    ComparisonAssert collectedBy(SoftAssertionsProvider softly) {
        verdicts = result -> softly.proxy(VerdictAssert.class, ComparisonResult.class, result);
        return this;
    }

    /**
     * Sets the confidence level of the interval (default 0.95).
     *
     * @param level strictly between 0.5 and 1
     * @return this assert
     */
    public ComparisonAssert withConfidence(double level) {
        Comparison.of(Metric.FRAME_LOSS_RATE).confidence(level); // validates with the same message
        this.confidence = level;
        return myself;
    }

    /**
     * Sets the minimum relevant change of the figure chosen next, in its unit (default: the metric's).
     *
     * @param change zero or positive
     * @return this assert
     */
    public ComparisonAssert withMinimumChange(double change) {
        Comparison.of(Metric.FRAME_LOSS_RATE).minimumChange(change);
        this.minimumChange = change;
        return myself;
    }

    /** @return the verdict on {@link Metric#FRAME_LOSS_RATE} */
    public VerdictAssert frameLossRate() {
        return figure(Metric.FRAME_LOSS_RATE);
    }

    /** @return the verdict on {@link Metric#GAP_EVENTS_PER_MINUTE} */
    public VerdictAssert gapEventsPerMinute() {
        return figure(Metric.GAP_EVENTS_PER_MINUTE);
    }

    /** @return the verdict on {@link Metric#LATENCY_MEAN} */
    public VerdictAssert latencyMean() {
        return figure(Metric.LATENCY_MEAN);
    }

    /**
     * The verdict on a latency percentile: {@link Metric#LATENCY_P50}, {@link Metric#LATENCY_P95},
     * {@link Metric#LATENCY_P99}, or {@link Metric#latencyPercentile} for another fraction (minimum change 5 ms).
     *
     * @param p the fraction, 0..1
     * @return the verdict assert
     */
    public VerdictAssert latencyPercentile(double p) {
        Metric metric = p == 0.50 ? Metric.LATENCY_P50 : p == 0.95 ? Metric.LATENCY_P95
                : p == 0.99 ? Metric.LATENCY_P99 : Metric.latencyPercentile(p, 5.0);
        return figure(metric);
    }

    /** @return the verdict on {@link Metric#NACK_RATE} */
    public VerdictAssert nackRate() {
        return figure(Metric.NACK_RATE);
    }

    /** @return the verdict on {@link Metric#PACKET_LOSS_RATE} */
    public VerdictAssert packetLossRate() {
        return figure(Metric.PACKET_LOSS_RATE);
    }

    /** @return the verdict on {@link Metric#FREEZES_PER_MINUTE} */
    public VerdictAssert freezesPerMinute() {
        return figure(Metric.FREEZES_PER_MINUTE);
    }

    /** @return the verdict on {@link Metric#FROZEN_TIME} */
    public VerdictAssert frozenTime() {
        return figure(Metric.FROZEN_TIME);
    }

    /**
     * The verdict on {@link Metric#RECOVERY_SUCCESS}: FEC recovery attempts that succeeded, higher is better.
     *
     * <pre>{@code
     * assertThat(fec).comparedTo(baseline).recoverySuccess().isNotWorse();
     * }</pre>
     *
     * @return the verdict assert
     */
    public VerdictAssert recoverySuccess() {
        return figure(Metric.RECOVERY_SUCCESS);
    }

    /**
     * The verdict on {@link Metric#LOSS_REPAIRED_BY_FEC}: packets FEC recovered per packet lost at the SFU,
     * higher is better.
     *
     * @return the verdict assert
     */
    public VerdictAssert lossRepairedByFec() {
        return figure(Metric.LOSS_REPAIRED_BY_FEC);
    }

    /**
     * The verdict on {@link Metric#RECOVERY_RATE}: packets recovered per FEC packet received, higher is better.
     *
     * @return the verdict assert
     */
    public VerdictAssert recoveryRate() {
        return figure(Metric.RECOVERY_RATE);
    }

    /**
     * The verdict on {@link Metric#RESIDUAL_LOSS_RATE}: lost packets FEC did not repair per second, lower is better.
     *
     * @return the verdict assert
     */
    public VerdictAssert residualLossRate() {
        return figure(Metric.RESIDUAL_LOSS_RATE);
    }

    /**
     * The comparison of {@link Metric#FEC_OVERHEAD}: FEC packets per media packet, a cost, reported, not judged
     * (a relevant move is {@code CHANGED}; {@code isNotWorse()} never fails on it).
     *
     * @return the verdict assert
     */
    public VerdictAssert fecOverhead() {
        return figure(Metric.FEC_OVERHEAD);
    }

    /**
     * The comparison of {@link Metric#NETWORK_LOSS}: what the network did, reported, not judged.
     *
     * @return the verdict assert
     */
    public VerdictAssert networkLoss() {
        return figure(Metric.NETWORK_LOSS);
    }

    /**
     * The verdict on any figure, including your own {@link Metric#ratio} or {@link Metric#percentile}.
     *
     * @param metric the figure
     * @return the verdict assert
     */
    public VerdictAssert figure(Metric metric) {
        isNotNull();
        Comparison comparison = Comparison.of(metric).candidate(actual).baseline(baseline).confidence(confidence);
        if (minimumChange != null) {
            comparison.minimumChange(minimumChange);
        }
        return verdicts.apply(comparison.compare());
    }
}
