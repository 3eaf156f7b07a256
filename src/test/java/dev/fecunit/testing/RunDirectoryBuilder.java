package dev.fecunit.testing;

import dev.fecunit.Run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a tiny run directory for a test, in the harness's formats, so tests read as specifications:
 *
 * <pre>{@code
 * Run run = RunDirectoryBuilder.in(tempDir.resolve("fec"))
 *         .window(0, 10_000_000)
 *         .frame(1_000_000, 1, 960_000)          // recv, id, capture
 *         .frame(1_033_000, 3, 993_000)          // id 2 lost
 *         .counter("livekit_nack_total{dir=\"in\"}", 1_000_000, 5)
 *         .counter("livekit_nack_total{dir=\"in\"}", 2_000_000, 9)
 *         .event(4_000_000, "burst_on").event(6_000_000, "burst_off")
 *         .load();
 * }</pre>
 *
 * Times are wall-clock microseconds. {@code T0_US} and {@code T1_US} come from {@link #window};
 * lines added with the {@code raw...} methods are written verbatim (for malformed input).
 */
public final class RunDirectoryBuilder {

    private final Path directory;
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final List<String> frames = new ArrayList<>();
    private final List<String> prom = new ArrayList<>();
    private List<String> events;
    private String framesHeader = "recv_wall_us,frame_id,user_timestamp_us,width,height";
    private String lineEnd = "\n";
    private boolean writeFrames = true;
    private boolean writeProm = true;

    private RunDirectoryBuilder(Path directory) {
        this.directory = directory;
        meta.put("MODE", "fec");
    }

    /** A builder that writes into {@code directory} (created on {@link #write()}). */
    public static RunDirectoryBuilder in(Path directory) {
        return new RunDirectoryBuilder(directory);
    }

    /** Sets {@code T0_US} and {@code T1_US}. */
    public RunDirectoryBuilder window(long t0Us, long t1Us) {
        meta.put("T0_US", Long.toString(t0Us));
        meta.remove("T1_US");
        meta.put("T1_US", Long.toString(t1Us));
        return this;
    }

    /** Sets {@code T0_US} only: a run that died before writing {@code T1_US}. */
    public RunDirectoryBuilder windowWithoutEnd(long t0Us) {
        meta.put("T0_US", Long.toString(t0Us));
        meta.remove("T1_US");
        return this;
    }

    /** Adds or replaces a {@code meta.env} entry. */
    public RunDirectoryBuilder meta(String key, String value) {
        meta.put(key, value);
        return this;
    }

    /** Adds a 1280x720 frame row. */
    public RunDirectoryBuilder frame(long recvUs, long frameId, long captureUs) {
        frames.add(recvUs + "," + frameId + "," + captureUs + ",1280,720");
        return this;
    }

    /** Adds frames {@code firstId..lastId} captured every {@code periodUs} from {@code firstCaptureUs}, each received {@code latencyUs} later. */
    public RunDirectoryBuilder frames(long firstId, long lastId, long firstCaptureUs, long periodUs, long latencyUs) {
        for (long id = firstId; id <= lastId; id++) {
            long capture = firstCaptureUs + (id - firstId) * periodUs;
            frame(capture + latencyUs, id, capture);
        }
        return this;
    }

    /** Adds a verbatim line to {@code frames.csv} (after the header). */
    public RunDirectoryBuilder rawFrameLine(String line) {
        frames.add(line);
        return this;
    }

    /** Replaces the {@code frames.csv} header line. */
    public RunDirectoryBuilder framesHeader(String header) {
        this.framesHeader = header;
        return this;
    }

    /** Adds a {@code prom.tsv} sample of {@code metric} (name with labels) at {@code wallUs}. */
    public RunDirectoryBuilder counter(String metric, long wallUs, double value) {
        String text = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
        prom.add(wallUs + "\t" + metric + "\t" + text);
        return this;
    }

    /** Adds a verbatim line to {@code prom.tsv}. */
    public RunDirectoryBuilder rawPromLine(String line) {
        prom.add(line);
        return this;
    }

    /** Adds an {@code events.csv} line ({@code events.csv} is written once any event is added). */
    public RunDirectoryBuilder event(long wallUs, String event) {
        return rawEventLine(wallUs + "," + event);
    }

    /** Adds a verbatim line to {@code events.csv}. */
    public RunDirectoryBuilder rawEventLine(String line) {
        if (events == null) {
            events = new ArrayList<>();
        }
        events.add(line);
        return this;
    }

    /** Writes every file with CRLF line ends. */
    public RunDirectoryBuilder crlf() {
        this.lineEnd = "\r\n";
        return this;
    }

    /** Leaves {@code frames.csv} out of the directory. */
    public RunDirectoryBuilder withoutFramesFile() {
        this.writeFrames = false;
        return this;
    }

    /** Leaves {@code prom.tsv} out of the directory. */
    public RunDirectoryBuilder withoutPromFile() {
        this.writeProm = false;
        return this;
    }

    /** Writes the files and returns the directory. */
    public Path write() {
        try {
            Files.createDirectories(directory);
            List<String> metaLines = new ArrayList<>();
            meta.forEach((k, v) -> metaLines.add(k + "=" + v));
            writeLines("meta.env", metaLines);
            if (writeFrames) {
                List<String> lines = new ArrayList<>();
                lines.add(framesHeader);
                lines.addAll(frames);
                writeLines("frames.csv", lines);
            }
            if (writeProm) {
                writeLines("prom.tsv", prom);
            }
            if (events != null) {
                writeLines("events.csv", events);
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the files and loads them. */
    public Run load() {
        return Run.load(write());
    }

    private void writeLines(String file, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append(lineEnd);
        }
        Files.writeString(directory.resolve(file), text, StandardCharsets.UTF_8);
    }

    /** Appends {@code text} verbatim to {@code file} of the written directory (e.g. a cut last line). */
    public static void append(Path directory, String file, String text) {
        try {
            Files.writeString(directory.resolve(file), text, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
