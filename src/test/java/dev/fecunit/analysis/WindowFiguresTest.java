package dev.fecunit.analysis;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WindowFiguresTest {

    private static final long MS = 1_000;

    @TempDir
    Path dir;

    @Test
    void theLongestGapIsTheEarliestOfTheLargestAndItsLengthIsTheReceiveTimeBetweenItsNeighbours() {
        // ids 3-4 lost (2 frames), ids 8-9 lost (2 frames); id 2 arrives late, after id 5.
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000 * MS)
                .frame(100 * MS, 1, 60 * MS).frame(450 * MS, 5, 400 * MS).frame(470 * MS, 2, 160 * MS)
                .frame(500 * MS, 6, 460 * MS).frame(600 * MS, 7, 560 * MS).frame(1_000 * MS, 10, 960 * MS)
                .load();

        WindowFigures whole = WindowFigures.of(run, Scope.whole(run));

        assertThat(whole.longestGapFrames()).isEqualTo(2);
        // gap 3-4 lies between id 2 (received 470 ms) and id 5 (450 ms): the late frame makes it negative
        assertThat(whole.longestGapMs()).isEqualTo(-20.0);
        assertThat(whole.summary().gapEvents()).isEqualTo(2);
    }

    @Test
    void aBurstWindowIsDescribedByItsIndexAndGivesRatesPerSecondOfBurst() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000 * MS)
                .frames(1, 100, 0, 100 * MS, 40 * MS)
                .counter("livekit_packet_loss_total", 2_500 * MS, 10)
                .counter("livekit_packet_loss_total", 3_500 * MS, 40)
                .counter("livekit_packet_loss_total", 4_500 * MS, 70)
                .event(3_000 * MS, "burst_on").event(5_000 * MS, "burst_off").load();
        RunWindow burst = RunWindows.bursts(run).get(0);

        WindowFigures figures = WindowFigures.of(run, burst.scope());

        assertThat(figures.description()).isEqualTo("burst 0");
        assertThat(figures.startS()).isEqualTo(3.0);
        assertThat(figures.endS()).isEqualTo(5.0);
        assertThat(figures.summary().packetLossTotal()).isEqualTo(60.0);
        assertThat(figures.perSecond(SummaryFigure.PACKET_LOSS_TOTAL)).isEqualTo(30.0);
        assertThat(figures.summary().framesReceived()).isEqualTo(20);
        assertThat(figures.freezes().interFrameDelays()).isEqualTo(20);
    }

    @Test
    void aRunWithoutT1HasNoEndNorLengthNorRates() {
        Run run = RunDirectoryBuilder.in(dir.resolve("died")).windowWithoutEnd(0)
                .frames(1, 10, 0, 100 * MS, 40 * MS).load();

        WindowFigures whole = WindowFigures.of(run, Scope.whole(run));

        assertThat(whole.startS()).isEqualTo(0.0);
        assertThat(whole.endS()).isNaN();
        assertThat(whole.durationS()).isNaN();
        assertThat(whole.perSecond(SummaryFigure.NACK_TOTAL)).isNaN();
        assertThat(whole.summary().framesReceived()).isEqualTo(10);
    }
}
