package dev.fecunit.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The reading stage: the one place where each file of a run directory is opened ({@code meta.env},
 * {@code frames.csv}, {@code prom.tsv}, {@code events.csv}). Users call {@code Run.load}, which
 * assembles a {@code Run} from the {@link Contents} read here.
 *
 * <p>Files are read line by line through fixed buffers, never whole: memory grows with the rows
 * kept, not with the file. {@code frames.csv} is read on a thread of fecunit's own while the
 * caller's thread reads {@code prom.tsv} (never on the common pool a user's tests share).
 *
 * <p>Reading knows nothing of the {@code Run} it serves: it returns what the files hold in types of its
 * own ({@link Contents}), and {@code Run.load} assembles the run from them, so the dependency is one-way.
 *
 * <p>An absent file is treated as the seed treats it (no frames, no counters, no bursts) and
 * noted in the diagnostics, except {@code events.csv}, which is absent whenever shaping is off.
 * A window that cannot be the measurement window is clamped to the data, with a diagnostic (see
 * {@link MeasurementWindow}). A missing directory or an unreadable file is an
 * {@link UnreadableRunException} naming the path.
 */
public final class RunReader {

    private RunReader() {
    }

    /**
     * What a run directory holds, as read.
     *
     * @param meta        the {@code KEY=VALUE} pairs of {@code meta.env}, in file order
     * @param t0Us        the start of the measurement window as judged (see the diagnostics)
     * @param t1Us        its end, empty when the run died before writing {@code T1_US}
     * @param frames      the frames received inside the window, sorted by receive time
     * @param series      every Prometheus series, in order of first appearance
     * @param events      the shaper's events in file order
     * @param bursts      the burst windows derived from the events
     * @param diagnostics every line skipped or corrected, each file's in line order
     */
    public record Contents(Map<String, String> meta, long t0Us, OptionalLong t1Us, FrameTable frames,
                           List<Samples> series, List<ShaperLine> events, List<BurstSpan> bursts,
                           List<Finding> diagnostics) {
    }

    /** Thrown when a run directory or one of its files cannot be read at all; the message names the path. */
    public static final class UnreadableRunException extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        UnreadableRunException(String message, IOException cause) {
            super(message, cause);
        }
    }

    /** Reads the run directory {@code directory}. */
    public static Contents read(Path directory) {
        Path absolute = InputDirectories.require(directory, "Run directory",
                "a run directory holds meta.env, frames.csv, prom.tsv and events.csv", UnreadableRunException::new);
        List<Finding> diagnostics = new ArrayList<>();

        Path metaFile = absolute.resolve(MetaEnvReader.FILE);
        MetaEnvReader.Values metaValues = exists(absolute, MetaEnvReader.FILE, diagnostics, true)
                ? read(metaFile, in -> MetaEnvReader.read(in, diagnostics))
                : new MetaEnvReader.Values(Map.of(), Map.of());
        MeasurementWindow window = MeasurementWindow.of(metaValues, Files.exists(metaFile), diagnostics);

        // frames.csv and prom.tsv are the big files: read them on two cores at once.
        List<Finding> frameDiagnostics = new ArrayList<>();
        Future<FramesCsvReader.Result> frames = null;
        if (exists(absolute, FramesCsvReader.FILE, frameDiagnostics, true)) {
            Path framesFile = absolute.resolve(FramesCsvReader.FILE);
            frames = Threads.POOL.submit(() -> read(framesFile, in -> FramesCsvReader.read(in, Files.size(framesFile),
                    window.keepFromUs(), window.keepToUs(), frameDiagnostics)));
        }
        List<Finding> promDiagnostics = new ArrayList<>();
        List<Samples> series;
        try {
            series = exists(absolute, PromTsvReader.FILE, promDiagnostics, true)
                    ? read(absolute.resolve(PromTsvReader.FILE), in -> PromTsvReader.read(in, promDiagnostics))
                    : List.of();
        } catch (RuntimeException | Error e) {
            if (frames != null) {
                frames.cancel(true);
            }
            throw e;
        }
        FramesCsvReader.Result framesRead = frames == null ? FramesCsvReader.Result.none() : join(frames);

        MeasurementWindow.Judged judged = window.judge(framesRead, series, diagnostics, frameDiagnostics);
        // a file's findings in line order (rows are checked before and after sorting by receive time)
        frameDiagnostics.sort(Comparator.comparingLong(Finding::line));
        diagnostics.addAll(frameDiagnostics);
        diagnostics.addAll(promDiagnostics);

        EventsCsvReader.Result events = exists(absolute, EventsCsvReader.FILE, diagnostics, false)
                ? read(absolute.resolve(EventsCsvReader.FILE), in -> EventsCsvReader.read(in, judged.t1Us(), diagnostics))
                : new EventsCsvReader.Result(List.of(), List.of());

        return new Contents(metaValues.values(), judged.t0Us(), judged.t1Us(), judged.frames(), series, events.events(), events.bursts(), diagnostics);
    }

    /**
     * The size of a run directory's files, for a message that a run does not fit in memory, e.g.
     * {@code 530 MB (frames.csv 108 MB, prom.tsv 421 MB, meta.env 1 KB)}.
     */
    public static String sizeOf(Path directory) {
        long total = 0;
        StringBuilder parts = new StringBuilder();
        for (String file : List.of(FramesCsvReader.FILE, PromTsvReader.FILE, EventsCsvReader.FILE, MetaEnvReader.FILE)) {
            try {
                long size = Files.size(directory.resolve(file));
                total += size;
                parts.append(parts.length() == 0 ? "" : ", ").append(file).append(' ').append(bytes(size));
            } catch (IOException e) {
                // absent or unreadable: not part of the size
            }
        }
        return bytes(total) + (parts.length() == 0 ? "" : " (" + parts + ")");
    }

    private static String bytes(long size) {
        if (size >= 10L << 20) {
            return (size >> 20) + " MB";
        }
        if (size >= 10L << 10) {
            return (size >> 10) + " KB";
        }
        return size + " bytes";
    }

    /** Reads one file. */
    private interface FileRead<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(Path path, FileRead<T> reading) {
        try (InputStream in = Files.newInputStream(path)) {
            return reading.read(in);
        } catch (IOException e) {
            throw new UnreadableRunException("Cannot read " + path + ": " + e, e);
        }
    }

    private static boolean exists(Path dir, String file, List<Finding> diagnostics, boolean noteIfAbsent) {
        if (Files.exists(dir.resolve(file))) {
            return true;
        }
        if (noteIfAbsent) {
            diagnostics.add(new Finding(file, 0, "file is missing from " + dir + "; read as empty"));
        }
        return false;
    }

    private static <T> T join(Future<T> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the other file is being read: finish, then keep the interrupt
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The threads that read {@code frames.csv}: fecunit's own, daemon, created when needed. */
    private static final class Threads {
        static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fecunit-read");
            thread.setDaemon(true);
            return thread;
        });
    }
}
