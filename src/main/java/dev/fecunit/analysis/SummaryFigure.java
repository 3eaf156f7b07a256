package dev.fecunit.analysis;

import java.util.List;

/**
 * The figures a {@link RunSummary} holds, by their {@code snake_case} keys, in the seed's table order:
 * a view of the figure catalogue ({@link Figures}), whose entries define each figure once.
 *
 * <pre>{@code
 * SummaryFigure.FRAMES_LOST.of(RunSummary.of(run));   // 37.0
 * SummaryFigure.LATENCY_P95_MS.format(61.25);          // "61.2"
 * }</pre>
 */
public enum SummaryFigure {
    FRAMES_RECEIVED(Figures.FRAMES_RECEIVED),
    FRAMES_EXPECTED(Figures.FRAMES_EXPECTED),
    FRAMES_LOST(Figures.FRAMES_LOST),
    GAP_EVENTS(Figures.GAP_EVENTS),
    LATENCY_MEAN_MS(Figures.LATENCY_MEAN),
    LATENCY_P50_MS(Figures.LATENCY_P50),
    LATENCY_P95_MS(Figures.LATENCY_P95),
    LATENCY_P99_MS(Figures.LATENCY_P99),
    FEC_RECEIVED(Figures.FEC_RECEIVED),
    FEC_RECOVERY_ATTEMPTS(Figures.FEC_RECOVERY_ATTEMPTS),
    FEC_RECOVERED(Figures.FEC_RECOVERED),
    FEC_RECOVERY_FAILED(Figures.FEC_RECOVERY_FAILED),
    FEC_UNUSED(Figures.FEC_UNUSED),
    FEC_INVALID(Figures.FEC_INVALID),
    NACK_TOTAL(Figures.NACK_TOTAL),
    PACKET_LOSS_TOTAL(Figures.PACKET_LOSS_TOTAL),
    FRAME_LOSS_PCT(Figures.FRAME_LOSS_RATE),
    RECOVERY_RATE_PCT(Figures.RECOVERY_RATE);

    private final Figure figure;

    SummaryFigure(Figure figure) {
        this.figure = figure;
    }

    /** The seed's sixteen figures, in its table order. */
    public static List<SummaryFigure> seedFigures() {
        return List.of(values()).subList(0, 16);
    }

    /** The catalogue's entry for this figure: its name in words, unit, direction and defaults. */
    public Figure figure() {
        return figure;
    }

    /** The {@code snake_case} key of the run summary, e.g. {@code frames_lost}, {@code frame_loss_pct}. */
    public String key() {
        return figure.summaryKey();
    }

    /** Whether the seed's table prints this figure. */
    public boolean inSeedTable() {
        return ordinal() < 16;
    }

    /** Whether the figure is a count of frames (a whole number). */
    public boolean isFrameCount() {
        return figure.isFrameCount();
    }

    /** Digits after the point when a table prints this figure: 1 for latencies and rates, else 0. */
    public int decimals() {
        return figure.decimals();
    }

    /** {@code value} as the seed's table prints this figure ({@code 40.2}, {@code 1670}, {@code nan}). */
    public String format(double value) {
        return figure.format(value);
    }

    /** This figure of {@code summary}. */
    public double of(RunSummary summary) {
        return figure.of(summary);
    }
}
