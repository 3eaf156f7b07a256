package dev.fecunit.verdict;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;
import java.util.Set;

/** Tiny runs for the verdict tests: 20 frames a second, ids from 1, each received 10 ms after capture. */
final class TinyRuns {

    private TinyRuns() {
    }

    /**
     * A run of {@code seconds} without bursts (so it is cut into 5 s blocks of 100 frames each) that
     * never receives the frame ids in {@code lost}.
     */
    static Run losing(Path directory, int seconds, Set<Long> lost) {
        return builder(directory, seconds, lost).load();
    }

    /** As {@link #losing}, with a burst from {@code burstFromUs} to {@code burstToUs}. */
    static Run losingWithBurst(Path directory, int seconds, Set<Long> lost, long burstFromUs, long burstToUs) {
        return builder(directory, seconds, lost).event(burstFromUs, "burst_on").event(burstToUs, "burst_off").load();
    }

    static RunDirectoryBuilder builder(Path directory, int seconds, Set<Long> lost) {
        RunDirectoryBuilder run = RunDirectoryBuilder.in(directory).window(0, seconds * 1_000_000L);
        long frames = seconds * 20L;
        for (long id = 1; id <= frames; id++) {
            if (!lost.contains(id)) {
                long capture = (id - 1) * 50_000;
                run.frame(capture + 10_000, id, capture);
            }
        }
        return run;
    }
}
