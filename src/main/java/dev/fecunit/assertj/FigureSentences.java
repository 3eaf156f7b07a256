package dev.fecunit.assertj;

import dev.fecunit.analysis.Figures;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.SummaryFigure;
import dev.fecunit.internal.analysis.Freeze;
import dev.fecunit.internal.format.NumberText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The sentences of a figure an assertion judges: how to read it from a measured run (always through
 * {@code dev.fecunit.analysis}), how a failure message says it, and which summary rows show it.
 */
final class FigureSentences {

    /** One row of the side-by-side table: its key and how a run's column shows it. */
    record Row(String key, Function<Measured, String> text) {

        /** A row of the seed's table, formatted exactly as the seed's table ({@link SummaryFigure#format}). */
        static Row of(SummaryFigure figure) {
            return new Row(figure.key(), m -> figure.format(figure.of(m.summary())));
        }
    }

    static final List<Row> FRAME_ROWS = rows(SummaryFigure.FRAMES_RECEIVED, SummaryFigure.FRAMES_EXPECTED,
            SummaryFigure.FRAMES_LOST, SummaryFigure.GAP_EVENTS);
    static final List<Row> LATENCY_ROWS = rows(SummaryFigure.LATENCY_MEAN_MS, SummaryFigure.LATENCY_P50_MS,
            SummaryFigure.LATENCY_P95_MS, SummaryFigure.LATENCY_P99_MS);
    static final List<Row> FEC_ROWS = rows(SummaryFigure.FEC_RECEIVED, SummaryFigure.FEC_RECOVERY_ATTEMPTS,
            SummaryFigure.FEC_RECOVERED, SummaryFigure.FEC_RECOVERY_FAILED, SummaryFigure.FEC_UNUSED,
            SummaryFigure.FEC_INVALID);
    static final List<Row> LOSS_REPAIR_ROWS = rows(SummaryFigure.NACK_TOTAL, SummaryFigure.PACKET_LOSS_TOTAL,
            SummaryFigure.FEC_RECOVERED);

    static final FigureSentences FRAMES_LOST = new FigureSentences(m -> m.summary().framesLost(),
            m -> "lost " + frameLoss(m.summary()), FRAME_ROWS);
    static final FigureSentences FRAME_LOSS_RATE = new FigureSentences(m -> m.summary().frameLossPct(),
            m -> "lost " + pct(m.summary().frameLossPct()) + " of frames (" + m.summary().framesLost() + " of "
                    + m.summary().framesExpected() + ")", FRAME_ROWS);
    static final FigureSentences GAP_EVENTS = new FigureSentences(m -> m.summary().gapEvents(),
            m -> "had " + gaps(m.summary().gapEvents()) + " (" + m.summary().framesLost() + " of "
                    + m.summary().framesExpected() + " frames lost, " + pct(m.summary().frameLossPct()) + ")",
            FRAME_ROWS);
    static final FigureSentences LATENCY_MEAN = new FigureSentences(m -> m.summary().latencyMeanMs(),
            m -> "had a latency mean of " + ms(m.summary().latencyMeanMs()), LATENCY_ROWS);
    static final FigureSentences NACKS = new FigureSentences(m -> m.summary().nackTotal(),
            m -> "had " + count(SummaryFigure.NACK_TOTAL, m) + " NACKs", LOSS_REPAIR_ROWS);
    static final FigureSentences PACKET_LOSS = new FigureSentences(m -> m.summary().packetLossTotal(),
            m -> "reported " + count(SummaryFigure.PACKET_LOSS_TOTAL, m) + " packets lost", LOSS_REPAIR_ROWS);
    static final FigureSentences FEC_RECOVERED = new FigureSentences(m -> m.summary().fecRecovered(),
            m -> "recovered " + count(SummaryFigure.FEC_RECOVERED, m) + " packets via FlexFEC ("
                    + recovery(m.summary()) + ")", FEC_ROWS);
    static final FigureSentences RECOVERY_RATE = new FigureSentences(m -> m.summary().recoveryRatePct(),
            m -> "recovered " + pct(m.summary().recoveryRatePct()) + " of the FlexFEC packets received ("
                    + count(SummaryFigure.FEC_RECOVERED, m) + " of " + count(SummaryFigure.FEC_RECEIVED, m) + ")",
            FEC_ROWS);
    static final FigureSentences FEC_INVALID = new FigureSentences(m -> m.summary().fecInvalid(),
            m -> "had " + count(SummaryFigure.FEC_INVALID, m) + " invalid FlexFEC packets (of "
                    + count(SummaryFigure.FEC_RECEIVED, m) + " received)", FEC_ROWS);

    /** Freeze rows: not in the seed's table, formatted as the report's freeze section. */
    static final List<Row> FREEZE_ROWS = List.of(
            new Row("freeze_count", m -> Long.toString(m.freezes().freezeCount())),
            new Row("total_freezes_duration_s", m -> NumberText.fixed(m.freezes().totalFreezesDurationS(), 3)));
    static final FigureSentences FREEZES = new FigureSentences(m -> m.freezes().freezeCount(), FigureSentences::freezeOutcome, FREEZE_ROWS);

    private final ToDoubleFunction<Measured> value;
    private final Function<Measured, String> outcome;
    private final List<Row> rows;

    private FigureSentences(ToDoubleFunction<Measured> value, Function<Measured, String> outcome, List<Row> rows) {
        this.value = value;
        this.outcome = outcome;
        this.rows = rows;
    }

    /**
     * The latency percentile {@code p} (already checked to be a fraction), as the catalogue defines it
     * ({@link Figures#latencyPercentile}); p50, p95 and p99 have their rows, any other gets one.
     */
    static FigureSentences latencyPercentile(double p) {
        dev.fecunit.analysis.Figure latency = Figures.latencyPercentile(p, 5.0);
        ToDoubleFunction<Measured> value = m -> latency.of(m.run(), m.scope());
        List<Row> rows = new ArrayList<>(LATENCY_ROWS);
        if (rows.stream().noneMatch(r -> r.key().equals(latency.key()))) {
            rows.add(new Row(latency.key(), m -> latency.format(value.applyAsDouble(m))));
        }
        return new FigureSentences(value, m -> "had a " + latency.name() + " of " + ms(value.applyAsDouble(m)), List.copyOf(rows));
    }

    double of(Measured m) {
        return value.applyAsDouble(m);
    }

    /** What the run did, as the end of a sentence starting with its name: {@code lost 3 of 12 frames (25.00%)}. */
    String outcome(Measured m) {
        return outcome.apply(m);
    }

    List<Row> rows() {
        return rows;
    }

    /** {@code 3 of 12 frames (25.00%)}: the loss rate behind a frame count. */
    static String frameLoss(RunSummary s) {
        return s.framesLost() + " of " + s.framesExpected() + " frames (" + pct(s.frameLossPct()) + ")";
    }

    /** {@code had 2 freezes (1.000 s frozen)}. */
    static String freezeOutcome(Measured m) {
        long n = m.freezes().freezeCount();
        return "had " + n + (n == 1 ? " freeze (" : " freezes (") + NumberText.fixed(m.freezes().totalFreezesDurationS(), 3)
                + " s frozen)";
    }

    /** {@code 1 frame gap}, {@code 3 frame gaps}. */
    static String gaps(long count) {
        return count + (count == 1 ? " frame gap" : " frame gaps");
    }

    private static String recovery(RunSummary s) {
        return "of " + SummaryFigure.FEC_RECEIVED.format(s.fecReceived())
                + " FlexFEC packets received, " + pct(s.recoveryRatePct());
    }

    /** A percentage with two decimals, as Python would print it: {@code 25.00%}. */
    static String pct(double percent) {
        return NumberText.percent(percent);
    }

    /** A latency as the summary table prints it, with its unit: {@code 120.5 ms}. */
    static String ms(double latencyMs) {
        return SummaryFigure.LATENCY_MEAN_MS.format(latencyMs) + " ms";
    }

    private static String count(SummaryFigure figure, Measured m) {
        return figure.format(figure.of(m.summary()));
    }

    private static List<Row> rows(SummaryFigure... figures) {
        List<Row> rows = new ArrayList<>();
        for (SummaryFigure f : figures) {
            rows.add(Row.of(f));
        }
        return List.copyOf(rows);
    }
}
