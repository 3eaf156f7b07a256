package dev.fecunit.io;

import dev.fecunit.CounterSeries;
import dev.fecunit.Diagnostic;
import dev.fecunit.Frames;
import dev.fecunit.Run;
import dev.fecunit.RunMeta;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads a run directory into a {@link Run}: the one place where each file of the directory is
 * opened ({@code meta.env}, {@code frames.csv}, {@code prom.tsv}, {@code events.csv}).
 *
 * <p>An absent file is treated as the seed treats it (no frames, no counters, no bursts) and
 * noted in the diagnostics, except {@code events.csv}, which is absent whenever shaping is off.
 * A missing directory or an unreadable file is a {@link Run.RunLoadException} naming the path.
 */
public final class RunReader {

    private RunReader() {
    }

    /** Loads the run directory {@code directory}. */
    public static Run read(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            String what = Files.exists(absolute) ? "is not a directory" : "does not exist";
            throw new Run.RunLoadException("Run directory " + absolute + " " + what
                    + "; a run directory holds meta.env, frames.csv, prom.tsv and events.csv",
                    new NoSuchFileException(absolute.toString()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();

        String metaText = readText(absolute, MetaEnvReader.FILE, diagnostics);
        RunMeta meta = metaText == null
                ? new RunMeta(Map.of(), 0, OptionalLong.empty())
                : MetaEnvReader.parse(metaText, diagnostics);

        // frames.csv and prom.tsv are the big files: parse them on two cores at once.
        List<Diagnostic> frameDiagnostics = new ArrayList<>();
        byte[] framesBytes = readBytes(absolute, FramesCsvReader.FILE, frameDiagnostics, true);
        CompletableFuture<Frames> frames = framesBytes == null
                ? CompletableFuture.completedFuture(Frames.empty())
                : CompletableFuture.supplyAsync(() -> FramesCsvReader.parse(framesBytes, meta.windowStartUs(),
                        meta.windowEndUs(), frameDiagnostics), RunReader::startDaemon);
        List<Diagnostic> promDiagnostics = new ArrayList<>();
        byte[] promBytes = readBytes(absolute, PromTsvReader.FILE, promDiagnostics, true);
        List<CounterSeries> series = promBytes == null ? List.of() : PromTsvReader.parse(promBytes, promDiagnostics);
        Frames parsedFrames = join(frames);
        // a file's findings in line order (rows are checked before and after sorting by receive time)
        frameDiagnostics.sort(Comparator.comparingLong(Diagnostic::line));
        diagnostics.addAll(frameDiagnostics);
        diagnostics.addAll(promDiagnostics);

        String eventsText = null;
        byte[] eventBytes = readBytes(absolute, EventsCsvReader.FILE, diagnostics, false);
        if (eventBytes != null) {
            eventsText = decode(absolute.resolve(EventsCsvReader.FILE), eventBytes, diagnostics);
        }
        EventsCsvReader.Result events = eventsText == null
                ? new EventsCsvReader.Result(List.of(), List.of())
                : EventsCsvReader.parse(eventsText, meta.t1Us(), diagnostics);

        return new Run(directory, meta, parsedFrames, series, events.events(), events.bursts(), diagnostics);
    }

    /** Runs {@code task} on a daemon thread of fecunit's own, never on the common pool a user's tests share. */
    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "fecunit-read-frames");
        thread.setDaemon(true);
        thread.start();
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static String readText(Path dir, String file, List<Diagnostic> diagnostics) {
        byte[] bytes = readBytes(dir, file, diagnostics, true);
        return bytes == null ? null : decode(dir.resolve(file), bytes, diagnostics);
    }

    private static byte[] readBytes(Path dir, String file, List<Diagnostic> diagnostics, boolean noteIfAbsent) {
        Path path = dir.resolve(file);
        if (!Files.exists(path)) {
            if (noteIfAbsent) {
                diagnostics.add(new Diagnostic(file, 0, "file is missing from " + dir + "; read as empty"));
            }
            return null;
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new Run.RunLoadException("Cannot read " + path + ": " + e, e);
        }
    }

    /** UTF-8, with malformed bytes replaced (and noted) rather than failing the whole file. */
    private static String decode(Path path, byte[] bytes, List<Diagnostic> diagnostics) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            diagnostics.add(new Diagnostic(path.getFileName().toString(), 0,
                    "file is not valid UTF-8; undecodable bytes were replaced with U+FFFD"));
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
