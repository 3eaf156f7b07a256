package dev.fecunit;

import java.util.Arrays;
import java.util.Objects;

/**
 * The samples of one Prometheus series ({@code family{labels}}) in {@code prom.tsv} order.
 *
 * <p>Values are finite Prometheus numbers: a reader leaves {@code NaN}, infinities and impossible
 * counter values out (each one a {@link Diagnostic}); what a counter figure makes of the values is
 * decided in {@code dev.fecunit.analysis.CounterMath}. Instances are immutable: they keep no array a
 * caller holds.
 */
public final class CounterSeries {

    private final String family;
    private final LabelSet labels;
    private final long[] wallUs;
    private final double[] values;

    /**
     * Copies sample columns of equal length.
     *
     * @throws IllegalArgumentException when the columns differ in length
     */
    public CounterSeries(String family, LabelSet labels, long[] wallUs, double[] values) {
        this(family, labels, wallUs.clone(), values.clone(), true);
        if (wallUs.length != values.length) {
            throw new IllegalArgumentException("columns differ in length: wallUs " + wallUs.length
                    + ", values " + values.length);
        }
    }

    /** Takes ownership of exactly-sized columns (a {@link Builder}'s). */
    private CounterSeries(String family, LabelSet labels, long[] wallUs, double[] values, boolean owned) {
        this.family = Objects.requireNonNull(family, "family");
        this.labels = Objects.requireNonNull(labels, "labels");
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

    /** Bytes the series' sample columns hold on the heap: 16 per sample. */
    public long retainedBytes() {
        return 8L * wallUs.length + 8L * values.length;
    }

    @Override
    public String toString() {
        return family + labels + " (" + wallUs.length + " samples)";
    }

    /**
     * Collects one series' samples in file order and builds its {@link CounterSeries}.
     *
     * <pre>{@code
     * CounterSeries nacks = new CounterSeries.Builder("livekit_nack_total", LabelSet.empty())
     *         .add(1_000_000, 0).add(2_000_000, 12).build();
     * }</pre>
     */
    public static final class Builder {

        private final String family;
        private final LabelSet labels;
        private long[] wallUs = new long[8];
        private double[] values = new double[8];
        private int size;

        /** A builder for the series {@code family{labels}}. */
        public Builder(String family, LabelSet labels) {
            this.family = Objects.requireNonNull(family, "family");
            this.labels = Objects.requireNonNull(labels, "labels");
        }

        /** Adds a sample. */
        public Builder add(long wallUs, double value) {
            if (size == this.wallUs.length) {
                int capacity = size + Math.max(8, size / 2);
                this.wallUs = Arrays.copyOf(this.wallUs, capacity);
                this.values = Arrays.copyOf(this.values, capacity);
            }
            this.wallUs[size] = wallUs;
            this.values[size] = value;
            size++;
            return this;
        }

        /** Builds the series with exactly-sized columns; the builder must not be used afterwards. */
        public CounterSeries build() {
            CounterSeries series = new CounterSeries(family, labels, Arrays.copyOf(wallUs, size),
                    Arrays.copyOf(values, size), true);
            wallUs = null;
            values = null;
            return series;
        }
    }
}
