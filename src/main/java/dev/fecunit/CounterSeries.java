package dev.fecunit;

/**
 * The samples of one Prometheus series ({@code family{labels}}) in {@code prom.tsv} order.
 *
 * <p>Values are raw Prometheus numbers ({@code NaN} and infinities included); what a counter
 * figure makes of them is decided in {@code dev.fecunit.analysis.CounterMath}.
 */
public final class CounterSeries {

    private final String family;
    private final LabelSet labels;
    private final long[] wallUs;
    private final double[] values;

    /** Wraps sample columns of equal length (not copied). */
    public CounterSeries(String family, LabelSet labels, long[] wallUs, double[] values) {
        if (wallUs.length != values.length) {
            throw new IllegalArgumentException("columns differ in length");
        }
        this.family = family;
        this.labels = labels;
        this.wallUs = wallUs;
        this.values = values;
    }

    /** The metric family, e.g. {@code livekit_nack_total}. */
    public String family() {
        return family;
    }

    /** The series' labels. */
    public LabelSet labels() {
        return labels;
    }

    /** Number of samples. */
    public int size() {
        return wallUs.length;
    }

    /** Poll time of sample {@code i}, wall-clock microseconds. */
    public long wallUs(int i) {
        return wallUs[i];
    }

    /** Value of sample {@code i}. */
    public double value(int i) {
        return values[i];
    }

    @Override
    public String toString() {
        return family + labels + " (" + wallUs.length + " samples)";
    }
}
