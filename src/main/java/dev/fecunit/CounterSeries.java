package dev.fecunit;

import dev.fecunit.internal.io.Labels;
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

    private final Samples samples;
    private final LabelSet labels;

    /**
     * Copies sample columns of equal length.
     *
     * @throws IllegalArgumentException when the columns differ in length
     */
    public CounterSeries(String family, LabelSet labels, long[] wallUs, double[] values) {
        this(family, labels, LongColumn.of(wallUs), bitsOf(values));
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

    private CounterSeries(String family, LabelSet labels, LongColumn wallUs, LongColumn values) {
        this(new Samples(Objects.requireNonNull(family, "family"),
                Labels.of(Objects.requireNonNull(labels, "labels").asMap()), wallUs, values), labels);
    }

    /** Reads through the samples read from {@code prom.tsv}, which nothing else holds. */
    CounterSeries(Samples samples) {
        this(samples, LabelSet.of(samples.labels()));
    }

    private CounterSeries(Samples samples, LabelSet labels) {
        this.samples = samples;
        this.labels = labels;
    }

    /** The metric family, e.g. {@code livekit_nack_total}. */
    public String family() {
        return samples.family();
    }

    /** The series' labels. */
    public LabelSet labels() {
        return labels;
    }

    /** Number of samples. */
    public int size() {
        return samples.size();
    }

    /** Poll time of sample {@code i}, wall-clock microseconds. */
    public long wallUs(int i) {
        return samples.wallUs(i);
    }

    /** Value of sample {@code i}. */
    public double value(int i) {
        return samples.value(i);
    }

    /** Bytes the series' sample columns hold on the heap: 16 per sample. */
    public long retainedBytes() {
        return samples.wallUs().retainedBytes() + samples.valueBits().retainedBytes();
    }

    @Override
    public String toString() {
        return samples.family() + labels + " (" + samples.size() + " samples)";
    }
}
