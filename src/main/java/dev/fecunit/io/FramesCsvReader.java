package dev.fecunit.io;

import dev.fecunit.Diagnostic;
import dev.fecunit.Frames;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code frames.csv}: one row per frame the subscriber received, header
 * {@code recv_wall_us,frame_id,user_timestamp_us,width,height} (columns found by name).
 *
 * <p>Rows whose field count differs from the header's are malformed and skipped (a half-written
 * last line must not reach the latency figures); rows with an unparsable number are skipped;
 * rows outside the measurement window are warm-up and not kept. Every skipped row is a
 * {@link Diagnostic}.
 */
final class FramesCsvReader {

    static final String FILE = "frames.csv";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
            .get();

    private FramesCsvReader() {
    }

    /** Parses {@code text}, keeping rows received inside {@code [windowStartUs, windowEndUs]}. */
    static Frames parse(String text, long windowStartUs, long windowEndUs, List<Diagnostic> diagnostics) {
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Map<String, Integer> header = parser.getHeaderMap();
            Integer recvCol = header.get("recv_wall_us");
            if (recvCol == null) {
                diagnostics.add(new Diagnostic(FILE, 1, "the header has no recv_wall_us column, so no frame"
                        + " can be placed in time; expected recv_wall_us,frame_id,user_timestamp_us,width,height"));
                return Frames.empty();
            }
            int idCol = header.getOrDefault("frame_id", -1);
            int captureCol = header.getOrDefault("user_timestamp_us", -1);
            int widthCol = header.getOrDefault("width", -1);
            int heightCol = header.getOrDefault("height", -1);
            int fields = parser.getHeaderNames().size();
            Columns columns = new Columns();
            for (CSVRecord record : parser) {
                long line = lines.lineOf(record.getCharacterPosition());
                if (record.size() != fields) {
                    diagnostics.add(new Diagnostic(FILE, line, "row has " + record.size() + " fields but the header has "
                            + fields + (isLastLine(text, lines, line)
                            ? " (half-written last line)" : "") + "; row skipped"));
                    continue;
                }
                long recv;
                long id;
                long capture;
                int width;
                int height;
                try {
                    recv = parseLong(record.get(recvCol));
                    id = optionalLong(record, idCol);
                    capture = optionalLong(record, captureCol);
                    width = (int) Math.max(0, Math.min(Integer.MAX_VALUE, orZero(optionalLong(record, widthCol))));
                    height = (int) Math.max(0, Math.min(Integer.MAX_VALUE, orZero(optionalLong(record, heightCol))));
                } catch (NumberFormatException e) {
                    diagnostics.add(new Diagnostic(FILE, line, "row has a field that is not an integer ("
                            + e.getMessage() + "); row skipped"));
                    continue;
                }
                if (recv < windowStartUs || recv > windowEndUs) {
                    continue;
                }
                columns.add(recv, id, capture, width, height, line);
            }
            return columns.toFrames(diagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isLastLine(String text, LineIndex lines, long line) {
        return TextLines.lastLineUnterminated(text) && lines.lineOf(text.length() - 1) == line;
    }

    private static long orZero(long value) {
        return value == Frames.MISSING ? 0 : value;
    }

    private static long optionalLong(CSVRecord record, int col) {
        if (col < 0) {
            return Frames.MISSING;
        }
        String raw = record.get(col);
        return raw.isEmpty() ? Frames.MISSING : parseLong(raw);
    }

    private static long parseLong(String raw) {
        String s = raw.strip();
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new NumberFormatException(Texts.quote(raw));
        }
    }

    /** Growable primitive columns; rows are sorted by receive time once, at the end. */
    private static final class Columns {
        private long[] recv = new long[1024];
        private long[] id = new long[1024];
        private long[] capture = new long[1024];
        private int[] width = new int[1024];
        private int[] height = new int[1024];
        private long[] line = new long[1024];
        private int size;

        void add(long r, long i, long c, int w, int h, long l) {
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
