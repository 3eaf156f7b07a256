package dev.fecunit.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One change to a run directory of the kind a harness that died, a full disk, a cut copy or a person
 * editing a file makes. A mutation is a plain value (its {@code toString} says exactly what it does),
 * so a failing case can be printed, saved and replayed; {@link #simpler()} offers smaller versions of
 * it for shrinking. Positions are fractions of a file's lines, so a mutation applies to any run.
 */
sealed interface Mutation {

    /** Applies the change to {@code files}. */
    void apply(RunFiles files);

    /** Smaller versions of this mutation, simplest first; empty when it cannot shrink. */
    default List<Mutation> simpler() {
        return List.of();
    }

    /** The index of the line at {@code fraction} of {@code count} lines, from {@code first}. */
    static int lineAt(double fraction, int first, int count) {
        if (count <= first) {
            return first;
        }
        return first + (int) Math.min(count - first - 1, Math.floor(fraction * (count - first)));
    }

    /** The first line that holds data: 1 in frames.csv (after the header), 0 elsewhere. */
    static int firstDataLine(String file) {
        return file.equals(RunFiles.FRAMES) ? 1 : 0;
    }

    /** The line end used by the line at {@code index} (so an inserted line matches a CRLF file). */
    static String lineEndOf(List<String> lines, int index) {
        if (lines.isEmpty()) {
            return "\n";
        }
        String line = lines.get(Math.min(index, lines.size() - 1));
        return line.endsWith("\r\n") ? "\r\n" : "\n";
    }

    /** Strips the line end of {@code line}. */
    static String body(String line) {
        if (line.endsWith("\r\n")) {
            return line.substring(0, line.length() - 2);
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    /** The line end of {@code line}, empty for a last line without one. */
    static String end(String line) {
        return line.substring(body(line).length());
    }

    // ---------- the metamorphic mutations: they must change no figure ----------

    /**
     * A line of text no reader can take for data (letters and spaces, no separator), inserted before
     * the line at {@code at} (never before the frames.csv header, never after a last line that lacks
     * its line end): one diagnostic, no figure changed.
     */
    record GarbageLine(String file, double at, String text) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            List<String> lines = new ArrayList<>(files.lines(file));
            int first = firstDataLine(file);
            int index = lines.isEmpty() ? 0 : Math.max(first, lineAt(at, 0, lines.size()));
            if (index >= lines.size() && !lines.isEmpty() && end(lines.get(lines.size() - 1)).isEmpty()) {
                index = lines.size() - 1;
            }
            lines.add(Math.min(index, lines.size()), text + lineEndOf(lines, index));
            files.putLines(file, lines);
        }

        @Override
        public List<Mutation> simpler() {
            return text.length() > 1 ? List.of(new GarbageLine(file, at, text.substring(0, 1))) : List.of();
        }
    }

    /** The data rows of frames.csv in another order (a last row without its line end stays last). */
    record ShuffleFrameRows(long seed) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            List<String> lines = new ArrayList<>(files.lines(RunFiles.FRAMES));
            int last = lines.size();
            if (last > 1 && end(lines.get(last - 1)).isEmpty()) {
                last--;
            }
            if (last > 2) {
                Collections.shuffle(lines.subList(1, last), new Random(seed));
            }
            files.putLines(RunFiles.FRAMES, lines);
        }
    }

    /** {@code count} data rows of {@code file} from {@code at} logged once more, right after themselves. */
    record DuplicateRows(String file, double at, int count) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            List<String> lines = new ArrayList<>(files.lines(file));
            int first = firstDataLine(file);
            int from = lineAt(at, first, lines.size());
            List<String> copies = new ArrayList<>();
            for (int i = from; i < Math.min(lines.size(), from + count); i++) {
                if (!end(lines.get(i)).isEmpty()) {
                    copies.add(lines.get(i));
                }
            }
            lines.addAll(Math.min(lines.size(), from + copies.size()), copies);
            files.putLines(file, lines);
        }

        @Override
        public List<Mutation> simpler() {
            return count > 1 ? List.of(new DuplicateRows(file, at, 1), new DuplicateRows(file, at, count / 2))
                    : List.of();
        }
    }

    // ---------- hostile mutations: any outcome but a crash, a hang or a broken invariant ----------

    /** {@code count} lines from {@code at} deleted. */
    record DeleteLines(String file, double at, int count) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            List<String> lines = new ArrayList<>(files.lines(file));
            int from = lineAt(at, 0, lines.size());
            lines.subList(Math.min(from, lines.size()), Math.min(lines.size(), from + count)).clear();
            files.putLines(file, lines);
        }

        @Override
        public List<Mutation> simpler() {
            return count > 1 ? List.of(new DeleteLines(file, at, 1), new DeleteLines(file, at, count / 2)) : List.of();
        }
    }

    /** The lines of {@code file} from {@code at} on, {@code count} of them, in a shuffled order. */
    record ShuffleLines(String file, double at, int count, long seed) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            List<String> lines = new ArrayList<>(files.lines(file));
            int from = lineAt(at, 0, lines.size());
            int to = Math.min(lines.size(), from + count);
            if (from < to) {
                Collections.shuffle(lines.subList(from, to), new Random(seed));
            }
            files.putLines(file, lines);
        }

        @Override
        public List<Mutation> simpler() {
            return count > 2 ? List.of(new ShuffleLines(file, at, 2, seed), new ShuffleLines(file, at, count / 2, seed))
                    : List.of();
        }
    }

    /** The byte at {@code at} of the file XORed with {@code mask}. */
    record FlipByte(String file, double at, int mask) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            byte[] bytes = files.bytes(file).clone();
            if (bytes.length > 0) {
                int i = (int) Math.min(bytes.length - 1, Math.floor(at * bytes.length));
                bytes[i] ^= (byte) mask;
                files.put(file, bytes);
            }
        }
    }

    /** The file cut after {@code keep} of its bytes (a copy cut short, a disk that filled up). */
    record Truncate(String file, double keep) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            byte[] bytes = files.bytes(file);
            int length = (int) Math.floor(keep * bytes.length);
            byte[] cut = new byte[length];
            System.arraycopy(bytes, 0, cut, 0, length);
            files.put(file, cut);
        }
    }

    /** {@code bytes} inserted at {@code at} of the file (NULs, invalid UTF-8, a stray quote ...). */
    record InsertBytes(String file, double at, String label, byte[] bytes) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            byte[] original = files.bytes(file);
            int i = (int) Math.floor(at * original.length);
            byte[] result = new byte[original.length + bytes.length];
            System.arraycopy(original, 0, result, 0, i);
            System.arraycopy(bytes, 0, result, i, bytes.length);
            System.arraycopy(original, i, result, i + bytes.length, original.length - i);
            files.put(file, result);
        }

        @Override
        public String toString() {
            return "InsertBytes[file=" + file + ", at=" + at + ", " + label + " (" + bytes.length + " bytes)]";
        }
    }

    /** One line of {@code length} characters inserted at {@code at} (a line with no end in sight). */
    record HugeLine(String file, double at, int length, char fill) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            List<String> lines = new ArrayList<>(files.lines(file));
            int index = Math.max(firstDataLine(file), lineAt(at, 0, lines.size()));
            index = Math.min(index, lines.size());
            lines.add(index, String.valueOf(fill).repeat(length) + lineEndOf(lines, index));
            files.putLines(file, lines);
        }

        @Override
        public List<Mutation> simpler() {
            return length > 1000 ? List.of(new HugeLine(file, at, length / 10, fill)) : List.of();
        }
    }

    /** Field {@code field} of the data line at {@code at} replaced by {@code value} ({@code 9223372036854775807}, {@code -1e308}, {@code NaN} ...). */
    record ReplaceField(String file, double at, int field, String value) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            List<String> lines = new ArrayList<>(files.lines(file));
            if (lines.size() <= firstDataLine(file)) {
                return;
            }
            int index = lineAt(at, firstDataLine(file), lines.size());
            String line = lines.get(index);
            String separator = file.equals(RunFiles.PROM) ? "\t" : file.equals(RunFiles.META) ? "=" : ",";
            String[] fields = body(line).split(java.util.regex.Pattern.quote(separator), -1);
            fields[Math.floorMod(field, fields.length)] = value;
            lines.set(index, String.join(separator, fields) + end(line));
            files.putLines(file, lines);
        }
    }

    /** The file is gone. */
    record RemoveFile(String file) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            files.remove(file);
        }
    }

    /** The meta.env line of {@code key} is gone (no T0_US, no T1_US ...). */
    record RemoveMetaKey(String key) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            List<String> lines = new ArrayList<>(files.lines(RunFiles.META));
            lines.removeIf(line -> line.startsWith(key + "="));
            files.putLines(RunFiles.META, lines);
        }
    }

    /** meta.env's {@code key} set to {@code value} (a negative T0_US, a T1_US of 2^63 - 1 ...). */
    record SetMetaKey(String key, String value) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            List<String> lines = new ArrayList<>(files.lines(RunFiles.META));
            lines.removeIf(line -> line.startsWith(key + "="));
            lines.add(key + "=" + value + "\n");
            files.putLines(RunFiles.META, lines);
        }
    }

    /**
     * events.csv replaced by {@code count} bursts of {@code lengthUs} each, spread over the measurement
     * window (10^4 one-millisecond bursts made the analysis allocate 85 GB once).
     */
    record TinyBursts(int count, long lengthUs) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            long t0 = metaValue(files, "T0_US", 0);
            long t1 = metaValue(files, "T1_US", t0 + 60_000_000L);
            long step = Math.max(lengthUs + 1, (t1 - t0) / Math.max(1, count));
            StringBuilder text = new StringBuilder();
            text.append(t0).append(",shaper_started base=0.01 burst=0.15\n");
            for (int i = 0; i < count; i++) {
                long on = t0 + i * step;
                text.append(on).append(",burst_on\n").append(on + lengthUs).append(",burst_off\n");
            }
            text.append(t1).append(",shaper_stopped\n");
            files.put(RunFiles.EVENTS, text.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public List<Mutation> simpler() {
            return count > 1 ? List.of(new TinyBursts(1, lengthUs), new TinyBursts(count / 10, lengthUs)) : List.of();
        }
    }

    /** {@code count} distinct Prometheus series, one sample each, appended to prom.tsv. */
    record ManySeries(int count) implements Mutation {
        @Override
        public void apply(RunFiles files) {
            long t0 = metaValue(files, "T0_US", 0);
            StringBuilder text = new StringBuilder(new String(files.bytes(RunFiles.PROM), StandardCharsets.ISO_8859_1));
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            for (int i = 0; i < count; i++) {
                text.append(t0 + 1_000_000 + i).append("\tlivekit_packet_total{track=\"T").append(i)
                        .append("\",dir=\"in\"}\t").append(i).append('\n');
            }
            files.put(RunFiles.PROM, text.toString().getBytes(StandardCharsets.ISO_8859_1));
        }

        @Override
        public List<Mutation> simpler() {
            return count > 1 ? List.of(new ManySeries(1), new ManySeries(count / 10)) : List.of();
        }
    }

    /** The value of {@code key} in meta.env, or {@code fallback} when absent or not a number. */
    static long metaValue(RunFiles files, String key, long fallback) {
        for (String line : files.lines(RunFiles.META)) {
            String body = body(line);
            if (body.startsWith(key + "=")) {
                try {
                    return Long.parseLong(body.substring(key.length() + 1).strip());
                } catch (NumberFormatException e) {
                    return fallback;
                }
            }
        }
        return fallback;
    }
}
