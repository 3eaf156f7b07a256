package dev.fecunit.internal.analysis;

import dev.fecunit.Run;
import dev.fecunit.analysis.Scope;
import dev.fecunit.analysis.SummaryFigure;
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
    void mostFramesLostInAGapAndTheLongestGapInTimeAreEachTheirOwnMaximum() {
        // ids 3-4 lost (2 frames) between id 2 (received 470 ms, late) and id 5 (450 ms): -20 ms;
        // id 8 lost (1 frame) between id 7 (600 ms) and id 9 (1000 ms): 400 ms, the longest in time.
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000 * MS)
                .frame(100 * MS, 1, 60 * MS).frame(450 * MS, 5, 400 * MS).frame(470 * MS, 2, 160 * MS)
                .frame(500 * MS, 6, 460 * MS).frame(600 * MS, 7, 560 * MS).frame(1_000 * MS, 9, 960 * MS)
                .load();

        WindowFigures whole = WindowFigures.of(run, Scope.whole(run));

        assertThat(whole.longestGapFrames()).isEqualTo(2);
        assertThat(whole.longestGapMs()).isEqualTo(400.0);
        assertThat(whole.summary().gapEvents()).isEqualTo(2);
    }

    @Test
    void theAllBurstsRowsLongestGapIsTheLongestOfAnyBurst() {
        // burst 0 (1-2 s): ids 12-15 lost (4 frames) in 500 ms; burst 1 (5-6 s): id 53 lost in 700 ms.
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000 * MS)
                .frames(1, 11, 0, 100 * MS, 0).frames(16, 52, 1_500 * MS, 100 * MS, 0)  // 11 at 1.0 s, 16 at 1.5 s
                .frame(5_800 * MS, 54, 5_800 * MS).frames(55, 80, 5_900 * MS, 100 * MS, 0)  // 52 at 5.1 s
                .event(1_000 * MS, "burst_on").event(2_000 * MS, "burst_off")
                .event(5_000 * MS, "burst_on").event(6_500 * MS, "burst_off").load();

        BurstBreakdown breakdown = BurstBreakdown.of(run);

        assertThat(breakdown.bursts()).extracting(b -> b.figures().longestGapFrames()).containsExactly(4L, 1L);
        assertThat(breakdown.bursts()).extracting(b -> b.figures().longestGapMs()).containsExactly(500.0, 700.0);
        assertThat(breakdown.allBursts().longestGapFrames()).isEqualTo(4);
        assertThat(breakdown.allBursts().longestGapMs()).isEqualTo(700.0);
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
