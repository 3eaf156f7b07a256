package dev.fecunit.internal.io;

import dev.fecunit.internal.format.NumberText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code prom.tsv}: {@code wall_us<TAB>metric{labels}<TAB>value}, one line per series per
 * poll of the SFU's Prometheus endpoint.
 *
 * <p>Label values may hold commas, braces and escaped quotes ({@code \"}, {@code \\}, {@code \n});
 * values use the exposition format's numbers ({@link PrometheusNumbers}). The file is read line by
 * line through a fixed buffer. A line with the wrong field count, a malformed metric, an unparsable
 * number, a NUL byte or more than {@value #MAX_LINE_BYTES} bytes is skipped with a {@link Finding};
 * so is a last line without a line end (the poller was cut mid-write, so its value may be
 * truncated), and a sample no figure can use (not finite, or a counter below zero or beyond
 * 2^53). A counter ({@code *_total}) that drops is noted as a reset.
 */
final class PromTsvReader {

    static final String FILE = "prom.tsv";

    private PromTsvReader() {
    }

    /** Longer lines are skipped unread: a harness line is under 300 bytes. */
    static final int MAX_LINE_BYTES = 64 * 1024;

    /** The bytes the fast path wants in the buffer before it looks at a line: a harness line and more. */
    private static final int FAST_PATH_BYTES = 4096;

    /** 10^0 .. 10^22: the powers of ten a double holds exactly. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22,
    };

    /**
     * The largest counter value taken as a count: above 2^53 a double no longer holds every
     * integer, so increments are no longer exact (no harness counter gets near it).
     */
    static final double MAX_COUNT = 0x1p53;

    /** Reads {@code prom.tsv} from {@code in} (UTF-8), through a fixed buffer. */
    static List<Samples> read(InputStream in, List<Finding> diagnostics) throws IOException {
        Lines lines = new Lines(diagnostics);
        new LineReader(in, MAX_LINE_BYTES).readAll(lines);
        return lines.series();
    }

    /** Parses lines of one file; the series seen so far are found by the bytes of their metric text. */
    private static final class Lines implements LineReader.Lines {
        private final List<Finding> diagnostics;
        private final Map<SeriesKey, SeriesBuilder> byKey = new LinkedHashMap<>();
        private final MetricTexts metricTexts = new MetricTexts();

        Lines(List<Finding> diagnostics) {
            this.diagnostics = diagnostics;
        }

        List<Samples> series() {
            List<Samples> series = new ArrayList<>(byKey.size());
            for (SeriesBuilder b : byKey.values()) {
                series.add(b.build());
            }
            return series;
        }

        /**
         * The fast path for the line every poll writes: {@code digits<TAB>metric<TAB>digits\n} whose
         * metric is the one that followed the last line's in earlier polls. Reads it straight from
         * the buffer in one pass and returns true; for anything else returns false having read
         * nothing, and the line goes the general way ({@link #line}), which gives it the same
         * figures.
         */
        @Override
        public boolean fastLine(LineReader reader) throws IOException {
            MetricTexts.Entry guess = metricTexts.guess();
            if (guess == null || guess.series == null) {
                return false;
            }
            reader.prefetch(FAST_PATH_BYTES);
            byte[] b = reader.bytes();
            int start = reader.unread();
            int limit = reader.limit();
            int i = start;
            long wallUs = 0;
            for (int end = Math.min(limit, start + 18); i < end; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                wallUs = wallUs * 10 + d;
            }
            if (i == start || i >= limit || b[i] != '\t') {
                return false;
            }
            int metricFrom = i + 1;
            int metricTo = metricFrom + guess.text.length;
            if (metricTo >= limit || b[metricTo] != '\t'
                    || !Arrays.equals(guess.text, 0, guess.text.length, b, metricFrom, metricTo)) {
                return false;
            }
            int valueFrom = metricTo + 1;
            i = valueFrom;
            long digits = 0;
            for (int end = Math.min(limit, valueFrom + 18); i < end; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                digits = digits * 10 + d;
            }
            if (i == valueFrom || i >= limit) {
                return false;
            }
            double value;
            if (b[i] == '\n') {
                value = digits;
            } else {
                // the Go client writes counters from 10^6 up as 1.000208e+06
                int valueEnd = decimalEnd(b, valueFrom, i, limit);
                if (valueEnd < 0 || valueEnd >= limit || b[valueEnd] != '\n') {
                    return false;
                }
                value = decimalValue;
                i = valueEnd;
            }
            if (i - start > MAX_LINE_BYTES) {
                return false;
            }
            reader.takeLine(i);
            metricTexts.found(guess);
            guess.series.add(wallUs, value, reader.number(), diagnostics);
            return true;
        }

        /** The value {@link #decimalEnd} read. */
        private double decimalValue;

        /**
         * Reads {@code digits[.digits][e[+-]digits]} starting at {@code from} (the integer digits
         * end at {@code intEnd}) into {@link #decimalValue} when it has at most 15 digits and a
         * power of ten within 10^±22, so that one multiplication or division of two exact doubles
         * gives the correctly rounded value, the very double {@link Double#parseDouble} gives
         * (Clinger's fast path). Returns where the number ends, or -1 for anything else.
         */
        private int decimalEnd(byte[] b, int from, int intEnd, int limit) {
            int i = intEnd;
            long mantissa = 0;
            for (int j = from; j < intEnd; j++) {
                mantissa = mantissa * 10 + (b[j] - '0');
            }
            int fractionDigits = 0;
            if (b[i] == '.') {
                i++;
                for (; i < limit; i++) {
                    int d = b[i] - '0';
                    if (d < 0 || d > 9) {
                        break;
                    }
                    mantissa = mantissa * 10 + d;
                    fractionDigits++;
                    if (fractionDigits > 15) {
                        return -1;
                    }
                }
                if (fractionDigits == 0) {
                    return -1;
                }
            }
            if ((intEnd - from) + fractionDigits > 15) {
                return -1;
            }
            int exponent = 0;
            if (i < limit && (b[i] == 'e' || b[i] == 'E')) {
                i++;
                boolean negative = false;
                if (i < limit && (b[i] == '+' || b[i] == '-')) {
                    negative = b[i] == '-';
                    i++;
                }
                int expFrom = i;
                for (; i < limit && i - expFrom < 4; i++) {
                    int d = b[i] - '0';
                    if (d < 0 || d > 9) {
                        break;
                    }
                    exponent = exponent * 10 + d;
                }
                if (i == expFrom || i - expFrom > 3) {
                    return -1;
                }
                exponent = negative ? -exponent : exponent;
            }
            int scale = exponent - fractionDigits;
            if (scale > 22 || scale < -22) {
                return -1;
            }
            decimalValue = scale >= 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
            return i;
        }

        @Override
        public void tooLong(long lineNumber, long length) {
            diagnostics.add(LineReader.tooLongLine(FILE, lineNumber, length, "Prometheus sample"));
        }

        @Override
        public void line(byte[] bytes, int start, int end, long lineNumber, boolean terminated) {
            if (start == end) {
                return; // an empty line holds no sample
            }
            int tab1 = Bytes.indexOf(bytes, (byte) '\t', start, end);
            int tab2 = tab1 < 0 ? -1 : Bytes.indexOf(bytes, (byte) '\t', tab1 + 1, end);
            int tab3 = tab2 < 0 ? -1 : Bytes.indexOf(bytes, (byte) '\t', tab2 + 1, end);
            if (tab1 < 0 || tab2 < 0 || tab3 >= 0) {
                String fields = tab1 < 0 ? "1" : tab2 < 0 ? "2" : "more than 3";
                diagnostics.add(new Finding(FILE, lineNumber, fields
                        + " tab-separated fields, expected 3 (wall_us, metric, value)"
                        + (terminated ? "" : " (half-written last line)") + "; line skipped"));
                return;
            }
            if (!terminated) {
                diagnostics.add(new Finding(FILE, lineNumber,
                        "last line has no line end (half-written, its value may be cut); line skipped"));
                return;
            }
            if (Bytes.indexOf(bytes, (byte) 0, start, end) >= 0) {
                diagnostics.add(new Finding(FILE, lineNumber,
                        "line holds a NUL byte (a file overwritten or cut by a crash); line skipped"));
                return;
            }
            long wallUs = Bytes.digits(bytes, start, tab1);
            if (wallUs == Bytes.NOT_DIGITS) {
                String wallText = text(bytes, start, tab1);
                try {
                    wallUs = Long.parseLong(wallText.strip());
                } catch (NumberFormatException e) {
                    diagnostics.add(new Finding(FILE, lineNumber, "wall_us is not an integer: "
                            + Texts.quote(wallText) + "; line skipped"));
                    return;
                }
            }
            double value;
            long plain = Bytes.digits(bytes, tab2 + 1, end);
            if (plain != Bytes.NOT_DIGITS) {
                value = plain;
            } else {
                String valueText = text(bytes, tab2 + 1, end);
                try {
                    value = PrometheusNumbers.parse(valueText);
                } catch (NumberFormatException e) {
                    diagnostics.add(new Finding(FILE, lineNumber, "value is not a Prometheus number: "
                            + Texts.quote(valueText) + "; line skipped"));
                    return;
                }
            }
            SeriesBuilder series = seriesOf(bytes, tab1 + 1, tab2, lineNumber);
            if (series != null) {
                series.add(wallUs, value, lineNumber, diagnostics);
            }
        }

        /** The series of the metric text {@code bytes[from, to)}, parsed once per distinct text. */
        private SeriesBuilder seriesOf(byte[] bytes, int from, int to, long lineNumber) {
            MetricTexts.Entry known = metricTexts.find(bytes, from, to);
            if (known == null) {
                String metricText = text(bytes, from, to);
                SeriesBuilder series = null;
                String problem = null;
                if (!Utf8.isValid(bytes, from, to)) {
                    problem = "metric is not valid UTF-8";
                } else {
                    try {
                        series = byKey.computeIfAbsent(MetricParser.parse(metricText), SeriesBuilder::new);
                    } catch (IllegalArgumentException e) {
                        problem = "malformed metric " + Texts.quote(metricText) + " (" + e.getMessage() + ")";
                    }
                }
                known = metricTexts.add(bytes, from, to, series, problem);
            }
            if (known.series == null) {
                diagnostics.add(new Finding(FILE, lineNumber, known.problem + "; line skipped"));
            }
            return known.series;
        }

        private static String text(byte[] bytes, int from, int to) {
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
    }

    /**
     * The metric texts seen so far, found by hashing their bytes: one look-up per line whatever the
     * number of series (a linear search made 50,000 series take seconds). A text that is not a
     * metric is remembered with its problem, so it is parsed once too.
     */
    private static final class MetricTexts {

        static final class Entry {
            final byte[] text;
            final int hash;
            final SeriesBuilder series;
            final String problem;
            Entry next; // the text seen first after this one: where the next line of a poll usually is

            Entry(byte[] text, int hash, SeriesBuilder series, String problem) {
                this.text = text;
                this.hash = hash;
                this.series = series;
                this.problem = problem;
            }
        }

        private Entry[] table = new Entry[64];
        private int size;
        private Entry last;
        private Entry first;
        private Entry newest;

        /** The text most likely on the next line: the one seen after the last one found, in the first poll. */
        Entry guess() {
            return last == null ? null : last.next != null ? last.next : first;
        }

        /** Notes that the next line's text was {@code entry} (found by {@link #guess()}). */
        void found(Entry entry) {
            last = entry;
        }

        Entry find(byte[] bytes, int from, int to) {
            // Each poll lists the series in the same order: the text after the last one found is tried first.
            Entry guess = guess();
            if (guess != null && Arrays.equals(guess.text, 0, guess.text.length, bytes, from, to)) {
                last = guess;
                return guess;
            }
            int hash = hash(bytes, from, to);
            int mask = table.length - 1;
            for (int i = hash & mask; table[i] != null; i = (i + 1) & mask) {
                Entry e = table[i];
                if (e.hash == hash && Arrays.equals(e.text, 0, e.text.length, bytes, from, to)) {
                    last = e;
                    return e;
                }
            }
            return null;
        }

        Entry add(byte[] bytes, int from, int to, SeriesBuilder series, String problem) {
            if (2 * (size + 1) > table.length) {
                rehash();
            }
            Entry entry = new Entry(Arrays.copyOfRange(bytes, from, to), hash(bytes, from, to), series, problem);
            insert(table, entry);
            size++;
            if (newest == null) {
                first = entry;
            } else {
                newest.next = entry;
            }
            newest = entry;
            last = entry;
            return entry;
        }

        private void rehash() {
            Entry[] bigger = new Entry[table.length * 2];
            for (Entry e : table) {
                if (e != null) {
                    insert(bigger, e);
                }
            }
            table = bigger;
        }

        private static void insert(Entry[] into, Entry entry) {
            int mask = into.length - 1;
            int i = entry.hash & mask;
            while (into[i] != null) {
                i = (i + 1) & mask;
            }
            into[i] = entry;
        }

        private static int hash(byte[] bytes, int from, int to) {
            int h = 1;
            for (int i = from; i < to; i++) {
                h = 31 * h + bytes[i];
            }
            return h ^ (h >>> 16);
        }
    }

    /** A series' identity: family name and label set. */
    record SeriesKey(String family, Labels labels) {
        // Written out: a record's generated equals and hashCode are linked through invokedynamic on
        // first use, which cost every command ~25 ms of CPU while its runs were loading.
        @Override
        public boolean equals(Object o) {
            return o instanceof SeriesKey other && family.equals(other.family) && labels.equals(other.labels);
        }

        @Override
        public int hashCode() {
            return 31 * family.hashCode() + labels.hashCode();
        }
    }

    /** Parses {@code name{label="value",...}} with the exposition format's escapes. */
    static final class MetricParser {

        private MetricParser() {
        }

        static SeriesKey parse(String text) {
            String s = text.strip();
            int i = 0;
            int n = s.length();
            while (i < n && isNameChar(s.charAt(i))) {
                i++;
            }
            if (i == 0) {
                throw new IllegalArgumentException("no metric name");
            }
            String family = s.substring(0, i);
            if (i == n) {
                return new SeriesKey(family, Labels.none());
            }
            if (s.charAt(i) != '{' || s.charAt(n - 1) != '}') {
                throw new IllegalArgumentException("expected {labels} after the name");
            }
            Map<String, String> labels = new LinkedHashMap<>();
            i++;
            while (true) {
                while (i < n && s.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && s.charAt(i) == '}') {
                    if (i != n - 1) {
                        throw new IllegalArgumentException("text after the closing brace");
                    }
                    break;
                }
                int nameStart = i;
                while (i < n && isNameChar(s.charAt(i))) {
                    i++;
                }
                if (i == nameStart || i >= n || s.charAt(i) != '=') {
                    throw new IllegalArgumentException("expected label=\"value\" at column " + (i + 1));
                }
                String name = s.substring(nameStart, i);
                i++;
                if (i >= n || s.charAt(i) != '"') {
                    throw new IllegalArgumentException("label " + name + " has no quoted value");
                }
                i++;
                StringBuilder value = new StringBuilder();
                boolean closed = false;
                while (i < n) {
                    char c = s.charAt(i++);
                    if (c == '\\' && i < n) {
                        char e = s.charAt(i++);
                        value.append(e == 'n' ? '\n' : e);
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("label " + name + " has an unterminated value");
                }
                if (labels.put(name, value.toString()) != null) {
                    throw new IllegalArgumentException("label " + name + " appears twice");
                }
                while (i < n && s.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && s.charAt(i) == ',') {
                    i++;
                } else if (i >= n || s.charAt(i) != '}') {
                    throw new IllegalArgumentException("expected , or } after label " + name);
                }
            }
            return new SeriesKey(family, Labels.of(labels));
        }

        private static boolean isNameChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':';
        }
    }

    /**
     * Collects one series' samples and notes counter resets; leaves out, each with a diagnostic,
     * the samples no figure or chart can use: non-finite values, and counter values below zero or
     * beyond {@link #MAX_COUNT}.
     */
    private static final class SeriesBuilder {
        private final SeriesKey key;
        private final boolean counter;
        private final Samples.Builder samples;
        private double lastValue = Double.NaN;

        SeriesBuilder(SeriesKey key) {
            this.key = key;
            this.counter = key.family().endsWith("_total");
            this.samples = new Samples.Builder(key.family(), key.labels());
        }

        void add(long wall, double value, long lineNumber, List<Finding> diagnostics) {
            String what = counter ? "counter" : "series";
            if (!Double.isFinite(value)) {
                diagnostics.add(new Finding(FILE, lineNumber, what + " " + key.family() + key.labels()
                        + " is " + value + "; the sample is left out of figures and charts"));
                return;
            }
            if (counter && (value < 0 || value > MAX_COUNT)) {
                diagnostics.add(new Finding(FILE, lineNumber, "counter " + key.family() + key.labels()
                        + " is " + NumberText.shortest(value) + (value < 0 ? ", below zero" : ", beyond any count (2^53)")
                        + ", which no counter can be; the sample is left out of figures and charts"));
                return;
            }
            if (counter && value < lastValue) {
                diagnostics.add(new Finding(FILE, lineNumber, "counter " + key.family() + key.labels()
                        + " dropped from " + NumberText.shortest(lastValue) + " to " + NumberText.shortest(value)
                        + "; counted as a reset (the counter restarted from 0)"));
            }
            lastValue = value;
            samples.add(wall, value);
        }

        Samples build() {
            return samples.build();
        }
    }
}
