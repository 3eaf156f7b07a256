package dev.fecunit.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code frames.csv}: one row per frame the subscriber received, header
 * {@code recv_wall_us,frame_id,user_timestamp_us,width,height} (columns found by name).
 *
 * <p>The file is read line by line through a fixed buffer, so its size costs no memory; only the
 * rows inside the measurement window are kept, as primitive columns ({@link FrameRows}). A
 * record is one line in the CSV dialect of RFC 4180 (fields may be quoted, {@code ""} inside quotes
 * is a quote). Every record that cannot be a frame is skipped with a {@link Finding} naming its
 * line, and the rest of the file is still read: a field count that differs from the header's (a
 * half-written last line must not reach the latency figures), a field that is not an integer, an
 * unbalanced quote, a NUL byte, bytes that are not UTF-8, a line longer than
 * {@value #MAX_LINE_BYTES} bytes. A file whose first line is a frame row has no header: its five
 * columns are read by position, and a diagnostic says so.
 */
final class FramesCsvReader {

    static final String FILE = "frames.csv";

    /** Longer lines are skipped unread: a harness row is about 50 bytes. */
    static final int MAX_LINE_BYTES = 64 * 1024;

    /** The harness's columns in the harness's order: a file without a header is read this way. */
    static final List<String> COLUMNS = List.of("recv_wall_us", "frame_id", "user_timestamp_us", "width", "height");

    private static final String HEADER = String.join(",", COLUMNS);

    /** A harness row is 45-50 bytes: columns sized from the file's length rarely need to grow. */
    private static final int ROW_BYTES = 44;

    /** The bytes the fast path wants in the buffer before it looks at a row: a harness row and more. */
    private static final int FAST_PATH_BYTES = 512;

    private FramesCsvReader() {
    }

    /**
     * Reads {@code frames.csv} from {@code in} ({@code fileBytes} long), keeping the rows received
     * inside {@code [windowStartUs, windowEndUs]}, sorted by receive time.
     */
    static Result read(InputStream in, long fileBytes, long windowStartUs, long windowEndUs,
                       List<Finding> diagnostics) throws IOException {
        int expectedRows = (int) Math.min(Integer.MAX_VALUE - 8, fileBytes / ROW_BYTES + 16);
        Rows rows = new Rows(windowStartUs, windowEndUs, diagnostics, expectedRows);
        new LineReader(in, MAX_LINE_BYTES).readAll(rows);
        rows.endOfFile();
        return new Result(rows);
    }

    /**
     * The rows kept, before the window is judged against them (see {@link MeasurementWindow}),
     * and the rows received after the window's end (tear-down, or stamped by a clock that jumped).
     */
    static final class Result {
        private final Rows rows;

        private Result(Rows rows) {
            this.rows = rows;
        }

        /** The result for a run without {@code frames.csv}. */
        static Result none() {
            return new Result(null);
        }

        /** Rows kept. */
        int size() {
            return rows == null ? 0 : rows.builder.size();
        }

        /** The earliest receive time kept; only when {@link #size()} is not 0. */
        long firstReceiveUs() {
            long first = Long.MAX_VALUE;
            for (int i = 0; i < size(); i++) {
                first = Math.min(first, rows.builder.receiveUs(i));
            }
            return first;
        }

        /** The latest receive time kept; only when {@link #size()} is not 0. */
        long lastReceiveUs() {
            long last = Long.MIN_VALUE;
            for (int i = 0; i < size(); i++) {
                last = Math.max(last, rows.builder.receiveUs(i));
            }
            return last;
        }

        /** Rows kept that were received before {@code us}. */
        long rowsBefore(long us) {
            long n = 0;
            for (int i = 0; i < size(); i++) {
                if (rows.builder.receiveUs(i) < us) {
                    n++;
                }
            }
            return n;
        }

        /** The line of the earliest row received before {@code us} (the first in the file among them). */
        long firstLineBefore(long us) {
            for (int i = 0; i < size(); i++) {
                if (rows.builder.receiveUs(i) < us) {
                    return rows.keptLines.lineOf(i);
                }
            }
            return 0;
        }

        /** Rows received after the window's end: how many. */
        long rowsAfterEnd() {
            return rows == null ? 0 : rows.rowsAfterEnd;
        }

        /** The line of the first row received after the window's end. */
        long firstLineAfterEnd() {
            return rows == null ? 0 : rows.firstLineAfterEnd;
        }

        /** The frames received in {@code [fromUs, toUs]}, sorted; noting duplicated and reordered rows among them. */
        FrameTable frames(long fromUs, long toUs) {
            return rows == null ? FrameTable.empty() : rows.frames(fromUs, toUs);
        }
    }

    /** Field boundaries of one record; quoted fields' bounds exclude their quotes. */
    private static final class Fields {
        int count;
        int[] from = new int[8];
        int[] to = new int[8];

        /** Splits {@code bytes[start, end)}; false when a quote is unbalanced or followed by text. */
        boolean split(byte[] bytes, int start, int end) {
            count = 0;
            int i = start;
            while (true) {
                if (i < end && bytes[i] == '"') {
                    int close = closingQuote(bytes, i + 1, end);
                    if (close < 0 || close + 1 < end && bytes[close + 1] != ',') {
                        return false;
                    }
                    add(i + 1, close);
                    i = close + 1;
                } else {
                    int fieldFrom = i;
                    while (i < end && bytes[i] != ',') {
                        i++;
                    }
                    add(fieldFrom, i);
                }
                if (i >= end) {
                    return true;
                }
                i++; // past the comma: a field follows, empty when the comma ends the line
            }
        }

        /** The quote closing a field that opened before {@code from}, skipping doubled quotes; -1 if none. */
        private static int closingQuote(byte[] bytes, int from, int end) {
            for (int j = from; j < end; j++) {
                if (bytes[j] == '"') {
                    if (j + 1 < end && bytes[j + 1] == '"') {
                        j++;
                    } else {
                        return j;
                    }
                }
            }
            return -1;
        }

        private void add(int fieldFrom, int fieldTo) {
            if (count == from.length) {
                from = Arrays.copyOf(from, count * 2);
                to = Arrays.copyOf(to, count * 2);
            }
            from[count] = fieldFrom;
            to[count] = fieldTo;
            count++;
        }

        String text(byte[] bytes, int field) {
            return new String(bytes, from[field], to[field] - from[field], StandardCharsets.UTF_8);
        }
    }

    /** Turns records into rows: header first, then checks of each row, keeping the window. */
    private static final class Rows implements LineReader.Lines {
        final long windowStartUs;
        final long windowEndUs;
        final List<Finding> diagnostics;
        final FrameRows builder;
        final KeptLines keptLines = new KeptLines();
        final Fields fields = new Fields();
        boolean headerRead;
        long headerWithoutReceiveTime; // the line of a line of names without recv_wall_us, while undecided
        boolean positional;
        boolean done;
        int fieldCount;
        int recvCol = -1;
        int idCol = -1;
        int captureCol = -1;
        int widthCol = -1;
        int heightCol = -1;
        boolean harnessColumns; // the header is the harness's five columns in its order: rows may take the fast path
        final long[] fastValues = new long[5];
        long rowsAfterEnd;
        long firstLineAfterEnd;

        Rows(long windowStartUs, long windowEndUs, List<Finding> diagnostics, int expectedRows) {
            this.windowStartUs = windowStartUs;
            this.windowEndUs = windowEndUs;
            this.diagnostics = diagnostics;
            this.builder = new FrameRows(expectedRows);
        }

        @Override
        public boolean done() {
            return done;
        }

        @Override
        public void tooLong(long line, long length) {
            diagnostics.add(LineReader.tooLongLine(FILE, line, length, "frame row"));
        }

        /** One record of the file: the header, a frame row, or a line skipped with a diagnostic. */
        @Override
        public void line(byte[] bytes, int start, int end, long line, boolean terminated) {
            boolean cut = !terminated;
            if (line == 1 && end - start >= 3 && (bytes[start] & 0xff) == 0xef && (bytes[start + 1] & 0xff) == 0xbb
                    && (bytes[start + 2] & 0xff) == 0xbf) {
                start += 3; // a UTF-8 byte order mark is not part of the header
            }
            if (start == end) {
                return; // an empty line holds no record
            }
            String unreadable = unreadable(bytes, start, end);
            if (unreadable != null) {
                skip(line, unreadable + (cut ? " (half-written last line)" : "") + "; row skipped");
                return;
            }
            if (!fields.split(bytes, start, end)) {
                if (!headerRead) {
                    headerWithBrokenQuotes(bytes, start, end, line);
                } else {
                    skip(line, "row has an unbalanced quote or text after a closing quote"
                            + (cut ? " (half-written last line)" : "") + "; row skipped");
                }
                return;
            }
            if (!headerRead) {
                header(bytes, line);
                if (positional) {
                    row(bytes, line, cut); // no header: this first line is already a frame
                }
                return;
            }
            row(bytes, line, cut);
        }

        /** Why a record cannot be read at all (NUL bytes, not UTF-8), or null. */
        private static String unreadable(byte[] bytes, int start, int end) {
            boolean ascii = true;
            for (int i = start; i < end; i++) {
                byte b = bytes[i];
                if (b == 0) {
                    return "row holds a NUL byte (a file overwritten or cut by a crash)";
                }
                if (b < 0) {
                    ascii = false;
                }
            }
            if (!ascii && !Utf8.isValid(bytes, start, end)) {
                return "row is not valid UTF-8";
            }
            return null;
        }

        private void skip(long line, String why) {
            diagnostics.add(new Finding(FILE, line, why));
        }

        /** Reads the first record: the header, a frame row (no header), or neither (skipped). */
        private void header(byte[] bytes, long line) {
            List<String> names = new ArrayList<>(fields.count);
            for (int f = 0; f < fields.count; f++) {
                names.add(fields.text(bytes, f).strip());
            }
            if (names.contains("recv_wall_us")) {
                garbageBeforeHeader();
                useHeader(names, line);
                return;
            }
            if (isDataRow(bytes)) {
                headerRead = true;
                if (headerWithoutReceiveTime > 0) {
                    // a header of other names followed by rows: the rows cannot be read by position
                    noReceiveTime();
                    done = true;
                    return;
                }
                if (fields.count == COLUMNS.size()) {
                    skip(line, "the file has no header line (line " + line + " is a frame row); its five columns"
                            + " are read by position as " + HEADER);
                    useHeader(COLUMNS, line);
                    positional = true;
                } else {
                    skip(line, "the file has no header line (line " + line + " is a row of " + fields.count
                            + " numbers), and its rows do not have the five columns " + HEADER
                            + "; no frame can be read");
                    done = true;
                }
                return;
            }
            garbageBeforeHeader();
            if (names.stream().allMatch(FramesCsvReader::isPlainName)) {
                // a header without recv_wall_us, or a stray line before the header: the next line tells
                headerWithoutReceiveTime = line;
                return;
            }
            skip(line, "line is neither the header (" + HEADER + ") nor a frame row; line skipped");
        }

        /** A line of names before the header was a stray line. */
        private void garbageBeforeHeader() {
            if (headerWithoutReceiveTime > 0) {
                skip(headerWithoutReceiveTime, "line is neither the header (" + HEADER + ") nor a frame row; line skipped");
                headerWithoutReceiveTime = 0;
            }
        }

        private void noReceiveTime() {
            skip(headerWithoutReceiveTime, "the header has no recv_wall_us column, so no frame can be placed in time;"
                    + " expected " + HEADER);
            headerWithoutReceiveTime = 0;
        }

        /** At the end of the file: a header without recv_wall_us and nothing after it. */
        void endOfFile() {
            if (headerWithoutReceiveTime > 0) {
                noReceiveTime();
            }
        }

        /** A header whose quotes do not pair: its names are read with the quotes removed. */
        private void headerWithBrokenQuotes(byte[] bytes, int start, int end, long line) {
            String text = new String(bytes, start, end - start, StandardCharsets.UTF_8).replace("\"", "");
            List<String> names = new ArrayList<>();
            for (String name : text.split(",", -1)) {
                names.add(name.strip());
            }
            if (names.contains("recv_wall_us")) {
                garbageBeforeHeader();
                skip(line, "the header has an unbalanced quote; its column names are read without the quotes");
                useHeader(names, line);
            } else {
                skip(line, "line has an unbalanced quote and is not the header (" + HEADER + "); line skipped");
            }
        }

        private void useHeader(List<String> names, long line) {
            headerRead = true;
            fieldCount = names.size();
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                Integer first = columns.putIfAbsent(names.get(i), i);
                if (first != null && COLUMNS.contains(names.get(i))) {
                    skip(line, "the header names " + names.get(i) + " twice (columns " + (first + 1) + " and "
                            + (i + 1) + "); the first is read");
                }
            }
            recvCol = columns.get("recv_wall_us");
            idCol = columns.getOrDefault("frame_id", -1);
            captureCol = columns.getOrDefault("user_timestamp_us", -1);
            widthCol = columns.getOrDefault("width", -1);
            heightCol = columns.getOrDefault("height", -1);
            harnessColumns = fieldCount == 5 && recvCol == 0 && idCol == 1 && captureCol == 2 && widthCol == 3
                    && heightCol == 4;
        }

        /** Whether every field of the record is an integer or empty, and one at least is an integer. */
        private boolean isDataRow(byte[] bytes) {
            boolean any = false;
            for (int f = 0; f < fields.count; f++) {
                if (fields.from[f] == fields.to[f]) {
                    continue;
                }
                if (integer(bytes, f) == NOT_AN_INTEGER) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        private void row(byte[] bytes, long line, boolean cut) {
            if (fields.count != fieldCount) {
                skip(line, "row has " + fields.count + " fields but the header has " + fieldCount
                        + (cut ? " (half-written last line)" : "") + "; row skipped");
                return;
            }
            long recv = integer(bytes, recvCol);
            if (recv == NOT_AN_INTEGER || recv == FrameRows.MISSING) {
                notAnInteger(bytes, line, recvCol);
                return;
            }
            long id = FrameRows.MISSING;
            long capture = FrameRows.MISSING;
            long width = FrameRows.MISSING;
            long height = FrameRows.MISSING;
            if (idCol >= 0 && (id = integer(bytes, idCol)) == NOT_AN_INTEGER) {
                notAnInteger(bytes, line, idCol);
                return;
            }
            if (captureCol >= 0 && (capture = integer(bytes, captureCol)) == NOT_AN_INTEGER) {
                notAnInteger(bytes, line, captureCol);
                return;
            }
            if (widthCol >= 0 && (width = integer(bytes, widthCol)) == NOT_AN_INTEGER) {
                notAnInteger(bytes, line, widthCol);
                return;
            }
            if (heightCol >= 0 && (height = integer(bytes, heightCol)) == NOT_AN_INTEGER) {
                notAnInteger(bytes, line, heightCol);
                return;
            }
            keep(line, recv, id, capture, width, height);
        }

        /** Keeps a row received inside the window. */
        private void keep(long line, long recv, long id, long capture, long width, long height) {
            if (recv < windowStartUs || recv > windowEndUs) {
                if (recv > windowEndUs && rowsAfterEnd++ == 0) {
                    firstLineAfterEnd = line;
                }
                return; // warm-up or tear-down: not judged
            }
            keptLines.add(builder.size(), line);
            builder.add(recv, id, capture, dimension(width), dimension(height));
        }

        /**
         * The fast path for the row the harness writes, once the header is the harness's: five
         * runs of 1 to 18 digits separated by commas and ended by {@code \n}. Reads it straight
         * from the buffer in one pass and returns true; for anything else returns false having read
         * nothing, and the line goes the general way ({@link #line}), which keeps the same row.
         */
        @Override
        public boolean fastLine(LineReader reader) throws IOException {
            if (!harnessColumns) {
                return false;
            }
            reader.prefetch(FAST_PATH_BYTES);
            byte[] b = reader.bytes();
            int start = reader.unread();
            int limit = reader.limit();
            int i = start;
            long[] values = fastValues;
            for (int f = 0; f < 5; f++) {
                int from = i;
                long value = 0;
                for (int end = Math.min(limit, from + 18); i < end; i++) {
                    int d = b[i] - '0';
                    if (d < 0 || d > 9) {
                        break;
                    }
                    value = value * 10 + d;
                }
                if (i == from || i >= limit || b[i] != (f < 4 ? ',' : '\n')) {
                    return false;
                }
                values[f] = value;
                i++;
            }
            reader.takeLine(i - 1);
            keep(reader.number(), values[0], values[1], values[2], values[3], values[4]);
            return true;
        }

        private void notAnInteger(byte[] bytes, long line, int field) {
            String raw = fields.text(bytes, field);
            skip(line, "row has a field that is " + (isLong(raw) ? "out of the range of frame times and ids"
                    : "not an integer") + " (" + Texts.quote(raw) + "); row skipped");
        }

        /**
         * Field {@code f} as Python's {@code int()} reads it (surrounding whitespace allowed):
         * {@link FrameRows#MISSING} when empty, {@link #NOT_AN_INTEGER} when not an integer or out of range.
         */
        private long integer(byte[] bytes, int f) {
            int from = fields.from[f];
            int to = fields.to[f];
            long value = Bytes.digits(bytes, from, to);
            if (value != Bytes.NOT_DIGITS) {
                return value;
            }
            if (from == to) {
                return FrameRows.MISSING;
            }
            String raw = new String(bytes, from, to - from, StandardCharsets.UTF_8).strip();
            if (raw.isEmpty()) {
                return FrameRows.MISSING;
            }
            try {
                long parsed = Long.parseLong(raw);
                // Long.MIN_VALUE marks a missing value: a field holding it cannot be told from one
                return parsed == FrameRows.MISSING || parsed == NOT_AN_INTEGER ? NOT_AN_INTEGER : parsed;
            } catch (NumberFormatException e) {
                return NOT_AN_INTEGER;
            }
        }

        private static int dimension(long value) {
            return value == FrameRows.MISSING ? 0 : (int) Math.max(0, Math.min(Integer.MAX_VALUE, value));
        }

        FrameTable frames(long fromUs, long toUs) {
            int[] byTime = builder.receiveOrder();
            noteIdsOutOfOrder(byTime, fromUs, toUs);
            return builder.build(fromUs, toUs);
        }

        /**
         * Notes rows whose frame id is not above every id received before them: duplicated or
         * reordered rows, which the seed would count as lost frames and fecunit does not.
         */
        private void noteIdsOutOfOrder(int[] byTime, long fromUs, long toUs) {
            long highest = Long.MIN_VALUE;
            for (int row : byTime) {
                long id = builder.frameId(row);
                long recv = builder.receiveUs(row);
                if (id == FrameRows.MISSING || recv < fromUs || recv > toUs) {
                    continue;
                }
                if (highest != Long.MIN_VALUE && id <= highest) {
                    diagnostics.add(new Finding(FILE, keptLines.lineOf(row), "frame " + id
                            + " was received after frame " + highest + " (a duplicated or reordered row);"
                            + " frame loss counts distinct ids, so it is not a loss"));
                }
                highest = Math.max(highest, id);
            }
        }
    }

    /** Returned by {@link Rows#integer} for a field that is not a usable integer. */
    private static final long NOT_AN_INTEGER = Long.MIN_VALUE + 1;

    private static boolean isLong(String raw) {
        try {
            Long.parseLong(raw.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The file line of each kept row, without a column per row: kept rows mostly follow each other
     * line by line, so only the rows where that run is broken are stored (a few per file).
     */
    private static final class KeptLines {
        private int[] firstRow = new int[16];
        private long[] firstLine = new long[16];
        private int runs;
        private long lastLine = -1;

        void add(int row, long line) {
            if (runs > 0 && line == lastLine + 1) {
                lastLine = line;
                return;
            }
            if (runs == firstRow.length) {
                firstRow = Arrays.copyOf(firstRow, runs * 2);
                firstLine = Arrays.copyOf(firstLine, runs * 2);
            }
            firstRow[runs] = row;
            firstLine[runs] = line;
            runs++;
            lastLine = line;
        }

        long lineOf(int row) {
            int i = Arrays.binarySearch(firstRow, 0, runs, row);
            int run = i >= 0 ? i : -i - 2;
            return firstLine[run] + (row - firstRow[run]);
        }
    }
}
