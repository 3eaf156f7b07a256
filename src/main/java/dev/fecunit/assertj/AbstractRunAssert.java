package dev.fecunit.assertj;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import dev.fecunit.internal.analysis.BurstBreakdown;
import dev.fecunit.internal.analysis.BurstFigures;
import dev.fecunit.analysis.Figures;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.SummaryFigure;
import dev.fecunit.internal.analysis.FreezeAnalysis;
import dev.fecunit.internal.analysis.RecoveryTime;
import dev.fecunit.internal.baseline.BaselineCheck;
import dev.fecunit.internal.baseline.Baselines;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.FrameGap;
import dev.fecunit.internal.analysis.FrameRate;
import dev.fecunit.internal.analysis.Percentiles;
import dev.fecunit.internal.format.NumberText;
import dev.fecunit.verdict.RunSet;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.AbstractLongAssert;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.InstanceOfAssertFactory;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.description.TextDescription;
import org.assertj.core.error.ErrorMessageFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Assertions on a {@link Run}: comparisons with a baseline run, bounds on its figures, navigation
 * to any figure as a standard AssertJ assert, burst scoping and data quality. Every figure comes
 * from {@code dev.fecunit.analysis}, exactly as the report prints it.
 *
 * <pre>{@code
 * import static dev.fecunit.assertj.FecAssertions.*;
 *
 * assertThat(fec).isWellFormed()
 *                .losesFewerFramesThan(baseline)
 *                .hasLatencyPercentileNoHigherThan(0.95, baseline, absoluteTolerance(5));
 * assertThat(fec).duringBursts().losesNoMoreFramesThan(baseline, relativeTolerance(0.10));
 * assertThat(fec).latencyPercentileMs(0.99).isLessThan(250.0);
 * }</pre>
 *
 * <p>A {@code null} run fails like any AssertJ assertion on {@code null} ({@code Expecting actual not
 * to be null}); a {@code null} baseline or tolerance, a percentile outside 0..1 or a negative bound
 * is a programming error and throws {@link NullPointerException} / {@link IllegalArgumentException}.
 *
 * <p>A failed comparison with a baseline run ({@code losesFewerFramesThan}, {@code hasFewerNacksThan}, …) is
 * an opentest4j {@code AssertionFailedError} whose expected value is the baseline's summary table and
 * whose actual value is this run's, so IDEs show the two tables side by side ("Click to see difference");
 * without opentest4j on the classpath it is a plain {@link AssertionError} with the same message.
 *
 * @param <SELF>   the concrete assert type, for chaining
 * @param <ACTUAL> the run type
 */
public abstract class AbstractRunAssert<SELF extends AbstractRunAssert<SELF, ACTUAL>, ACTUAL extends Run>
        extends AbstractObjectAssert<SELF, ACTUAL> {

    private static final InstanceOfAssertFactory<RunSummary, RunSummaryAssert> RUN_SUMMARY =
            new InstanceOfAssertFactory<>(RunSummary.class, RunSummaryAssert::new);

    /** What this assert judges; assertions that change it return the same assert, so soft proxies keep working. */
    private RunScope scope = RunScope.WHOLE_RUN;
    /** Set when soft assertions started this chain, so the verdicts reached from it are collected too. */
    private SoftAssertionsProvider softly;

    /**
     * Creates the assert, as AssertJ's custom assertions do.
     *
     * <pre>{@code
     * public class NightlyRunAssert extends AbstractRunAssert<NightlyRunAssert, Run> {
     *     public NightlyRunAssert(Run actual) { super(actual, NightlyRunAssert.class); }
     * }
     * }</pre>
     *
     * @param actual   the run under test (may be null: the assertions then fail)
     * @param selfType the concrete assert class
     */
    protected AbstractRunAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    // ------------------------------------------------------------------- statistical verdicts, baselines

    /**
     * Compares this run statistically with one or more baseline runs (see {@link ComparisonAssert});
     * choose the figure next. Unlike the strict single-value comparisons below, the verdict knows how
     * noisy runs are.
     *
     * <pre>{@code
     * assertThat(fec).comparedTo(baseline).frameLossRate().isNotWorse();
     * }</pre>
     *
     * @param baseline the runs to compare with
     * @return the comparison assert
     */
    public ComparisonAssert comparedTo(Run... baseline) {
        return comparedTo(RunSet.of(baseline));
    }

    /**
     * Compares this run statistically with baseline runs (repetitions); choose the figure next.
     *
     * @param baseline the runs to compare with
     * @return the comparison assert
     */
    public ComparisonAssert comparedTo(RunSet baseline) {
        isNotNull();
        ComparisonAssert comparison = new ComparisonAssert(RunSet.of(actual), baseline);
        return softly == null ? comparison : comparison.collectedBy(softly);
    }

    /** Soft assertions started this chain: the verdicts reached from it are collected by {@code softly}. */
    void collectVerdictsInto(SoftAssertionsProvider softly) {
        this.softly = softly;
    }

    /**
     * Checks the run's figures against a stored baseline file ({@link Baselines#check}): statistically
     * against the stored blocks where the file has them (a 95 % interval and verdict as for two runs),
     * under per-figure tolerances otherwise; a missing or mismatching baseline writes {@code <name>.received.json}
     * next to it and fails naming both files and the figures that moved;
     * {@code -Dfecunit.baselines.update=true} accepts the run instead.
     *
     * <pre>{@code
     * assertThat(fec).matchesBaseline("src/test/resources/baselines/burst-fec.json");
     * }</pre>
     *
     * @param baselineFile the baseline's path, relative to the working directory or absolute
     * @return this assert
     * @throws dev.fecunit.baseline.BaselineFileException when the file is corrupt or of an unknown version
     */
    public SELF matchesBaseline(String baselineFile) {
        return matchesBaseline(Path.of(baselineFile));
    }

    /**
     * As {@link #matchesBaseline(String)}.
     *
     * @param baselineFile the baseline's path
     * @return this assert
     */
    public SELF matchesBaseline(Path baselineFile) {
        isNotNull();
        BaselineCheck check = Baselines.check(actual, baselineFile);
        if (!check.passed()) {
            throwAssertionError(ShouldMatchBaseline.shouldMatchBaseline(check));
        }
        return myself;
    }

    // ---------------------------------------------------------------------------------------- scope

    /**
     * Restricts the following assertions to the shaper's burst windows ({@code burst_on} to
     * {@code burst_off}), because FEC exists for the bursts. A comparison then takes the BASELINE'S
     * OWN burst windows: each run is judged over its own bursts.
     *
     * <pre>{@code
     * assertThat(fec).duringBursts().losesFewerFramesThan(baseline); // fec's bursts vs baseline's bursts
     * }</pre>
     *
     * @return this assert, now judging the bursts
     */
    public SELF duringBursts() {
        scope = RunScope.DURING_BURSTS;
        return myself;
    }

    /**
     * Restricts the following assertions to the measurement window outside the bursts (the steady
     * base loss); a comparison takes the baseline's own time outside its bursts.
     *
     * <pre>{@code
     * assertThat(fec).outsideBursts().hasLatencyMeanNoHigherThan(baseline, absoluteTolerance(2));
     * }</pre>
     *
     * @return this assert, now judging the time outside the bursts
     */
    public SELF outsideBursts() {
        scope = RunScope.OUTSIDE_BURSTS;
        return myself;
    }

    /**
     * Judges the whole measurement window again (the default) after {@link #duringBursts()} or
     * {@link #outsideBursts()}.
     *
     * <pre>{@code
     * assertThat(fec).duringBursts().losesFewerFramesThan(baseline)
     *                .overTheWholeRun().losesNoMoreFramesThan(baseline);
     * }</pre>
     *
     * @return this assert, now judging the whole run
     */
    public SELF overTheWholeRun() {
        scope = RunScope.WHOLE_RUN;
        return myself;
    }

    // ----------------------------------------------------------------------- comparisons: frames

    /**
     * Verifies that the run lost fewer frames than {@code baseline} (distinct-id rule, see
     * {@code FrameAnalysis.frameLoss}).
     *
     * <pre>{@code
     * assertThat(fec).losesFewerFramesThan(baseline);
     * }</pre>
     *
     * @param baseline the run to compare with; not null
     * @return this assert
     */
    public SELF losesFewerFramesThan(Run baseline) {
        return losesFewerFramesThan(baseline, Tolerance.none());
    }

    /**
     * Verifies that the run lost fewer frames than {@code baseline} plus the tolerance.
     *
     * <pre>{@code
     * assertThat(fec).losesFewerFramesThan(baseline, absoluteTolerance(2)); // fec lost < baseline lost + 2
     * }</pre>
     *
     * @param baseline  the run to compare with; not null
     * @param tolerance how many frames more (absolute) or what fraction more (relative) still pass; not null
     * @return this assert
     */
    public SELF losesFewerFramesThan(Run baseline, Tolerance tolerance) {
        return compare(baseline, tolerance, FigureSentences.FRAMES_LOST, true,
                ShouldLoseFewerFramesThan::shouldLoseFewerFramesThan);
    }

    /**
     * Verifies that the run lost at most as many frames as {@code baseline}.
     *
     * <pre>{@code
     * assertThat(fec).losesNoMoreFramesThan(baseline);
     * }</pre>
     *
     * @param baseline the run to compare with; not null
     * @return this assert
     */
    public SELF losesNoMoreFramesThan(Run baseline) {
        return losesNoMoreFramesThan(baseline, Tolerance.none());
    }

    /**
     * Verifies that the run lost at most as many frames as {@code baseline} plus the tolerance.
     *
     * <pre>{@code
     * assertThat(fec).losesNoMoreFramesThan(baseline, relativeTolerance(0.10)); // at most 10 % more
     * }</pre>
     *
     * @param baseline  the run to compare with; not null
     * @param tolerance the allowance over the baseline; not null
     * @return this assert
     */
    public SELF losesNoMoreFramesThan(Run baseline, Tolerance tolerance) {
        return compare(baseline, tolerance, FigureSentences.FRAMES_LOST, false,
                ShouldLoseFewerFramesThan::shouldLoseFewerFramesThan);
    }

    /**
     * Verifies that the run's frame-loss rate ({@code 100 * lost / expected}) is lower than the baseline's.
     * Prefer it to frame counts when the runs have different lengths.
     *
     * <pre>{@code
     * assertThat(fec).hasLowerFrameLossRateThan(baseline);
     * }</pre>
     *
     * @param baseline the run to compare with; not null
     * @return this assert
     */
    public SELF hasLowerFrameLossRateThan(Run baseline) {
        return hasLowerFrameLossRateThan(baseline, Tolerance.none());
    }

    /**
     * Verifies that the run's frame-loss rate is lower than the baseline's plus the tolerance
     * (an absolute tolerance is in percentage points).
     *
     * <pre>{@code
     * assertThat(fec).hasLowerFrameLossRateThan(baseline, absoluteTolerance(0.5)); // + 0.5 points
     * }</pre>
     *
     * @param baseline  the run to compare with; not null
     * @param tolerance the allowance over the baseline; not null
     * @return this assert
     */
    public SELF hasLowerFrameLossRateThan(Run baseline, Tolerance tolerance) {
        return compare(baseline, tolerance, FigureSentences.FRAME_LOSS_RATE, true,
                ShouldHaveLowerFrameLossRateThan::shouldHaveLowerFrameLossRateThan);
    }

    /**
     * Verifies that the run's frame-loss rate is at most the baseline's.
     *
     * <pre>{@code
     * assertThat(fec).hasFrameLossRateNoHigherThan(baseline);
     * }</pre>
     *
     * @param baseline the run to compare with; not null
     * @return this assert
     */
    public SELF hasFrameLossRateNoHigherThan(Run baseline) {
        return hasFrameLossRateNoHigherThan(baseline, Tolerance.none());
    }

    /**
     * Verifies that the run's frame-loss rate is at most the baseline's plus the tolerance
     * (an absolute tolerance is in percentage points).
     *
     * <pre>{@code
     * assertThat(fec).hasFrameLossRateNoHigherThan(baseline, relativeTolerance(0.05));
     * }</pre>
     *
     * @param baseline  the run to compare with; not null
     * @param tolerance the allowance over the baseline; not null
     * @return this assert
     */
    public SELF hasFrameLossRateNoHigherThan(Run baseline, Tolerance tolerance) {
        return compare(baseline, tolerance, FigureSentences.FRAME_LOSS_RATE, false,
                ShouldHaveLowerFrameLossRateThan::shouldHaveLowerFrameLossRateThan);
    }

    /**
     * Verifies that the run had fewer frame-gap events (freezes) than the baseline; a run of
     * consecutive lost frames is one event.
     *
     * <pre>{@code
     * assertThat(fec).hasFewerFrameGapsThan(baseline);
     * }</pre>
     *
     * @param baseline the run to compare with; not null
     * @return this assert
     */
    public SELF hasFewerFrameGapsThan(Run baseline) {
        return hasFewerFrameGapsThan(baseline, Tolerance.none());
    }

    /**
     * Verifies that the run had fewer frame-gap events than the baseline plus the tolerance.
     *
     * <pre>{@code
     * assertThat(fec).hasFewerFrameGapsThan(baseline, absoluteTolerance(1));
     * }</pre>
     *
     * @param baseline  the run to compare with; not null
     * @param tolerance the allowance over the baseline; not null
     * @return this assert
     */
    public SELF hasFewerFrameGapsThan(Run baseline, Tolerance tolerance) {
        return compare(baseline, tolerance, FigureSentences.GAP_EVENTS, true,
                ShouldHaveFewerFrameGapsThan::shouldHaveFewerFrameGapsThan);
    }

    /**
     * Verifies that the run had at most as many frame-gap events as the baseline.
     *
     * <pre>{@code
     * assertThat(fec).hasNoMoreFrameGapsThan(baseline);
     * }</pre>
     *
     * @param baseline the run to compare with; not null
     * @return this assert
     */
    public SELF hasNoMoreFrameGapsThan(Run baseline) {
        return hasNoMoreFrameGapsThan(baseline, Tolerance.none());
    }

    /**
     * Verifies that the run had at most as many frame-gap events as the baseline plus the tolerance.
     *
     * <pre>{@code
     * assertThat(fec).duringBursts().hasNoMoreFrameGapsThan(baseline, absoluteTolerance(2));
     * }</pre>
     *
     * @param baseline  the run to compare with; not null
     * @param tolerance the allowance over the baseline; not null
     * @return this assert
     */
    public SELF hasNoMoreFrameGapsThan(Run baseline, Tolerance tolerance) {
        return compare(baseline, tolerance, FigureSentences.GAP_EVENTS, false,
                ShouldHaveFewerFrameGapsThan::shouldHaveFewerFrameGapsThan);
    }

    // ---------------------------------------------------------------------- comparisons: latency

    /**
     * Verifies that the run's mean capture-to-receive latency is at most the baseline's.
     *
     * <pre>{@code
     * assertThat(fec).hasLatencyMeanNoHigherThan(baseline);
     * }</pre>
     *
     * @param baseline the run to compare with; not null
     * @return this assert
     */
    public SELF hasLatencyMeanNoHigherThan(Run baseline) {
        return hasLatencyMeanNoHigherThan(baseline, Tolerance.none());
    }

    /**
     * Verifies that the run's mean latency is at most the baseline's plus the tolerance (absolute: ms).
     *
     * <pre>{@code
     * assertThat(fec).hasLatencyMeanNoHigherThan(baseline, absoluteTolerance(5)); // + 5 ms
     * }</pre>
     *
     * @param baseline  the run to compare with; not null
     * @param tolerance the allowance over the baseline; not null
     * @return this assert
     */
    public SELF hasLatencyMeanNoHigherThan(Run baseline, Tolerance tolerance) {
        return compare(baseline, tolerance, FigureSentences.LATENCY_MEAN, false, (a, b, t, strict, limit) ->
                ShouldHaveLowerLatencyThan.shouldHaveLowerLatencyThan(a, b, FigureSentences.LATENCY_MEAN, "latency mean", t,
                        strict, limit));
    }

    /**
     * Verifies that the run's latency percentile {@code p} (nearest rank, as the report) is at most the
     * baseline's.
     *
     * <pre>{@code
     * assertThat(fec).hasLatencyPercentileNoHigherThan(0.95, baseline);
     * }</pre>
     *
     * @param p        the percentile as a fraction, 0..1 (0.95 for p95)
     * @param baseline the run to compare with; not null
     * @return this assert
     * @throws IllegalArgumentException when {@code p} is outside 0..1
     */
    public SELF hasLatencyPercentileNoHigherThan(double p, Run baseline) {
        return hasLatencyPercentileNoHigherThan(p, baseline, Tolerance.none());
    }

    /**
     * Verifies that the run's latency percentile {@code p} is at most the baseline's plus the tolerance
     * (absolute: ms).
     *
     * <pre>{@code
     * assertThat(fec).hasLatencyPercentileNoHigherThan(0.99, baseline, relativeTolerance(0.10));
     * }</pre>
     *
     * @param p         the percentile as a fraction, 0..1 (0.99 for p99)
     * @param baseline  the run to compare with; not null
     * @param tolerance the allowance over the baseline; not null
     * @return this assert
     * @throws IllegalArgumentException when {@code p} is outside 0..1
     */
    public SELF hasLatencyPercentileNoHigherThan(double p, Run baseline, Tolerance tolerance) {
        Percentiles.checkFraction(p);
        FigureSentences figure = FigureSentences.latencyPercentile(p);
        return compare(baseline, tolerance, figure, false, (a, b, t, strict, limit) ->
                ShouldHaveLowerLatencyThan.shouldHaveLowerLatencyThan(a, b, figure,
                        "latency " + Percentiles.name(p), t, strict, limit));
    }

    // ------------------------------------------------------------------ comparisons: packet level

    /**
     * Verifies that the SFU counted fewer NACKs ({@code livekit_nack_total}) in the run than in the baseline.
     *
     * <pre>{@code
     * assertThat(fec).hasFewerNacksThan(baseline);
     * }</pre>
     *
     * @param baseline the run to compare with; not null
     * @return this assert
     */
    public SELF hasFewerNacksThan(Run baseline) {
        return hasFewerNacksThan(baseline, Tolerance.none());
    }

    /**
     * Verifies that the run had fewer NACKs than the baseline plus the tolerance.
     *
     * <pre>{@code
     * assertThat(fec).hasFewerNacksThan(baseline, relativeTolerance(0.05));
     * }</pre>
     *
     * @param baseline  the run to compare with; not null
     * @param tolerance the allowance over the baseline; not null
     * @return this assert
     */
    public SELF hasFewerNacksThan(Run baseline, Tolerance tolerance) {
        return compare(baseline, tolerance, FigureSentences.NACKS, true,
                ShouldHaveFewerNacksThan::shouldHaveFewerNacksThan);
    }

    /**
     * Verifies that the run had at most as many NACKs as the baseline.
     *
     * <pre>{@code
     * assertThat(fec).hasNoMoreNacksThan(baseline);
     * }</pre>
     *
     * @param baseline the run to compare with; not null
     * @return this assert
     */
    public SELF hasNoMoreNacksThan(Run baseline) {
        return hasNoMoreNacksThan(baseline, Tolerance.none());
    }

    /**
     * Verifies that the run had at most as many NACKs as the baseline plus the tolerance.
     *
     * <pre>{@code
     * assertThat(fec).hasNoMoreNacksThan(baseline, relativeTolerance(0.10));
     * }</pre>
     *
     * @param baseline  the run to compare with; not null
     * @param tolerance the allowance over the baseline; not null
     * @return this assert
     */
    public SELF hasNoMoreNacksThan(Run baseline, Tolerance tolerance) {
        return compare(baseline, tolerance, FigureSentences.NACKS, false,
                ShouldHaveFewerNacksThan::shouldHaveFewerNacksThan);
    }

    /**
     * Verifies that the SFU reported fewer lost packets ({@code livekit_packet_loss_total}) in the run
     * than in the baseline.
     *
     * <pre>{@code
     * assertThat(fec).reportsFewerLostPacketsThan(baseline);
     * }</pre>
     *
     * @param baseline the run to compare with; not null
     * @return this assert
     */
    public SELF reportsFewerLostPacketsThan(Run baseline) {
        return reportsFewerLostPacketsThan(baseline, Tolerance.none());
    }

    /**
     * Verifies that the run reported fewer lost packets than the baseline plus the tolerance.
     *
     * <pre>{@code
     * assertThat(fec).reportsFewerLostPacketsThan(baseline, absoluteTolerance(20));
     * }</pre>
     *
     * @param baseline  the run to compare with; not null
     * @param tolerance the allowance over the baseline; not null
     * @return this assert
     */
    public SELF reportsFewerLostPacketsThan(Run baseline, Tolerance tolerance) {
        return compare(baseline, tolerance, FigureSentences.PACKET_LOSS, true,
                ShouldReportLessPacketLossThan::shouldReportLessPacketLossThan);
    }

    /**
     * Verifies that the run reported at most as many lost packets as the baseline.
     *
     * <pre>{@code
     * assertThat(fec).reportsNoMoreLostPacketsThan(baseline);
     * }</pre>
     *
     * @param baseline the run to compare with; not null
     * @return this assert
     */
    public SELF reportsNoMoreLostPacketsThan(Run baseline) {
        return reportsNoMoreLostPacketsThan(baseline, Tolerance.none());
    }

    /**
     * Verifies that the run reported at most as many lost packets as the baseline plus the tolerance.
     *
     * <pre>{@code
     * assertThat(fec).reportsNoMoreLostPacketsThan(baseline, relativeTolerance(0.10));
     * }</pre>
     *
     * @param baseline  the run to compare with; not null
     * @param tolerance the allowance over the baseline; not null
     * @return this assert
     */
    public SELF reportsNoMoreLostPacketsThan(Run baseline, Tolerance tolerance) {
        return compare(baseline, tolerance, FigureSentences.PACKET_LOSS, false,
                ShouldReportLessPacketLossThan::shouldReportLessPacketLossThan);
    }

    // ------------------------------------------------------------------------------- bounds

    /**
     * Verifies that the run lost at most {@code maxFrames} frames.
     *
     * <pre>{@code
     * assertThat(fec).losesAtMostFrames(5);
     * }</pre>
     *
     * @param maxFrames the most frames that may be lost; not negative
     * @return this assert
     */
    public SELF losesAtMostFrames(long maxFrames) {
        requireNotNegative(maxFrames, "Maximum frames lost", "losesAtMostFrames(0)");
        Measured m = measure();
        if (m.summary().framesLost() > maxFrames) {
            throwAssertionError(ShouldLoseAtMostFrames.shouldLoseAtMostFrames(m, maxFrames));
        }
        return myself;
    }

    /**
     * Verifies that the run's frame-loss rate ({@code 100 * lost / expected}) is at most {@code maxPercent}.
     *
     * <pre>{@code
     * assertThat(fec).hasFrameLossRateAtMost(1.5); // at most 1.5 % of frames lost
     * }</pre>
     *
     * @param maxPercent percent, 0..100 (1.5 for 1.5 %)
     * @return this assert
     */
    public SELF hasFrameLossRateAtMost(double maxPercent) {
        requirePercent(maxPercent, "Maximum frame-loss rate");
        Measured m = measure();
        if (!(m.summary().frameLossPct() <= maxPercent)) {
            throwAssertionError(ShouldHaveFrameLossRateAtMost.shouldHaveFrameLossRateAtMost(m, maxPercent));
        }
        return myself;
    }

    /**
     * Verifies that no frame id is missing: no frame gap at all. The message lists the gaps.
     *
     * <pre>{@code
     * assertThat(fec).outsideBursts().hasNoFrameGaps();
     * }</pre>
     *
     * @return this assert
     */
    public SELF hasNoFrameGaps() {
        Measured m = measure();
        List<FrameGap> gaps = FrameAnalysis.gaps(m.run()).stream()
                .filter(gap -> m.scope().contains(gap.receiveUs())).toList();
        if (!gaps.isEmpty()) {
            throwAssertionError(ShouldHaveNoFrameGaps.shouldHaveNoFrameGaps(m, gaps));
        }
        return myself;
    }

    /**
     * Verifies that the latency percentile {@code p} is strictly below {@code limit}.
     *
     * <pre>{@code
     * assertThat(fec).hasLatencyPercentileBelow(0.99, Duration.ofMillis(250));
     * }</pre>
     *
     * @param p     the percentile as a fraction, 0..1 (0.99 for p99)
     * @param limit the latency the percentile must stay below; not null, not negative
     * @return this assert
     * @throws IllegalArgumentException when {@code p} is outside 0..1 or {@code limit} is negative
     */
    public SELF hasLatencyPercentileBelow(double p, Duration limit) {
        Percentiles.checkFraction(p);
        Objects.requireNonNull(limit, "The latency limit must not be null: pass e.g. Duration.ofMillis(250)");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("The latency limit must not be negative but was [" + limit + "]");
        }
        Measured m = measure();
        double latencyMs = FrameAnalysis.latencyPercentileMs(m.run(), m.scope(), p);
        if (!(latencyMs < limit.toNanos() / 1e6)) {
            throwAssertionError(ShouldHaveLatencyBelow.shouldHaveLatencyBelow(m, p, limit));
        }
        return myself;
    }

    /**
     * Verifies that the SFU recovered at least {@code minPackets} media packets from FlexFEC.
     *
     * <pre>{@code
     * assertThat(fec).duringBursts().recoversAtLeast(100);
     * }</pre>
     *
     * @param minPackets the fewest packets that must be recovered; not negative
     * @return this assert
     */
    public SELF recoversAtLeast(long minPackets) {
        requireNotNegative(minPackets, "Minimum packets recovered", "recoversAtLeast(1)");
        Measured m = measure();
        if (!(m.summary().fecRecovered() >= minPackets)) {
            throwAssertionError(ShouldRecoverAtLeast.shouldRecoverAtLeast(m, minPackets));
        }
        return myself;
    }

    /**
     * Verifies that the FlexFEC recovery rate ({@code 100 * recovered / FEC packets received}) is at
     * least {@code minPercent}.
     *
     * <pre>{@code
     * assertThat(fec).hasRecoveryRateAtLeast(20.0); // at least 20 %
     * }</pre>
     *
     * @param minPercent percent, 0..100
     * @return this assert
     */
    public SELF hasRecoveryRateAtLeast(double minPercent) {
        requirePercent(minPercent, "Minimum recovery rate");
        Measured m = measure();
        if (!(m.summary().recoveryRatePct() >= minPercent)) {
            throwAssertionError(ShouldHaveRecoveryRateAtLeast.shouldHaveRecoveryRateAtLeast(m, minPercent));
        }
        return myself;
    }

    /**
     * Verifies that the SFU found no invalid FlexFEC packet ({@code state="invalid"}).
     *
     * <pre>{@code
     * assertThat(fec).hasNoInvalidFecPackets();
     * }</pre>
     *
     * @return this assert
     */
    public SELF hasNoInvalidFecPackets() {
        Measured m = measure();
        if (m.summary().fecInvalid() != 0) {
            throwAssertionError(ShouldHaveNoInvalidFecPackets.shouldHaveNoInvalidFecPackets(m));
        }
        return myself;
    }

    /**
     * Verifies that the SFU counted at most {@code maxNacks} NACKs.
     *
     * <pre>{@code
     * assertThat(fec).hasAtMostNacks(50);
     * }</pre>
     *
     * @param maxNacks the most NACKs allowed; not negative
     * @return this assert
     */
    public SELF hasAtMostNacks(long maxNacks) {
        requireNotNegative(maxNacks, "Maximum NACKs", "hasAtMostNacks(0)");
        Measured m = measure();
        if (!(m.summary().nackTotal() <= maxNacks)) {
            throwAssertionError(ShouldHaveAtMostNacks.shouldHaveAtMostNacks(m, maxNacks));
        }
        return myself;
    }

    /**
     * Verifies that the run delivered at least {@code minFps} frames per second over the window:
     * frames received divided by the window's length ({@code T1_US - T0_US}, or the length of the
     * bursts / of the time outside them). A run without {@code T1_US} has no window length and fails
     * saying so.
     *
     * <pre>{@code
     * assertThat(fec).deliversAtLeastFps(29.0);
     * }</pre>
     *
     * @param minFps the lowest acceptable mean frame rate; not negative
     * @return this assert
     */
    public SELF deliversAtLeastFps(double minFps) {
        requireNotNegative(minFps, "Minimum fps", "deliversAtLeastFps(25)");
        Measured m = measure();
        if (m.run().meta().t1Us().isEmpty()) {
            throwAssertionError(ShouldDeliverAtLeastFps.shouldHaveAWindowLength(m, minFps));
        }
        OptionalDouble fps = FrameRate.meanFps(m.run(), m.scope());
        if (fps.isEmpty()) {
            throwAssertionError(ShouldDeliverAtLeastFps.shouldHaveTimeToJudge(m, minFps));
        } else if (!(fps.getAsDouble() >= minFps)) {
            throwAssertionError(
                    ShouldDeliverAtLeastFps.shouldDeliverAtLeastFpsOverTheWindow(m, minFps, fps.getAsDouble()));
        }
        return myself;
    }

    /**
     * Verifies that every whole second of the window (counted from {@code T0_US}, as the report's fps
     * panel) delivered at least {@code minFps} frames; a second cut by a burst edge is not judged
     * under {@link #duringBursts()} / {@link #outsideBursts()}.
     *
     * <pre>{@code
     * assertThat(fec).deliversAtLeastFpsInEverySecond(20);
     * }</pre>
     *
     * @param minFps the fewest frames any second may deliver; not negative
     * @return this assert
     */
    public SELF deliversAtLeastFpsInEverySecond(double minFps) {
        requireNotNegative(minFps, "Minimum fps", "deliversAtLeastFpsInEverySecond(20)");
        Measured m = measure();
        Optional<FrameRate.Second> worst = FrameRate.worstSecond(m.run(), m.scope());
        if (worst.isEmpty()) {
            throwAssertionError(ShouldDeliverAtLeastFps.shouldHaveAWholeSecond(m, minFps));
        } else if (!(worst.get().fps() >= minFps)) {
            throwAssertionError(ShouldDeliverAtLeastFps.shouldDeliverAtLeastFpsInEverySecond(m, minFps, worst.get()));
        }
        return myself;
    }

    // ---------------------------------------------------------------------- freezes and bursts

    /**
     * Verifies that the viewer saw at most {@code maxFreezes} freezes ({@code FreezeAnalysis}: W3C
     * webrtc-stats {@code freezeCount}); under {@link #duringBursts()} only the freezes ending in a burst
     * count. The message lists every freeze with its time.
     *
     * <pre>{@code
     * assertThat(fec).hasAtMostFreezes(3);
     * assertThat(fec).outsideBursts().hasAtMostFreezes(0);
     * }</pre>
     *
     * @param maxFreezes the most freezes allowed; not negative
     * @return this assert
     */
    public SELF hasAtMostFreezes(long maxFreezes) {
        requireNotNegative(maxFreezes, "Maximum freezes", "hasAtMostFreezes(3)");
        Measured m = measure();
        if (m.freezes().freezeCount() > maxFreezes) {
            throwAssertionError(ShouldHaveAtMostFreezes.shouldHaveAtMostFreezes(m, maxFreezes));
        }
        return myself;
    }

    /**
     * Verifies that the run had fewer freezes than {@code baseline} (each over its own scope).
     *
     * <pre>{@code
     * assertThat(fec).hasFewerFreezesThan(baseline);
     * }</pre>
     *
     * @param baseline the run to compare with; not null
     * @return this assert
     */
    public SELF hasFewerFreezesThan(Run baseline) {
        return hasFewerFreezesThan(baseline, Tolerance.none());
    }

    /**
     * Verifies that the run had fewer freezes than {@code baseline} plus the tolerance.
     *
     * <pre>{@code
     * assertThat(fec).duringBursts().hasFewerFreezesThan(baseline, absoluteTolerance(1));
     * }</pre>
     *
     * @param baseline  the run to compare with; not null
     * @param tolerance the allowance over the baseline's freezes; not null
     * @return this assert
     */
    public SELF hasFewerFreezesThan(Run baseline, Tolerance tolerance) {
        return compare(baseline, tolerance, FigureSentences.FREEZES, true, ShouldHaveFewerFreezesThan::shouldHaveFewerFreezesThan);
    }

    /**
     * Verifies that the run had at most as many freezes as {@code baseline}.
     *
     * <pre>{@code
     * assertThat(fec).hasNoMoreFreezesThan(baseline);
     * }</pre>
     *
     * @param baseline the run to compare with; not null
     * @return this assert
     */
    public SELF hasNoMoreFreezesThan(Run baseline) {
        return hasNoMoreFreezesThan(baseline, Tolerance.none());
    }

    /**
     * Verifies that the run had at most as many freezes as {@code baseline} plus the tolerance.
     *
     * <pre>{@code
     * assertThat(fec).hasNoMoreFreezesThan(baseline, absoluteTolerance(2));
     * }</pre>
     *
     * @param baseline  the run to compare with; not null
     * @param tolerance the allowance over the baseline's freezes; not null
     * @return this assert
     */
    public SELF hasNoMoreFreezesThan(Run baseline, Tolerance tolerance) {
        return compare(baseline, tolerance, FigureSentences.FREEZES, false, ShouldHaveFewerFreezesThan::shouldHaveFewerFreezesThan);
    }

    /**
     * Verifies that the freezes last at most {@code limit} together (webrtc-stats
     * {@code totalFreezesDuration}). The message lists every freeze with its time.
     *
     * <pre>{@code
     * assertThat(fec).hasTotalFreezeTimeAtMost(Duration.ofMillis(1500));
     * }</pre>
     *
     * @param limit the most time frozen; not null, not negative
     * @return this assert
     */
    public SELF hasTotalFreezeTimeAtMost(Duration limit) {
        Objects.requireNonNull(limit, "The freeze time limit must not be null: pass e.g. Duration.ofSeconds(2)");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("The freeze time limit must not be negative but was [" + limit + "]");
        }
        Measured m = measure();
        if (!(m.freezes().totalFreezesDurationS() <= limit.toNanos() / 1e9)) {
            throwAssertionError(ShouldHaveTotalFreezeTimeAtMost.shouldHaveTotalFreezeTimeAtMost(m, limit));
        }
        return myself;
    }

    /**
     * Verifies that delivery was back to normal within {@code limit} after every loss burst, and before the
     * next burst began ({@code RecoveryTime}: whole seconds after {@code burst_off} until the first 1 s
     * bucket with normal fps and p95 latency). Each burst is judged on its own, whatever the scope set by
     * {@link #duringBursts()}; a run without bursts fails. The message names each offending burst by its
     * number and time, e.g. {@code burst 3 (20.0–22.0 s) took 3 s to recover}.
     *
     * <pre>{@code
     * assertThat(fec).recoversWithinAfterEachBurst(Duration.ofSeconds(2));
     * }</pre>
     *
     * @param limit the longest time to recover allowed; not null, not negative
     * @return this assert
     */
    public SELF recoversWithinAfterEachBurst(Duration limit) {
        Objects.requireNonNull(limit, "The recovery time limit must not be null: pass e.g. Duration.ofSeconds(2)");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("The recovery time limit must not be negative but was [" + limit + "]");
        }
        double limitS = limit.toNanos() / 1e9;
        return recoversAfterEachBurst(limit, burst -> burst.recovery().recovered() && burst.recovery().seconds() <= limitS);
    }

    /**
     * Verifies that delivery got back to normal after every loss burst before the next one began (or the
     * data ended), however long it took: {@code BurstBreakdown.allRecovered()}. A run without bursts fails.
     *
     * <pre>{@code
     * assertThat(fec).recoversEveryBurst();
     * }</pre>
     *
     * @return this assert
     */
    public SELF recoversEveryBurst() {
        return recoversAfterEachBurst(null, burst -> burst.recovery().recovered());
    }

    /**
     * Verifies that no frame was lost in any loss burst: FlexFEC (and retransmission) repaired every
     * burst. The message names each burst that lost frames with its lost count. A run without bursts fails.
     *
     * <pre>{@code
     * assertThat(fec).losesNoFrameInAnyBurst();
     * }</pre>
     *
     * @return this assert
     */
    public SELF losesNoFrameInAnyBurst() {
        isNotNull();
        Measured m = Measured.of(actual, RunScope.WHOLE_RUN); // each burst is judged on its own
        List<BurstFigures> bursts = BurstBreakdown.of(actual).bursts();
        if (bursts.isEmpty()) {
            throwAssertionError(ShouldLoseNoFrameInAnyBurst.shouldHaveBursts(m));
        }
        List<BurstFigures> offending = bursts.stream().filter(b -> b.summary().framesLost() > 0).toList();
        if (!offending.isEmpty()) {
            throwAssertionError(ShouldLoseNoFrameInAnyBurst.shouldLoseNoFrameInAnyBurst(m, bursts.size(), offending));
        }
        return myself;
    }

    private SELF recoversAfterEachBurst(Duration limit, java.util.function.Predicate<BurstFigures> passes) {
        isNotNull();
        Measured m = Measured.of(actual, RunScope.WHOLE_RUN); // each burst is judged on its own
        List<BurstFigures> bursts = BurstBreakdown.of(actual).bursts();
        if (bursts.isEmpty()) {
            throwAssertionError(ShouldRecoverAfterEachBurst.shouldHaveBursts(m, limit));
        }
        List<BurstFigures> offending = bursts.stream().filter(passes.negate()).toList();
        if (!offending.isEmpty()) {
            throwAssertionError(ShouldRecoverAfterEachBurst.shouldRecoverAfterEachBurst(m, limit, bursts.size(), offending));
        }
        return myself;
    }

    // ------------------------------------------------------------------------------ data quality

    /**
     * Verifies that nothing was skipped or corrected while reading the run (no {@link Diagnostic}).
     * The message lists the diagnostics as {@code file:line: message}.
     *
     * <pre>{@code
     * assertThat(fec).hasNoDiagnostics();
     * }</pre>
     *
     * @return this assert
     */
    public SELF hasNoDiagnostics() {
        isNotNull();
        if (!actual.diagnostics().isEmpty()) {
            throwAssertionError(ShouldHaveNoDiagnostics.shouldHaveNoDiagnostics(actual));
        }
        return myself;
    }

    /**
     * Verifies that the run can be judged as it is: {@code meta.env} has {@code T1_US} (the run
     * finished) and no line was skipped or corrected. Use it first, so a broken run is refused
     * instead of judged.
     *
     * <pre>{@code
     * assertThat(fec).isWellFormed().losesFewerFramesThan(baseline);
     * }</pre>
     *
     * @return this assert
     */
    public SELF isWellFormed() {
        isNotNull();
        if (actual.meta().t1Us().isEmpty() || !actual.diagnostics().isEmpty()) {
            throwAssertionError(ShouldBeWellFormed.shouldBeWellFormed(actual));
        }
        return myself;
    }

    // -------------------------------------------------------------------------------- navigation

    /**
     * The frames received (rows of {@code frames.csv} in the window), as a standard assert.
     *
     * <pre>{@code
     * assertThat(fec).framesReceived().isGreaterThan(1700);
     * }</pre>
     *
     * @return an assert on the count, described as {@code <run> (<path>): frames received}
     */
    public AbstractLongAssert<?> framesReceived() {
        return longFigure(Figures.FRAMES_RECEIVED.name(), RunSummary::framesReceived);
    }

    /**
     * The frames expected (distinct ids received plus ids lost), as a standard assert.
     *
     * <pre>{@code
     * assertThat(fec).framesExpected().isEqualTo(1801);
     * }</pre>
     *
     * @return an assert on the count
     */
    public AbstractLongAssert<?> framesExpected() {
        return longFigure(Figures.FRAMES_EXPECTED.name(), RunSummary::framesExpected);
    }

    /**
     * The frames lost, as a standard assert.
     *
     * <pre>{@code
     * assertThat(fec).duringBursts().framesLost().isLessThanOrEqualTo(10);
     * }</pre>
     *
     * @return an assert on the count
     */
    public AbstractLongAssert<?> framesLost() {
        return longFigure(Figures.FRAMES_LOST.name(), RunSummary::framesLost);
    }

    /**
     * The frame-gap events, as a standard assert.
     *
     * <pre>{@code
     * assertThat(fec).gapEvents().isZero();
     * }</pre>
     *
     * @return an assert on the count
     */
    public AbstractLongAssert<?> gapEvents() {
        return longFigure(Figures.GAP_EVENTS.name(), RunSummary::gapEvents);
    }

    /**
     * The frame-loss rate in percent ({@code 100 * lost / expected}), as a standard assert.
     *
     * <pre>{@code
     * assertThat(fec).frameLossPct().isLessThan(2.0);
     * }</pre>
     *
     * @return an assert on the rate
     */
    public AbstractDoubleAssert<?> frameLossPct() {
        return doubleFigure("frame loss %", m -> m.summary().frameLossPct());
    }

    /**
     * The mean latency in ms ({@code NaN} without frames), as a standard assert.
     *
     * <pre>{@code
     * assertThat(fec).latencyMeanMs().isLessThan(80.0);
     * }</pre>
     *
     * @return an assert on the latency
     */
    public AbstractDoubleAssert<?> latencyMeanMs() {
        return doubleFigure("latency mean (ms)", m -> m.summary().latencyMeanMs());
    }

    /**
     * Any latency percentile in ms (nearest rank, as the report), as a standard assert.
     *
     * <pre>{@code
     * assertThat(run).latencyPercentileMs(0.99).isLessThan(250.0);
     * }</pre>
     *
     * @param p the percentile as a fraction, 0..1
     * @return an assert on the latency, described as {@code <run> (<path>): latency p99 (ms)}
     * @throws IllegalArgumentException when {@code p} is outside 0..1
     */
    public AbstractDoubleAssert<?> latencyPercentileMs(double p) {
        Percentiles.checkFraction(p);
        dev.fecunit.analysis.Figure latency = Figures.latencyPercentile(p, 5.0);
        return doubleFigure(latency.name() + " (" + latency.unit() + ")", m -> latency.of(m.run(), m.scope()));
    }

    /**
     * The FlexFEC packets the SFU received, as a standard assert.
     *
     * <pre>{@code
     * assertThat(fec).fecReceived().isPositive();
     * }</pre>
     *
     * @return an assert on the counter's increase
     */
    public AbstractDoubleAssert<?> fecReceived() {
        return doubleFigure(Figures.FEC_RECEIVED.name(), m -> m.summary().fecReceived());
    }

    /**
     * The media packets recovered from FlexFEC, as a standard assert.
     *
     * <pre>{@code
     * assertThat(fec).duringBursts().fecRecovered().isGreaterThan(50.0);
     * }</pre>
     *
     * @return an assert on the counter's increase
     */
    public AbstractDoubleAssert<?> fecRecovered() {
        return doubleFigure(Figures.FEC_RECOVERED.name(), m -> m.summary().fecRecovered());
    }

    /**
     * The FlexFEC recovery rate in percent ({@code 100 * recovered / received}), as a standard assert.
     *
     * <pre>{@code
     * assertThat(fec).recoveryRatePct().isBetween(10.0, 60.0);
     * }</pre>
     *
     * @return an assert on the rate
     */
    public AbstractDoubleAssert<?> recoveryRatePct() {
        return doubleFigure("recovery rate %", m -> m.summary().recoveryRatePct());
    }

    /**
     * The NACKs the SFU counted, as a standard assert.
     *
     * <pre>{@code
     * assertThat(fec).nackTotal().isLessThan(100.0);
     * }</pre>
     *
     * @return an assert on the counter's increase
     */
    public AbstractDoubleAssert<?> nackTotal() {
        return doubleFigure(Figures.NACK_TOTAL.name(), m -> m.summary().nackTotal());
    }

    /**
     * The packets the SFU reported lost, as a standard assert.
     *
     * <pre>{@code
     * assertThat(fec).packetLossTotal().isLessThan(500.0);
     * }</pre>
     *
     * @return an assert on the counter's increase
     */
    public AbstractDoubleAssert<?> packetLossTotal() {
        return doubleFigure(Figures.PACKET_LOSS_TOTAL.name(), m -> m.summary().packetLossTotal());
    }

    /**
     * Any figure of the summary by its key, as a standard assert.
     *
     * <pre>{@code
     * assertThat(fec).figure(SummaryFigure.FEC_UNUSED).isLessThan(1000.0);
     * }</pre>
     *
     * @param figure the figure; not null
     * @return an assert on it, described as {@code <run> (<path>): fec_unused}
     */
    public AbstractDoubleAssert<?> figure(SummaryFigure figure) {
        Objects.requireNonNull(figure, "The figure must not be null: pass e.g. SummaryFigure.FRAMES_LOST");
        return doubleFigure(figure.key(), m -> figure.of(m.summary()));
    }

    /**
     * Every figure of the run (over the current scope) as a {@link RunSummaryAssert}.
     *
     * <pre>{@code
     * assertThat(fec).duringBursts().summary().satisfies(s -> assertThat(s.fecRecovered()).isPositive());
     * }</pre>
     *
     * @return an assert on the {@link RunSummary}
     */
    public RunSummaryAssert summary() {
        isNotNull();
        RunScope s = scope;
        return extracting(run -> Measured.of(run, s).summary(), RUN_SUMMARY)
                .describedAs(new TextDescription(navigationDescription("summary")));
    }

    /**
     * The run's diagnostics (every line skipped or corrected while reading), as a standard list assert.
     *
     * <pre>{@code
     * assertThat(fec).diagnostics().extracting(Diagnostic::file).doesNotContain("frames.csv");
     * }</pre>
     *
     * @return an assert on the list
     */
    public ListAssert<Diagnostic> diagnostics() {
        isNotNull();
        return extracting(Run::diagnostics, InstanceOfAssertFactories.list(Diagnostic.class))
                .describedAs(new TextDescription(describedRun() + ": diagnostics"));
    }

    // ------------------------------------------------------------------------------- internals

    /** Builds the failure of a comparison; each comparison's message factory matches this shape. */
    @FunctionalInterface
    interface ComparisonFailure {
        ErrorMessageFactory create(Measured actual, Measured baseline, Tolerance tolerance, boolean strict,
                                   double limit);
    }

    private SELF compare(Run baseline, Tolerance tolerance, FigureSentences figure, boolean strict, ComparisonFailure failure) {
        Objects.requireNonNull(baseline, "The baseline run must not be null: pass the Run to compare with");
        Objects.requireNonNull(tolerance,
                "The tolerance must not be null: pass e.g. Tolerance.absolute(2), or call the method without one");
        Measured m = measure();
        Measured b = Measured.of(baseline, scope);
        double actualValue = figure.of(m);
        double limit = figure.of(b) + tolerance.allowanceOver(figure.of(b));
        boolean passes = strict ? actualValue < limit : actualValue <= limit;
        if (!passes) {
            // The two summary tables ride along as expected and actual (an opentest4j AssertionFailedError,
            // a plain AssertionError without opentest4j): the IDE's diff view shows them side by side.
            String message = failure.create(m, b, tolerance, strict, limit)
                    .create(new TextDescription(""), info.representation());
            throw failureWithActualExpected(SummaryTables.of(m, figure), SummaryTables.of(b, figure), "%s", message);
        }
        return myself;
    }

    private Measured measure() {
        isNotNull();
        return Measured.of(actual, scope);
    }

    private AbstractLongAssert<?> longFigure(String name, java.util.function.ToLongFunction<RunSummary> figure) {
        isNotNull();
        RunScope s = scope;
        return extracting(run -> figure.applyAsLong(Measured.of(run, s).summary()), InstanceOfAssertFactories.LONG)
                .describedAs(new TextDescription(navigationDescription(name)));
    }

    private AbstractDoubleAssert<?> doubleFigure(String name, ToDoubleFunction<Measured> figure) {
        isNotNull();
        RunScope s = scope;
        return extracting(run -> figure.applyAsDouble(Measured.of(run, s)), InstanceOfAssertFactories.DOUBLE)
                .describedAs(new TextDescription(navigationDescription(name)));
    }

    /** {@code fec (runs/fec): frames lost during bursts}, after the user's own description if any. */
    private String navigationDescription(String figure) {
        return describedRun() + ": " + figure + scope.suffix();
    }

    private String describedRun() {
        String own = descriptionText();
        return (own == null || own.isEmpty() ? "" : own + ": ") + MessageText.run(actual);
    }

    private static void requireNotNegative(double value, String what, String example) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(what + " must not be negative (e.g. " + example + ") but was ["
                    + NumberText.plain(value) + "]");
        }
    }

    private static void requirePercent(double value, String what) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(what
                    + " must be a percentage between 0 and 100 (1.5 for 1.5 %) but was ["
                    + NumberText.plain(value) + "]");
        }
    }
}
