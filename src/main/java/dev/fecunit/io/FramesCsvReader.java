package dev.fecunit.io;

import dev.fecunit.Diagnostic;
import dev.fecunit.Frames;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads {@code frames.csv}: one row per frame the subscriber received, header
 * {@code recv_wall_us,frame_id,user_timestamp_us,width,height} (columns found by name).
 *
 * <p>Rows whose field count differs from the header's are malformed and skipped (a half-written
 * last line must not reach the latency figures); rows with an unparsable number are skipped;
 * rows outside the measurement window are warm-up and not kept. Every skipped row is a
 * {@link Diagnostic}.
 *
 * <p>Apache Commons CSV defines the dialect: it reads the header, and the whole file whenever it
 * holds a quote character. The harness writes plain integer rows without quotes; those are split
 * at commas directly from the bytes, which gives the same fields several times faster in a cold
 * JVM (the CLI's case: a 60-minute run has over 100k rows).
 */
final class FramesCsvReader {

    static final String FILE = "frames.csv";

    /**
     * The dialect, in a holder class: Commons CSV (with the Commons IO classes it builds on) is
     * loaded only when a file needs it, which saves tens of milliseconds in a fresh JVM.
     */
    private static final class Dialect {
        static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
    }

    private FramesCsvReader() {
    }

    /** Parses the bytes of {@code frames.csv} (UTF-8), keeping rows received inside {@code [windowStartUs, windowEndUs]}. */
    static Frames parse(byte[] bytes, long windowStartUs, long windowEndUs, List<Diagnostic> diagnostics) {
        // A harness row is 45-50 bytes: columns sized for the whole file need no regrowing.
        Rows rows = new Rows(windowStartUs, windowEndUs, diagnostics, bytes.length / 40 + 16);
        if (Bytes.indexOf(bytes, (byte) '"', 0, bytes.length) >= 0) {
            parseWithCommonsCsv(new String(bytes, StandardCharsets.UTF_8), rows);
        } else {
            parsePlain(bytes, rows);
        }
        return rows.columns.toFrames(diagnostics);
    }

    /** The general path: any RFC 4180 file, quotes included. */
    private static void parseWithCommonsCsv(String text, Rows rows) {
        LineIndex lines = new LineIndex(text);
        boolean lastLineCut = TextLines.lastLineUnterminated(text);
        long lastLine = lines.lineOf(Math.max(0, text.length() - 1));
        try (CSVParser parser = CSVParser.parse(new StringReader(text), Dialect.FORMAT)) {
            if (!rows.setHeader(parser.getHeaderMap(), parser.getHeaderNames().size())) {
                return;
            }
            String[] fields = new String[0];
            for (CSVRecord record : parser) {
                long line = lines.lineOf(record.getCharacterPosition());
                if (fields.length != record.size()) {
                    fields = new String[record.size()];
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = record.get(i);
                }
                rows.add(line, fields, lastLineCut && line == lastLine);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The harness's case: no quotes anywhere, so a row's fields are the text between commas. */
    private static void parsePlain(byte[] bytes, Rows rows) {
        int n = bytes.length;
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0; // a UTF-8 byte order mark is not part of the header
        long line = 0;
        boolean headerSeen = false;
        while (start < n) {
            int end = start;
            while (end < n && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            line++;
            if (end > start) {
                if (!headerSeen) {
                    headerSeen = true;
                    String header = new String(bytes, start, end - start, StandardCharsets.UTF_8);
                    if (!readHeader(header, rows)) {
                        return;
                    }
                } else {
                    rows.addPlain(bytes, start, end, line, end == n);
                }
            }
            start = end + 1 < n && bytes[end] == '\r' && bytes[end + 1] == '\n' ? end + 2 : end + 1;
        }
    }

    private static boolean readHeader(String header, Rows rows) {
        Map<String, Integer> plain = plainHeader(header);
        if (plain != null) {
            return rows.setHeader(plain, plain.size());
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(header + "\n"), Dialect.FORMAT)) {
            return rows.setHeader(parser.getHeaderMap(), parser.getHeaderNames().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /**
     * The columns of a header of distinct plain names (ASCII letters, digits, {@code _}), as the
     * harness writes it; null for anything else (spaces, empty or repeated names, other
     * characters), which Commons CSV reads. For such a header Commons CSV's map is exactly each
     * name to its position.
     */
    static Map<String, Integer> plainHeader(String header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        int from = 0;
        while (true) {
            int comma = header.indexOf(',', from);
            int to = comma < 0 ? header.length() : comma;
            if (to == from) {
                return null;
            }
            for (int i = from; i < to; i++) {
                char c = header.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                    return null;
                }
            }
            if (columns.putIfAbsent(header.substring(from, to), columns.size()) != null) {
                return null;
            }
            if (comma < 0) {
                return columns;
            }
            from = comma + 1;
        }
    }

    /** Turns rows into columns, checking field counts and numbers, keeping the window. */
    private static final class Rows {
        final long windowStartUs;
        final long windowEndUs;
        final List<Diagnostic> diagnostics;
        final Columns columns;
        int fieldCount;
        int recvCol = -1;
        int idCol = -1;
        int captureCol = -1;
        int widthCol = -1;
        int heightCol = -1;
        long[] plainValues;
        int[] fieldStart;
        int[] fieldEnd;
        int[] columnsRead;

        Rows(long windowStartUs, long windowEndUs, List<Diagnostic> diagnostics, int expectedRows) {
            this.columns = new Columns(expectedRows);
            this.windowStartUs = windowStartUs;
            this.windowEndUs = windowEndUs;
            this.diagnostics = diagnostics;
        }

        /** Maps the columns by name; false (with a diagnostic) when no frame can be placed in time. */
        boolean setHeader(Map<String, Integer> header, int fields) {
            Integer recv = header.get("recv_wall_us");
            if (recv == null) {
                diagnostics.add(new Diagnostic(FILE, 1, "the header has no recv_wall_us column, so no frame"
                        + " can be placed in time; expected recv_wall_us,frame_id,user_timestamp_us,width,height"));
                return false;
            }
            fieldCount = fields;
            recvCol = recv;
            idCol = header.getOrDefault("frame_id", -1);
            captureCol = header.getOrDefault("user_timestamp_us", -1);
            widthCol = header.getOrDefault("width", -1);
            heightCol = header.getOrDefault("height", -1);
            plainValues = new long[fields];
            fieldStart = new int[fields];
            fieldEnd = new int[fields];
            int[] read = new int[5];
            int n = 0;
            for (int col : new int[] {recvCol, idCol, captureCol, widthCol, heightCol}) {
                if (col >= 0) {
                    read[n++] = col;
                }
            }
            columnsRead = Arrays.copyOf(read, n);
            return true;
        }

        /** A row from Commons CSV. */
        void add(long line, String[] fields, boolean lastLineCut) {
            if (fields.length != fieldCount) {
                wrongFieldCount(line, fields.length, lastLineCut);
                return;
            }
            try {
                columns.add(line, windowStartUs, windowEndUs,
                        parseLong(fields[recvCol]), optional(fields, idCol), optional(fields, captureCol),
                        dimension(optional(fields, widthCol)), dimension(optional(fields, heightCol)));
            } catch (NumberFormatException e) {
                notAnInteger(line, e);
            }
        }

        /** A row of a file without quotes: fields are split and parsed straight from the bytes. */
        void addPlain(byte[] bytes, int start, int end, long line, boolean lastLineCut) {
            int fields = 0;
            int fieldFrom = start;
            for (int i = start; i <= end; i++) {
                if (i == end || bytes[i] == ',') {
                    if (fields < fieldStart.length) {
                        fieldStart[fields] = fieldFrom;
                        fieldEnd[fields] = i;
                    }
                    fields++;
                    fieldFrom = i + 1;
                }
            }
            if (fields != fieldCount) {
                wrongFieldCount(line, fields, lastLineCut);
                return;
            }
            for (int col : columnsRead) {
                long value = Bytes.digits(bytes, fieldStart[col], fieldEnd[col]);
                if (value == Bytes.NOT_DIGITS) {
                    String raw = new String(bytes, fieldStart[col], fieldEnd[col] - fieldStart[col],
                            StandardCharsets.UTF_8);
                    try {
                        value = raw.isEmpty() ? Frames.MISSING : parseLong(raw);
                    } catch (NumberFormatException e) {
                        notAnInteger(line, e);
                        return;
                    }
                }
                plainValues[col] = value;
            }
            long recv = plainValues[recvCol];
            if (recv == Frames.MISSING) {
                notAnInteger(line, new NumberFormatException("\"\""));
                return;
            }
            columns.add(line, windowStartUs, windowEndUs, recv,
                    idCol < 0 ? Frames.MISSING : plainValues[idCol],
                    captureCol < 0 ? Frames.MISSING : plainValues[captureCol],
                    widthCol < 0 ? 0 : dimension(plainValues[widthCol]),
                    heightCol < 0 ? 0 : dimension(plainValues[heightCol]));
        }

        private void wrongFieldCount(long line, int fields, boolean lastLineCut) {
            diagnostics.add(new Diagnostic(FILE, line, "row has " + fields + " fields but the header has "
                    + fieldCount + (lastLineCut ? " (half-written last line)" : "") + "; row skipped"));
        }

        private void notAnInteger(long line, NumberFormatException e) {
            diagnostics.add(new Diagnostic(FILE, line, "row has a field that is not an integer ("
                    + e.getMessage() + "); row skipped"));
        }

        private static long optional(String[] fields, int col) {
            if (col < 0) {
                return Frames.MISSING;
            }
            return fields[col].isEmpty() ? Frames.MISSING : parseLong(fields[col]);
        }

        private static int dimension(long value) {
            return value == Frames.MISSING ? 0 : (int) Math.max(0, Math.min(Integer.MAX_VALUE, value));
        }
    }



    /** An integer field as Python's {@code int()} reads it (surrounding whitespace allowed). */
    private static long parseLong(String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new NumberFormatException(Texts.quote(raw));
        }
    }

    /** Growable primitive columns; rows are sorted by receive time once, at the end. */
    private static final class Columns {
        private long[] recv;
        private long[] id;
        private long[] capture;
        private int[] width;
        private int[] height;
        private long[] line;
        private int size;

        Columns(int capacity) {
            recv = new long[capacity];
            id = new long[capacity];
            capture = new long[capacity];
            width = new int[capacity];
            height = new int[capacity];
            line = new long[capacity];
        }

        void add(long l, long windowStartUs, long windowEndUs, long r, long i, long c, int w, int h) {
            if (r < windowStartUs || r > windowEndUs) {
                return;
            }
            if (size == recv.length) {
                int grown = size * 2;
                recv = Arrays.copyOf(recv, grown);
                id = Arrays.copyOf(id, grown);
                capture = Arrays.copyOf(capture, grown);
                width = Arrays.copyOf(width, grown);
                height = Arrays.copyOf(height, grown);
                line = Arrays.copyOf(line, grown);
            }
            recv[size] = r;
            id[size] = i;
            capture[size] = c;
            width[size] = w;
            height[size] = h;
            line[size] = l;
            size++;
        }

        Frames toFrames(List<Diagnostic> diagnostics) {
            trim();
            if (!sortedByReceiveTime()) {
                sortByReceiveTime();
            }
            noteIdsOutOfOrder(diagnostics);
            return new Frames(recv, id, capture, width, height);
        }

        private void trim() {
            recv = Arrays.copyOf(recv, size);
            id = Arrays.copyOf(id, size);
            capture = Arrays.copyOf(capture, size);
            width = Arrays.copyOf(width, size);
            height = Arrays.copyOf(height, size);
            line = Arrays.copyOf(line, size);
        }

        private boolean sortedByReceiveTime() {
            for (int i = 1; i < size; i++) {
                if (recv[i] < recv[i - 1]) {
                    return false;
                }
            }
            return true;
        }

        /** Stable sort of all columns by receive time, as the seed's {@code list.sort}. */
        private void sortByReceiveTime() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingLong(i -> recv[i]));
            long[] r = new long[size];
            long[] d = new long[size];
            long[] c = new long[size];
            int[] w = new int[size];
            int[] h = new int[size];
            long[] l = new long[size];
            for (int k = 0; k < size; k++) {
                int i = order[k];
                r[k] = recv[i];
                d[k] = id[i];
                c[k] = capture[i];
                w[k] = width[i];
                h[k] = height[i];
                l[k] = line[i];
            }
            recv = r;
            id = d;
            capture = c;
            width = w;
            height = h;
            line = l;
        }

        /**
         * Notes rows whose frame id is not above every id received before them: duplicated or
         * reordered rows, which the seed would count as lost frames and fecunit does not.
         */
        private void noteIdsOutOfOrder(List<Diagnostic> diagnostics) {
            long highest = Long.MIN_VALUE;
            for (int i = 0; i < size; i++) {
                if (id[i] == Frames.MISSING) {
                    continue;
                }
                if (highest != Long.MIN_VALUE && id[i] <= highest) {
                    diagnostics.add(new Diagnostic(FILE, line[i], "frame " + id[i] + " was received after frame "
                            + highest + " (a duplicated or reordered row); frame loss counts distinct ids,"
                            + " so it is not a loss"));
                }
                highest = Math.max(highest, id[i]);
            }
        }
    }
}
