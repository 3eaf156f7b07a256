package dev.fecunit.io;

import dev.fecunit.format.NumberText;
import dev.fecunit.CounterSeries;
import dev.fecunit.Diagnostic;
import dev.fecunit.LabelSet;

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
 * values use the exposition format's numbers ({@link PrometheusNumbers}). A line with the wrong
 * field count, a malformed metric or an unparsable number is skipped with a {@link Diagnostic};
 * so is a last line without a line end (the poller was cut mid-write, so its value may be
 * truncated). A counter ({@code *_total}) that drops is noted as a reset.
 */
final class PromTsvReader {

    static final String FILE = "prom.tsv";

    private PromTsvReader() {
    }

    /** Parses the bytes of {@code prom.tsv} (UTF-8). */
    static List<CounterSeries> parse(byte[] bytes, List<Diagnostic> diagnostics) {
        Lines lines = new Lines(bytes, diagnostics);
        int n = bytes.length;
        int start = 0;
        long lineNumber = 0;
        while (start < n) {
            int end = start;
            while (end < n && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            lineNumber++;
            lines.parseLine(start, end, end < n, lineNumber);
            start = end + 1 < n && bytes[end] == '\r' && bytes[end + 1] == '\n' ? end + 2 : end + 1;
        }
        List<CounterSeries> series = new ArrayList<>(lines.byKey.size());
        for (SeriesBuilder b : lines.byKey.values()) {
            series.add(b.build());
        }
        return series;
    }

    /** Parses lines of one file; the series seen so far are found by the bytes of their metric text. */
    private static final class Lines {
        private final byte[] bytes;
        private final List<Diagnostic> diagnostics;
        private final Map<SeriesKey, SeriesBuilder> byKey = new LinkedHashMap<>();
        private byte[][] metricTexts = new byte[64][];
        private SeriesBuilder[] metricSeries = new SeriesBuilder[64];
        private int metricCount;
        private int nextGuess;

        Lines(byte[] bytes, List<Diagnostic> diagnostics) {
            this.bytes = bytes;
            this.diagnostics = diagnostics;
        }

        void parseLine(int start, int end, boolean terminated, long lineNumber) {
            if (start == end) {
                return; // an empty line holds no sample
            }
            int tab1 = Bytes.indexOf(bytes, (byte) '\t', start, end);
            int tab2 = tab1 < 0 ? -1 : Bytes.indexOf(bytes, (byte) '\t', tab1 + 1, end);
            int tab3 = tab2 < 0 ? -1 : Bytes.indexOf(bytes, (byte) '\t', tab2 + 1, end);
            if (tab1 < 0 || tab2 < 0 || tab3 >= 0) {
                String fields = tab1 < 0 ? "1" : tab2 < 0 ? "2" : "more than 3";
                diagnostics.add(new Diagnostic(FILE, lineNumber, fields
                        + " tab-separated fields, expected 3 (wall_us, metric, value)"
                        + (terminated ? "" : " (half-written last line)") + "; line skipped"));
                return;
            }
            if (!terminated) {
                diagnostics.add(new Diagnostic(FILE, lineNumber,
                        "last line has no line end (half-written, its value may be cut); line skipped"));
                return;
            }
            long wallUs = Bytes.digits(bytes, start, tab1);
            if (wallUs == Bytes.NOT_DIGITS) {
                String wallText = text(start, tab1);
                try {
                    wallUs = Long.parseLong(wallText.strip());
                } catch (NumberFormatException e) {
                    diagnostics.add(new Diagnostic(FILE, lineNumber, "wall_us is not an integer: "
                            + Texts.quote(wallText) + "; line skipped"));
                    return;
                }
            }
            double value;
            long plain = Bytes.digits(bytes, tab2 + 1, end);
            if (plain != Bytes.NOT_DIGITS) {
                value = plain;
            } else {
                String valueText = text(tab2 + 1, end);
                try {
                    value = PrometheusNumbers.parse(valueText);
                } catch (NumberFormatException e) {
                    diagnostics.add(new Diagnostic(FILE, lineNumber, "value is not a Prometheus number: "
                            + Texts.quote(valueText) + "; line skipped"));
                    return;
                }
            }
            SeriesBuilder series = seriesOf(tab1 + 1, tab2, lineNumber);
            if (series != null) {
                series.add(wallUs, value, lineNumber, diagnostics);
            }
        }

        /** The series of the metric text {@code bytes[from, to)}, parsed once per distinct text. */
        private SeriesBuilder seriesOf(int from, int to, long lineNumber) {
            // Each poll lists the series in the same order, so the one after the last match is tried first.
            for (int k = 0; k < metricCount; k++) {
                int i = (nextGuess + k) % metricCount;
                byte[] known = metricTexts[i];
                if (Arrays.equals(known, 0, known.length, bytes, from, to)) {
                    nextGuess = i + 1;
                    return metricSeries[i];
                }
            }
            String metricText = text(from, to);
            SeriesKey key;
            try {
                key = MetricParser.parse(metricText);
            } catch (IllegalArgumentException e) {
                diagnostics.add(new Diagnostic(FILE, lineNumber, "malformed metric " + Texts.quote(metricText)
                        + " (" + e.getMessage() + "); line skipped"));
                return null;
            }
            SeriesBuilder series = byKey.computeIfAbsent(key, SeriesBuilder::new);
            if (metricCount == metricTexts.length) {
                metricTexts = Arrays.copyOf(metricTexts, metricCount * 2);
                metricSeries = Arrays.copyOf(metricSeries, metricCount * 2);
            }
            metricTexts[metricCount] = Arrays.copyOfRange(bytes, from, to);
            metricSeries[metricCount] = series;
            metricCount++;
            return series;
        }

        private String text(int from, int to) {
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
    }




    /** A series' identity: family name and label set. */
    record SeriesKey(String family, LabelSet labels) {
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
                return new SeriesKey(family, LabelSet.empty());
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
            return new SeriesKey(family, LabelSet.of(labels));
        }

        private static boolean isNameChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':';
        }
    }

    /** Collects one series' samples and notes counter resets and non-finite values. */
    private static final class SeriesBuilder {
        private final SeriesKey key;
        private final boolean counter;
        private long[] wallUs = new long[64];
        private double[] values = new double[64];
        private int size;
        private double lastFinite = Double.NaN;

        SeriesBuilder(SeriesKey key) {
            this.key = key;
            this.counter = key.family().endsWith("_total");
        }

        void add(long wall, double value, long lineNumber, List<Diagnostic> diagnostics) {
            if (counter) {
                if (!Double.isFinite(value)) {
                    diagnostics.add(new Diagnostic(FILE, lineNumber, "counter " + key.family() + key.labels()
                            + " is " + value + "; counter figures skip this sample"));
                } else {
                    if (value < lastFinite) {
                        diagnostics.add(new Diagnostic(FILE, lineNumber, "counter " + key.family() + key.labels()
                                + " dropped from " + NumberText.shortest(lastFinite) + " to " + NumberText.shortest(value)
                                + "; counted as a reset (the counter restarted from 0)"));
                    }
                    lastFinite = value;
                }
            }
            if (size == wallUs.length) {
                wallUs = Arrays.copyOf(wallUs, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            wallUs[size] = wall;
            values[size] = value;
            size++;
        }

        CounterSeries build() {
            return new CounterSeries(key.family(), key.labels(), Arrays.copyOf(wallUs, size),
                    Arrays.copyOf(values, size));
        }
    }
}
