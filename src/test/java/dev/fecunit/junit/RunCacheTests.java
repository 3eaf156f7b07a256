package dev.fecunit.junit;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.testing.RunDirectoryBuilder;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Each run directory is parsed once per test run, also when tests run in parallel, and re-read when it changes. */
class RunCacheTests {

    @TempDir
    Path root;

    private void writeBigRun(String name) {
        // a few thousand rows, so that a second load would overlap with concurrent requests
        RunDirectoryBuilder.in(root.resolve(name)).window(0, 600_000_000)
                .frames(1, 5_000, 1_000_000, 33_000, 40_000).write();
    }

    @TestKitOnly
    static class ParallelTestCases {
        static final Set<Run> INJECTED = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        static final List<String> THREADS = new CopyOnWriteArrayList<>();

        @RepeatedTest(24)
        void injectsTheSharedRun(@RunDir("big") Run run, @RunDir("./big") Run sameRun) {
            INJECTED.add(run);
            INJECTED.add(sameRun);
            THREADS.add(Thread.currentThread().getName());
            assertThat(RunSummary.of(run).framesReceived()).isEqualTo(5_000);
        }
    }

    @Test
    void testsRunningInParallelShareOneLoadOfARunDirectory() {
        writeBigRun("big");
        ParallelTestCases.INJECTED.clear();
        ParallelTestCases.THREADS.clear();

        FecTestKit.runsRoot(root).parallel().execute(ParallelTestCases.class)
                .testEvents().assertStatistics(stats -> stats.started(24).succeeded(24));

        assertThat(ParallelTestCases.INJECTED).hasSize(1);
        assertThat(Set.copyOf(ParallelTestCases.THREADS)).as("worker threads used").hasSizeGreaterThan(1);
    }

    @TestKitOnly
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ChangedFilesTestCases {
        static final List<Run> INJECTED = new CopyOnWriteArrayList<>();
        static Path directory;

        @Test
        @Order(1)
        void first(@RunDir("changing") Run run) {
            INJECTED.add(run);
            directory = run.path();
        }

        @Test
        @Order(2)
        void second(@RunDir("changing") Run run) throws IOException {
            INJECTED.add(run);
            RunDirectoryBuilder.append(directory, "frames.csv", "1139000,4,1099000,1280,720\n");
        }

        @Test
        @Order(3)
        void third(@RunDir("changing") Run run) {
            INJECTED.add(run);
        }
    }

    @Test
    void aRunDirectoryWhoseFilesChangedIsReadAgain() throws IOException {
        Path dir = RunDirectoryBuilder.in(root.resolve("changing")).window(0, 10_000_000)
                .frames(1, 3, 1_000_000, 33_000, 40_000).write();
        ChangedFilesTestCases.INJECTED.clear();

        FecTestKit.runsRoot(root).execute(ChangedFilesTestCases.class)
                .testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));

        List<Run> injected = ChangedFilesTestCases.INJECTED;
        assertThat(injected).hasSize(3);
        assertThat(injected.get(1)).isSameAs(injected.get(0));
        assertThat(injected.get(2)).isNotSameAs(injected.get(1));
        assertThat(RunSummary.of(injected.get(0)).framesReceived()).isEqualTo(3);
        assertThat(RunSummary.of(injected.get(2)).framesReceived()).isEqualTo(4);
        assertThat(Files.readString(dir.resolve("frames.csv"))).endsWith("1139000,4,1099000,1280,720\n");
    }
}
