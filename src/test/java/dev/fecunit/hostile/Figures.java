package dev.fecunit.hostile;

import dev.fecunit.Frames;
import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.internal.report.BurstSections;

import java.util.ArrayList;
import java.util.List;

/**
 * What the properties compare and check of a loaded run: its summary figures and the summary
 * command's burst and freeze lines. Two loads agree when their {@code Figures} are equal
 * ({@code NaN} equals {@code NaN} in a record).
 *
 * @param summary            the table's figures
 * @param burstAndFreezeLines the three lines the summary command prints after the table
 */
record Figures(RunSummary summary, String burstAndFreezeLines) {

    /** The figures of {@code run}. */
    static Figures of(Run run) {
        return new Figures(RunSummary.of(run), BurstSections.summaryLines(List.of(run)));
    }

    /**
     * Every invariant a loaded run's figures must satisfy, whatever the input: counts non-negative,
     * lost at most expected, received equal to the frame rows in the window, rates and counter totals
     * finite and non-negative, latency percentiles ordered. Returns the violated ones (empty when all hold).
     */
    List<String> violations(Run run) {
        List<String> violations = new ArrayList<>();
        RunSummary s = summary;
        check(violations, s.framesReceived() >= 0, "frames_received " + s.framesReceived() + " < 0");
        check(violations, s.framesExpected() >= 0, "frames_expected " + s.framesExpected() + " < 0");
        check(violations, s.framesLost() >= 0, "frames_lost " + s.framesLost() + " < 0");
        check(violations, s.gapEvents() >= 0, "gap_events " + s.gapEvents() + " < 0");
        check(violations, s.framesLost() <= s.framesExpected(),
                "frames_lost " + s.framesLost() + " > frames_expected " + s.framesExpected());
        long inWindow = rowsInWindow(run);
        check(violations, s.framesReceived() == inWindow,
                "frames_received " + s.framesReceived() + " but " + inWindow + " frame rows are in the window");
        check(violations, Double.isFinite(s.frameLossPct()) && s.frameLossPct() >= 0 && s.frameLossPct() <= 100,
                "frame_loss_pct " + s.frameLossPct() + " not in [0, 100]");
        check(violations, Double.isFinite(s.recoveryRatePct()) && s.recoveryRatePct() >= 0,
                "recovery_rate_pct " + s.recoveryRatePct() + " not finite and >= 0");
        double[] totals = {s.fecReceived(), s.fecRecoveryAttempts(), s.fecRecovered(), s.fecRecoveryFailed(),
                s.fecUnused(), s.fecInvalid(), s.nackTotal(), s.packetLossTotal()};
        String[] names = {"fec_received", "fec_recovery_attempts", "fec_recovered", "fec_recovery_failed",
                "fec_unused", "fec_invalid", "nack_total", "packet_loss_total"};
        for (int i = 0; i < totals.length; i++) {
            check(violations, Double.isFinite(totals[i]) && totals[i] >= 0,
                    names[i] + " " + totals[i] + " not finite and >= 0");
        }
        double[] latency = {s.latencyMeanMs(), s.latencyP50Ms(), s.latencyP95Ms(), s.latencyP99Ms()};
        for (double value : latency) {
            check(violations, !Double.isInfinite(value), "a latency figure is infinite: " + value);
        }
        check(violations, !(s.latencyP50Ms() > s.latencyP95Ms()) && !(s.latencyP95Ms() > s.latencyP99Ms()),
                "latency percentiles out of order: p50 " + s.latencyP50Ms() + ", p95 " + s.latencyP95Ms()
                        + ", p99 " + s.latencyP99Ms());
        return violations;
    }

    /** Frame rows of the loaded run whose receive time lies in the measurement window. */
    static long rowsInWindow(Run run) {
        Frames frames = run.frames();
        long count = 0;
        for (int i = 0; i < frames.size(); i++) {
            if (run.inWindow(frames.receiveUs(i))) {
                count++;
            }
        }
        return count;
    }

    private static void check(List<String> violations, boolean holds, String violation) {
        if (!holds) {
            violations.add(violation);
        }
    }
}
