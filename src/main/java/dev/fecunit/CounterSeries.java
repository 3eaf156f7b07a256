package dev.fecunit;

import dev.fecunit.internal.io.LongColumn;
import dev.fecunit.internal.io.Samples;

import java.util.Objects;

/**
 * The samples of one Prometheus series ({@code family{labels}}) in {@code prom.tsv} order.
 *
 * <p>Values are finite Prometheus numbers: a reader leaves {@code NaN}, infinities and impossible
 * counter values out (each one a {@link Diagnostic}); what a counter figure makes of the values is
 * decided in {@code dev.fecunit.internal.analysis.CounterMath}. Instances are immutable: they keep no array a
 * caller holds.
 */
public final class CounterSeries {

    private final String family;
    private final LabelSet labels;
    private final LongColumn wallUs;
    private final LongColumn values; // the doubles' bits

    /**
     * Copies sample columns of equal length.
     *
     * @throws IllegalArgumentException when the columns differ in length
     */
    public CounterSeries(String family, LabelSet labels, long[] wallUs, double[] values) {
        this(family, labels, LongColumn.of(wallUs), bitsOf(values), true);
        if (wallUs.length != values.length) {
            throw new IllegalArgumentException("columns differ in length: wallUs " + wallUs.length
                    + ", values " + values.length);
        }
    }

    private static LongColumn bitsOf(double[] values) {
        LongColumn bits = new LongColumn();
        for (double v : values) {
            bits.add(Double.doubleToRawLongBits(v));
        }
        return bits.trimmed();
    }

    /** Takes over the samples read from {@code prom.tsv}, which nothing else holds. */
    CounterSeries(Samples samples) {
        this(samples.family(), LabelSet.of(samples.labels()), samples.wallUs(), samples.valueBits(), true);
    }

    private CounterSeries(String family, LabelSet labels, LongColumn wallUs, LongColumn values, boolean owned) {
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
        return wallUs.size();
    }

    /** Poll time of sample {@code i}, wall-clock microseconds. */
    public long wallUs(int i) {
        return wallUs.get(Objects.checkIndex(i, wallUs.size()));
    }

    /** Value of sample {@code i}. */
    public double value(int i) {
        return Double.longBitsToDouble(values.get(Objects.checkIndex(i, values.size())));
    }

    /** Bytes the series' sample columns hold on the heap: 16 per sample. */
    public long retainedBytes() {
        return wallUs.retainedBytes() + values.retainedBytes();
    }

    @Override
    public String toString() {
        return family + labels + " (" + wallUs.size() + " samples)";
    }
}
