package dev.fecunit.junit;

import dev.fecunit.Run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * The runs loaded during one test run, keyed by the run directory's real path, so that a directory
 * injected into many tests is parsed once. An entry is re-read when any of the run's files changed
 * (size or modification time). Safe for tests running in parallel: concurrent requests for the same
 * directory wait for one load; different directories load concurrently.
 *
 * <p>Lives in the root {@code ExtensionContext.Store}, so it is dropped when the test run ends.
 */
final class RunCache {

    private static final List<String> RUN_FILES = List.of("meta.env", "frames.csv", "prom.tsv", "events.csv");

    private final ConcurrentMap<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The run at {@code directory} (a real path), loaded now or earlier if its files are unchanged. */
    Run get(Path directory) {
        FileStamps stamps = FileStamps.of(directory);
        Entry entry = entries.compute(directory,
                (dir, old) -> old != null && old.stamps.equals(stamps) ? old : new Entry(dir, stamps));
        try {
            return entry.run();
        } catch (RuntimeException | Error e) {
            // A failed load is not remembered: the next test tries again (the user may fix the files).
            entries.remove(directory, entry);
            throw e;
        }
    }

    /** One directory's run, loaded on first request; the lock makes concurrent requests wait for it. */
    private static final class Entry {
        private final Path directory;
        private final FileStamps stamps;
        private Run run;

        Entry(Path directory, FileStamps stamps) {
            this.directory = directory;
            this.stamps = stamps;
        }

        synchronized Run run() {
            if (run == null) {
                run = Run.load(directory);
            }
            return run;
        }
    }

    /** Size and modification time of each of a run's files (-1 when absent). */
    private record FileStamps(List<Long> sizesAndTimes) {

        static FileStamps of(Path directory) {
            Long[] values = new Long[RUN_FILES.size() * 2];
            for (int i = 0; i < RUN_FILES.size(); i++) {
                long size = -1;
                long time = -1;
                try {
                    BasicFileAttributes attributes = Files.readAttributes(directory.resolve(RUN_FILES.get(i)),
                            BasicFileAttributes.class);
                    size = attributes.size();
                    time = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                } catch (NoSuchFileException e) {
                    // absent: stays -1, and a file appearing later changes the stamp
                } catch (IOException e) {
                    // unreadable: the load itself reports it with the path
                }
                values[2 * i] = size;
                values[2 * i + 1] = time;
            }
            return new FileStamps(List.of(values));
        }
    }
}
