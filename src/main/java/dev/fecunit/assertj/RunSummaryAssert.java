package dev.fecunit.assertj;

import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.SummaryFigure;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.AbstractLongAssert;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.description.TextDescription;

import java.util.Objects;

/**
 * Assertions on a {@link RunSummary} (the figures of a run or of a scope of it): each figure as a
 * standard AssertJ assert described by its key. Not final, so that soft assertions can proxy it.
 *
 * <pre>{@code
 * assertThat(RunSummary.of(fec)).figure(SummaryFigure.FRAMES_LOST).isLessThan(40.0);
 * assertThat(fec).duringBursts().summary().figure(SummaryFigure.FEC_RECOVERED).isPositive();
 * }</pre>
 */
public class RunSummaryAssert extends AbstractObjectAssert<RunSummaryAssert, RunSummary> {

    /**
     * Creates an assert on {@code actual}; most code calls {@link FecAssertions#assertThat(RunSummary)}.
     *
     * <pre>{@code
     * new RunSummaryAssert(RunSummary.of(fec)).figure(SummaryFigure.GAP_EVENTS).isZero();
     * }</pre>
     *
     * @param actual the summary under test
     */
    public RunSummaryAssert(RunSummary actual) {
        super(actual, RunSummaryAssert.class);
    }

    /**
     * One figure of the summary by its key, as a standard assert described as {@code frames_lost}
     * (after this assert's own description, if any).
     *
     * <pre>{@code
     * assertThat(summary).figure(SummaryFigure.LATENCY_P95_MS).isLessThan(120.0);
     * }</pre>
     *
     * @param figure the figure; not null
     * @return an assert on its value
     */
    public AbstractDoubleAssert<?> figure(SummaryFigure figure) {
        Objects.requireNonNull(figure, "The figure must not be null: pass e.g. SummaryFigure.FRAMES_LOST");
        isNotNull();
        String own = descriptionText();
        String description = (own == null || own.isEmpty() ? "" : own + ": ") + figure.key();
        return extracting(figure::of, InstanceOfAssertFactories.DOUBLE).describedAs(new TextDescription(description));
    }

    /**
     * The frames lost, a whole number as everywhere ({@code assertThat(run).framesLost()} too).
     *
     * <pre>{@code
     * assertThat(summary).framesLost().isLessThan(40);
     * }</pre>
     *
     * @return an assert on {@code frames_lost}
     */
    public AbstractLongAssert<?> framesLost() {
        isNotNull();
        String own = descriptionText();
        String description = (own == null || own.isEmpty() ? "" : own + ": ") + SummaryFigure.FRAMES_LOST.key();
        return extracting(RunSummary::framesLost, InstanceOfAssertFactories.LONG)
                .describedAs(new TextDescription(description));
    }

    /**
     * The frame-loss rate in percent.
     *
     * <pre>{@code
     * assertThat(summary).frameLossPct().isLessThan(2.0);
     * }</pre>
     *
     * @return an assert on {@code frame_loss_pct}
     */
    public AbstractDoubleAssert<?> frameLossPct() {
        return figure(SummaryFigure.FRAME_LOSS_PCT);
    }

    /**
     * The median latency in ms.
     *
     * <pre>{@code
     * assertThat(summary).latencyP50Ms().isLessThan(60.0);
     * }</pre>
     *
     * @return an assert on {@code latency_p50_ms}
     */
    public AbstractDoubleAssert<?> latencyP50Ms() {
        return figure(SummaryFigure.LATENCY_P50_MS);
    }

    /**
     * The p95 latency in ms.
     *
     * <pre>{@code
     * assertThat(summary).latencyP95Ms().isLessThan(120.0);
     * }</pre>
     *
     * @return an assert on {@code latency_p95_ms}
     */
    public AbstractDoubleAssert<?> latencyP95Ms() {
        return figure(SummaryFigure.LATENCY_P95_MS);
    }

    /**
     * The p99 latency in ms.
     *
     * <pre>{@code
     * assertThat(summary).latencyP99Ms().isLessThan(250.0);
     * }</pre>
     *
     * @return an assert on {@code latency_p99_ms}
     */
    public AbstractDoubleAssert<?> latencyP99Ms() {
        return figure(SummaryFigure.LATENCY_P99_MS);
    }

    /**
     * The FlexFEC recovery rate in percent.
     *
     * <pre>{@code
     * assertThat(summary).recoveryRatePct().isGreaterThan(20.0);
     * }</pre>
     *
     * @return an assert on {@code recovery_rate_pct}
     */
    public AbstractDoubleAssert<?> recoveryRatePct() {
        return figure(SummaryFigure.RECOVERY_RATE_PCT);
    }
}
