package dev.fecunit.assertj;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;
import dev.fecunit.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.fecunit.assertj.FecAssertions.assertThat;
import static dev.fecunit.assertj.FecAssertions.assertThatCode;
import static dev.fecunit.assertj.FecAssertions.assertThatThrownBy;

/** The FEC recovery figures through {@code comparedTo(...)}: 60 s runs, counters polled every second. */
class RecoveryFiguresTest {

    /**
     * A 60 s run (12 blocks of 5 s) whose SFU, every second, loses {@code lostPerS} of 100 incoming media
     * packets, receives 10 FEC packets, attempts 10 recoveries and recovers {@code recoveredPerS}.
     */
    static Run run(Path dir, int lostPerS, int recoveredPerS) {
        RunDirectoryBuilder run = RunDirectoryBuilder.in(dir).window(0, 60_000_000)
                .frames(1, 1200, 0, 50_000, 10_000);
        for (int s = 0; s <= 60; s++) {
            long us = s * 1_000_000L;
            run.counter("livekit_flexfec_packet_total{state=\"received\"}", us, 10 * s)
                    .counter("livekit_flexfec_packet_total{state=\"recovery_attempt\"}", us, 10 * s)
                    .counter("livekit_flexfec_packet_total{state=\"recovered\"}", us, recoveredPerS * s)
                    .counter("livekit_packet_loss_total{direction=\"incoming\"}", us, lostPerS * s)
                    .counter("livekit_packet_total{direction=\"incoming\",transmission=\"data\"}", us,
                            (100 - lostPerS) * s);
        }
        return run.load();
    }

    @Test
    void recovery_success_that_fell_is_worse(@TempDir Path dir) {
        Run baseline = run(dir.resolve("baseline"), 10, 9);
        Run fec = run(dir.resolve("fec"), 10, 5);
        assertThat(fec).comparedTo(baseline).lossRepairedByFec().extracting(r -> r.verdict()).isEqualTo(Verdict.WORSE);
        assertThat(fec).comparedTo(baseline).recoveryRate().extracting(r -> r.verdict()).isEqualTo(Verdict.WORSE);
        assertThat(fec).comparedTo(baseline).residualLossRate().extracting(r -> r.verdict()).isEqualTo(Verdict.WORSE);
        assertThatThrownBy(() -> assertThat(fec).comparedTo(baseline).recoverySuccess().isNotWorse())
                .hasMessageStartingWith("Expecting the candidate's FEC recovery success not to be worse than the"
                        + " baseline's, but it is WORSE:\n"
                        + "FEC recovery success (%, higher is better): WORSE\n"
                        + "  candidate: 50 % (1 run, 12 blocks, 60 s per run)\n"
                        + "  baseline:  90 % (1 run, 12 blocks, 60 s per run)\n"
                        + "  difference: -40 %");
    }

    @Test
    void an_unchanged_recovery_is_not_worse(@TempDir Path dir) {
        Run baseline = run(dir.resolve("baseline"), 10, 9);
        Run fec = run(dir.resolve("fec"), 10, 9);
        assertThatCode(() -> assertThat(fec).comparedTo(baseline).recoverySuccess().isSame()).doesNotThrowAnyException();
    }

    @Test
    void fec_overhead_is_reported_as_changed_never_worse(@TempDir Path dir) {
        Run baseline = run(dir.resolve("baseline"), 10, 9);
        Run fec = run(dir.resolve("fec"), 50, 9); // half the media packets: twice the overhead
        assertThat(fec).comparedTo(baseline).fecOverhead().isNotWorse()
                .extracting(r -> r.verdict()).isEqualTo(Verdict.CHANGED);
        assertThatThrownBy(() -> assertThat(fec).comparedTo(baseline).fecOverhead().isSame())
                .hasMessageStartingWith("Expecting the candidate's FEC overhead to be the same as the baseline's,"
                        + " but the verdict is CHANGED:\n"
                        + "FEC overhead (%, reported, not judged): CHANGED\n"
                        + "  conditions: NOT COMPARABLE: the candidate faced 40 points more network loss than the"
                        + " baseline (50 % against 10 %), so its figures are not comparable\n"
                        + "  candidate: 20 % (1 run, 12 blocks, 60 s per run)\n"
                        + "  baseline:  11.11 % (1 run, 12 blocks, 60 s per run)\n");
    }

    @Test
    void fewer_packets_lost_is_reported_not_judged_better(@TempDir Path dir) {
        Run baseline = run(dir.resolve("baseline"), 10, 9);
        Run fec = run(dir.resolve("fec"), 8, 9); // 8 of 100 lost a second instead of 10: 2 points less, comparable
        assertThatThrownBy(() -> assertThat(fec).comparedTo(baseline).packetLossRate().isBetter())
                .hasMessageStartingWith("Expecting the candidate's packet loss rate to be better than the baseline's,"
                        + " but the verdict is CHANGED:\n"
                        + "packet loss rate (/s, reported, not judged): CHANGED\n"
                        + "  candidate: 8 /s (1 run, 12 blocks, 60 s per run)\n"
                        + "  baseline:  10 /s (1 run, 12 blocks, 60 s per run)\n");
    }

    @Test
    void a_candidate_that_faced_more_network_loss_is_flagged_in_the_failure(@TempDir Path dir) {
        Run baseline = run(dir.resolve("baseline"), 2, 1);
        Run fec = run(dir.resolve("fec"), 10, 5);
        assertThatThrownBy(() -> assertThat(fec).comparedTo(baseline).frameLossRate().isBetter())
                .hasMessageStartingWith("Expecting the candidate's frame loss rate to be better than the baseline's,"
                        + " but the verdict is SAME:\n"
                        + "frame loss rate (%, lower is better): SAME\n"
                        + "  conditions: NOT COMPARABLE: the candidate faced 8 points more network loss than the"
                        + " baseline (10 % against 2 %), so its figures are not comparable\n"
                        + "  candidate: 0 % (1 run, 12 blocks, 60 s per run)\n");
    }
}
