package dev.fecunit.bench;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.BurstBreakdown;
import dev.fecunit.internal.analysis.FreezeAnalysis;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.Scope;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.FrameRate;
import dev.fecunit.report.Report;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * How much the analysis allocates on the run shapes of issue 12 whose cost used to follow the span of
 * timestamps: 10^4 one-millisecond bursts in a one-hour window, a window starting in 1970, one frame
 * 10^7 s after the others in a run without {@code T1_US}. Each computation gets a time limit; the
 * allocation is the computing thread's ({@code com.sun.management.ThreadMXBean}). The numbers of issue 12
 * and their before/after are in {@code docs/design.md}.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.fecunit.bench.HostileWindowsProbe
 * </pre>
 */
public final class HostileWindowsProbe {

    private HostileWindowsProbe() {
    }

    /** Entry point: prints one line per run shape and computation. */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("hostile-windows");
        // 30 fps for an hour with every tenth frame lost (10,800 frame-id gaps).
        RunDirectoryBuilder bursts = RunDirectoryBuilder.in(dir.resolve("bursts")).window(0, 3_600_000_000L);
        for (long id = 1; id <= 108_000; id++) {
            if (id % 10 != 0) {
                bursts.frame(id * 33_333 + 40_000, id, id * 33_333);
            }
        }
        for (int b = 0; b < 10_000; b++) {
            long on = 1_000_000L + b * 359_000L;
            bursts.event(on, "burst_on").event(on + 1_000, "burst_off");
        }
        bursts.write();
        measure("10^4 one-ms bursts in 1 h", dir.resolve("bursts"));

        RunDirectoryBuilder epoch = RunDirectoryBuilder.in(dir.resolve("epoch"))
                .frames(1, 3_000, 1_700_000_000_000_000L, 33_333, 40_000)
                .meta("T1_US", Long.toString(1_700_000_100_000_000L));
        epoch.event(1_700_000_010_000_000L, "burst_on").event(1_700_000_012_000_000L, "burst_off");
        epoch.write();
        measure("window from 1970 (no T0_US)", dir.resolve("epoch"));

        RunDirectoryBuilder late = RunDirectoryBuilder.in(dir.resolve("late")).windowWithoutEnd(0)
                .frames(1, 3_000, 0, 33_333, 40_000).frame(10_000_000_000_000L, 3_001, 9_999_999_990_000_000L);
        late.event(10_000_000, "burst_on").event(12_000_000, "burst_off");
        late.write();
        measure("one frame 10^7 s later, no T1_US", dir.resolve("late"));
    }

    /** Each computation on a freshly loaded run, so none reads a figure another one computed. */
    private static void measure(String shape, Path directory) throws Exception {
        step(shape, "BurstBreakdown.of", Run.load(directory), BurstBreakdown::of);
        step(shape, "RunSummary over bursts", Run.load(directory), run -> RunSummary.of(run, Scope.bursts(run)));
        step(shape, "FreezeAnalysis over bursts", Run.load(directory), run -> FreezeAnalysis.of(run, Scope.bursts(run)));
        step(shape, "FrameRate.worstSecond over bursts", Run.load(directory),
                run -> FrameRate.worstSecond(run, Scope.bursts(run)));
        step(shape, "FrameAnalysis.fpsSeries", Run.load(directory), FrameAnalysis::fpsSeries);
        step(shape, "the whole report (table, JSON, page, PNG)", Run.load(directory),
                run -> Report.write(List.of(run), directory.resolveSibling(directory.getFileName() + "-report")));
    }

    private static void step(String shape, String what, Run run, Function<Run, Object> computation) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "probe");
            t.setDaemon(true);
            return t;
        });
        long[] allocated = new long[1];
        Future<String> result = pool.submit(() -> {
            long id = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(id);
            long start = System.nanoTime();
            String outcome;
            try {
                computation.apply(run);
                outcome = "ok";
            } catch (Throwable e) {
                outcome = e.toString();
            }
            allocated[0] = threads.getThreadAllocatedBytes(id) - before;
            return String.format("%s in %.2f s, %.1f MB allocated", outcome, (System.nanoTime() - start) / 1e9,
                    allocated[0] / 1e6);
        });
        String line;
        try {
            line = result.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            line = "still running after 60 s";
        }
        System.out.printf("%-34s %-44s %s%n", shape, what, line);
        pool.shutdownNow();
    }
}
