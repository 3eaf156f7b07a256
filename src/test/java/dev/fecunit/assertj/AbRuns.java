package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;
import java.util.Set;

/**
 * A tiny A/B pair whose figures are worked out by hand, shared by the assertion tests.
 *
 * <p>Both runs: window 0..4 s, one burst from 1.0 s to 2.0 s; frame {@code id} of 1..40 captured at
 * {@code (id - 1) * 100 ms + 10 ms} (a capture time of 0 would count as missing), so it lands in second
 * {@code (id - 1) / 10}; counters polled at 0, 0.5, 1.5, 2.5, 3.5 and 4.0 s (the interval 0.5..1.5 s
 * belongs to the burst).
 *
 * <pre>
 *                      baseline                    fec
 * lost ids             12 13 16 | 31               15 | 31 32        (| = burst / outside)
 * frames lost          4 of 40 (10.00%)            3 of 40 (7.50%)
 *   during bursts      3 of 10 (30.00%), 2 gaps    1 of 10 (10.00%), 1 gap
 *   outside bursts     1 of 30 (3.33%), 1 gap      2 of 30 (6.67%), 1 gap
 * gap events           3                           2
 * latency              50 ms every frame           60 ms, frame 39: 160 ms
 *                      mean 50.0, p99 50.0         mean 2320/37 = 62.7, p95 60.0, p99 160.0
 * NACKs                18 (burst 10)               8 (burst 4)
 * packet loss          30 (burst 20)               30 (burst 20)
 * FEC received         0                           60 (burst 20)
 * FEC recovered        0                           9 (burst 8): 15.00 % (burst 40.00 %)
 * fps by second        10 8 10 9                   10 9 10 8; mean 37 / 4 s = 9.25
 * </pre>
 */
final class AbRuns {

    private static final long[] POLLS = {0, 500_000, 1_500_000, 2_500_000, 3_500_000, 4_000_000};

    private AbRuns() {
    }

    static Run baseline(Path dir) {
        RunDirectoryBuilder b = frames(RunDirectoryBuilder.in(dir.resolve("baseline")).meta("MODE", "baseline"),
                Set.of(12L, 13L, 16L, 31L), 50_000, -1);
        counter(b, "livekit_nack_total{dir=\"in\"}", 0, 2, 12, 14, 16, 18);
        counter(b, "livekit_packet_loss_total{dir=\"in\"}", 0, 3, 23, 26, 29, 30);
        return b.load();
    }

    static Run fec(Path dir) {
        RunDirectoryBuilder b = frames(RunDirectoryBuilder.in(dir.resolve("fec")), Set.of(15L, 31L, 32L), 60_000, 39);
        counter(b, "livekit_nack_total{dir=\"in\"}", 0, 1, 5, 6, 7, 8);
        counter(b, "livekit_packet_loss_total{dir=\"in\"}", 0, 3, 23, 26, 29, 30);
        fec(b, "received", 0, 10, 30, 40, 50, 60);
        fec(b, "recovery_attempt", 0, 0, 9, 9, 10, 10);
        fec(b, "recovered", 0, 0, 8, 8, 9, 9);
        fec(b, "recovery_failed", 0, 0, 1, 1, 1, 1);
        fec(b, "unused", 0, 10, 20, 30, 40, 50);
        fec(b, "invalid", 0, 0, 0, 0, 0, 0);
        return b.load();
    }

    /** Frames 1..40 except {@code lost}, each received {@code latencyUs} after capture (100 ms more for {@code slowId}). */
    static RunDirectoryBuilder frames(RunDirectoryBuilder b, Set<Long> lost, long latencyUs, long slowId) {
        b.window(0, 4_000_000).event(1_000_000, "burst_on").event(2_000_000, "burst_off");
        for (long id = 1; id <= 40; id++) {
            if (!lost.contains(id)) {
                long capture = (id - 1) * 100_000 + 10_000;
                b.frame(capture + latencyUs + (id == slowId ? 100_000 : 0), id, capture);
            }
        }
        return b;
    }

    static void counter(RunDirectoryBuilder b, String metric, double... values) {
        for (int i = 0; i < values.length; i++) {
            b.counter(metric, POLLS[i], values[i]);
        }
    }

    static void fec(RunDirectoryBuilder b, String state, double... values) {
        counter(b, "livekit_flexfec_packet_total{state=\"" + state + "\"}", values);
    }
}
