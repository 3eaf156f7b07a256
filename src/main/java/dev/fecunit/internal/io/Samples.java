package dev.fecunit.internal.io;

import java.util.Objects;

/**
 * The samples of one series ({@code family{labels}}) of {@code prom.tsv} as read, in file order: poll times
 * and the values' bits as columns. {@code dev.fecunit.CounterSeries} takes them over.
 *
 * @param family    the metric family, e.g. {@code livekit_nack_total}
 * @param labels    the series' labels
 * @param wallUs    each sample's poll time, wall-clock microseconds
 * @param valueBits each sample's value, as {@link Double#doubleToRawLongBits} bits
 */
public record Samples(String family, Labels labels, LongColumn wallUs, LongColumn valueBits) {

    /** Number of samples. */
    public int size() {
        return wallUs.size();
    }

    /** Poll time of sample {@code i}. */
    public long wallUs(int i) {
        return wallUs.get(Objects.checkIndex(i, wallUs.size()));
    }

    /** Value of sample {@code i}. */
    public double value(int i) {
        return Double.longBitsToDouble(valueBits.get(Objects.checkIndex(i, valueBits.size())));
    }

    /** Collects one series' samples in file order. */
    public static final class Builder {

        private final String family;
        private final Labels labels;
        private LongColumn wallUs = new LongColumn();
        private LongColumn values = new LongColumn();

        /** A builder for the series {@code family{labels}}. */
        public Builder(String family, Labels labels) {
            this.family = Objects.requireNonNull(family, "family");
            this.labels = Objects.requireNonNull(labels, "labels");
        }

        /** Adds a sample. */
        public Builder add(long wallUs, double value) {
            this.wallUs.add(wallUs);
            this.values.add(Double.doubleToRawLongBits(value));
            return this;
        }

        /** The samples; the builder must not be used afterwards. */
        public Samples build() {
            Samples samples = new Samples(family, labels, wallUs.trimmed(), values.trimmed());
            wallUs = null;
            values = null;
            return samples;
        }
    }
}
