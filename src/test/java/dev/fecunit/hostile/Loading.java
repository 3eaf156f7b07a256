package dev.fecunit.hostile;

import dev.fecunit.Run;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Loads a run and computes its figures under a watchdog, measuring what it cost: bytes allocated and
 * CPU time of the loading thread and of every other thread (the reader parses on more than one), not
 * the wall clock.
 */
final class Loading {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Loading() {
    }

    /** What a load cost. */
    record Cost(long allocatedBytes, long cpuNanos) {
    }

    /** The outcome of one load: the run and its figures, or what it threw; and its cost. */
    record Outcome(Run run, Figures figures, Throwable thrown, Cost cost) {
    }

    /** Thrown when a case runs past the watchdog: a hang. */
    static final class Hang extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Hang(String message) {
            super(message);
        }
    }

    /**
     * Loads {@code directory} and computes {@code compute(run)} on a fresh thread, giving up after
     * {@code watchdogSeconds}: then throws {@link Hang}, after interrupting the thread and, where the
     * JDK still can (17), stopping it, so that a hung case does not keep a core busy.
     */
    static Outcome load(Path directory, long watchdogSeconds, Function<Run, Figures> compute) {
        Outcome[] result = new Outcome[1];
        Cost[] own = new Cost[1];
        Thread worker = new Thread(() -> {
            try {
                Run run = Run.load(directory);
                result[0] = new Outcome(run, compute.apply(run), null, null);
            } catch (Throwable e) { // whatever escapes the library is the outcome, errors included
                result[0] = new Outcome(null, null, e, null);
            } finally {
                own[0] = new Cost(THREADS.getCurrentThreadAllocatedBytes(), THREADS.getCurrentThreadCpuTime());
            }
        }, "fecunit-case");
        worker.setDaemon(true);
        worker.setUncaughtExceptionHandler((thread, e) -> { }); // a stopped hung case ends here, silently
        Cost before = others(worker);
        worker.start();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(watchdogSeconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (worker.isAlive()) {
            long allocated = THREADS.getThreadAllocatedBytes(worker.getId());
            worker.interrupt();
            stop(worker);
            throw new Hang("no result after " + watchdogSeconds + " s (" + (allocated >> 20)
                    + " MB allocated by the loading thread by then)");
        }
        Cost after = others(worker);
        Outcome done = result[0];
        return new Outcome(done.run(), done.figures(), done.thrown(),
                new Cost(after.allocatedBytes - before.allocatedBytes + own[0].allocatedBytes,
                        after.cpuNanos - before.cpuNanos + own[0].cpuNanos));
    }

    @SuppressWarnings({"removal", "deprecation"})
    private static void stop(Thread worker) {
        try {
            worker.stop();
        } catch (UnsupportedOperationException e) {
            // JDK 20 and later cannot stop a thread; the hung case then runs on in the background
        }
    }

    /** Bytes allocated and CPU time used so far by the live threads of this JVM other than {@code worker}. */
    private static Cost others(Thread worker) {
        long allocated = 0;
        long cpu = 0;
        for (long id : THREADS.getAllThreadIds()) {
            if (id == worker.getId()) {
                continue;
            }
            allocated += Math.max(0, THREADS.getThreadAllocatedBytes(id));
            cpu += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return new Cost(allocated, cpu);
    }
}
