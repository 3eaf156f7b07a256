package dev.fecunit.internal.analysis;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.Scope;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CounterMathTest {

    private static final String NACK_IN = "livekit_nack_total{dir=\"in\"}";
    private static final String NACK_OUT = "livekit_nack_total{dir=\"out\"}";

    @TempDir
    Path dir;

    @Test
    void increaseTreatsADropAsARestartFromZero() {
        assertThat(CounterMath.increase(10, 15)).isEqualTo(5);
        assertThat(CounterMath.increase(40, 3)).isEqualTo(3);
        assertThat(CounterMath.increase(7, 7)).isZero();
    }

    @Test
    void totalSumsEverySeriesInsideTheWindowOnly() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(1_000_000, 4_000_000)
                .counter(NACK_IN, 0, 1)             // before T0: not counted
                .counter(NACK_IN, 1_000_000, 10)
                .counter(NACK_IN, 2_000_000, 15)
                .counter(NACK_IN, 4_000_000, 30)
                .counter(NACK_IN, 5_000_000, 99)    // after T1: not counted
                .counter(NACK_OUT, 1_500_000, 100)
                .counter(NACK_OUT, 3_500_000, 104)
                .load();

        assertThat(CounterMath.total(run, "livekit_nack_total", CounterMath.ALL)).isEqualTo(20 + 4);
        assertThat(CounterMath.total(run, "livekit_nack_total", l -> l.has("dir", "out"))).isEqualTo(4);
        assertThat(CounterMath.total(run, "no_such_total", CounterMath.ALL)).isZero();
    }

    @Test
    void resetLosesNoCountsWhereTheSeedLosesThem() {
        Run run = RunDirectoryBuilder.in(dir.resolve("restart")).window(0, 10_000_000)
                .counter(NACK_IN, 1_000_000, 100)
                .counter(NACK_IN, 2_000_000, 140)  // +40
                .counter(NACK_IN, 3_000_000, 5)    // restarted: +5
                .counter(NACK_IN, 4_000_000, 25)   // +20
                .load();

        // the seed: last - first = 25 - 100 = -75
        assertThat(CounterMath.total(run, "livekit_nack_total", CounterMath.ALL)).isEqualTo(65);
        Series rate = CounterMath.rate(run, "livekit_nack_total", CounterMath.ALL);
        assertThat(rate.xs()).containsExactly(2, 3, 4);
        assertThat(rate.ys()).containsExactly(40, 5, 20); // the seed clamps the reset second to 0
    }

    @Test
    void rateDividesByTheIntervalAndSumsSeriesPerSecond() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .counter(NACK_IN, 1_000_000, 0)
                .counter(NACK_IN, 3_000_000, 10)   // 5/s at second 3
                .counter(NACK_IN, 3_000_000, 12)   // zero-length interval: skipped
                .counter(NACK_OUT, 2_500_000, 0)
                .counter(NACK_OUT, 3_500_000, 2)   // 2/s at second 3
                .load();

        Series rate = CounterMath.rate(run, "livekit_nack_total", CounterMath.ALL);
        assertThat(rate.xs()).containsExactly(3);
        assertThat(rate.ys()).containsExactly(7);
    }

    @Test
    void totalOverAScopeCountsIntervalsEndingInsideIt() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .counter(NACK_IN, 1_000_000, 0)
                .counter(NACK_IN, 2_000_000, 3)
                .counter(NACK_IN, 3_000_000, 10)   // burst [2.5 s, 4.5 s): +7
                .counter(NACK_IN, 4_000_000, 1)    // reset inside the burst: +1
                .counter(NACK_IN, 5_000_000, 6)
                .load();

        Scope burst = Scope.between(2_500_000, 4_500_000, "burst");
        assertThat(CounterMath.total(run, "livekit_nack_total", CounterMath.ALL, burst)).isEqualTo(8);
        assertThat(CounterMath.total(run, "livekit_nack_total", CounterMath.ALL)).isEqualTo(3 + 7 + 1 + 5);
    }

    @Test
    void nonFiniteSamplesAreSkipped() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .counter(NACK_IN, 1_000_000, 10)
                .rawPromLine("2000000\t" + NACK_IN + "\tNaN")
                .counter(NACK_IN, 3_000_000, 16)
                .load();

        assertThat(CounterMath.total(run, "livekit_nack_total", CounterMath.ALL)).isEqualTo(6);
    }

    @Test
    void flexFecStatesSelectTheirSeries() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .counter("livekit_flexfec_packet_total{state=\"received\"}", 1_000_000, 10)
                .counter("livekit_flexfec_packet_total{state=\"received\"}", 2_000_000, 50)
                .counter("livekit_flexfec_packet_total{state=\"recovered\"}", 1_000_000, 1)
                .counter("livekit_flexfec_packet_total{state=\"recovered\"}", 2_000_000, 5)
                .load();

        RunSummary summary = RunSummary.of(run);
        assertThat(summary.fecReceived()).isEqualTo(40);
        assertThat(summary.fecRecovered()).isEqualTo(4);
        assertThat(summary.recoveryRatePct()).isEqualTo(10.0);
        assertThat(summary.fecInvalid()).isZero();
    }
}
