package dev.fecunit.internal.io;

import dev.fecunit.CounterSeries;
import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: at most 48 bytes retained per frame row and 16 per counter sample, measured on the
 * columns' array lengths (capacity included), never by timing.
 */
class RetainedMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aFrameRowRetainsAtMost48BytesAndACounterSample16() {
        RunDirectoryBuilder builder = RunDirectoryBuilder.in(dir.resolve("fec")).window(1_000_000, 400_000_000);
        builder.frames(1, 10_000, 1_000_000, 33_333, 40_000);
        for (int s = 0; s < 300; s++) {
            builder.counter("livekit_nack_total{dir=\"in\"}", 1_000_000 + s * 1_000_000L, s)
                    .counter("livekit_nack_total{dir=\"out\"}", 1_000_000 + s * 1_000_000L, 2 * s);
        }
        Run run = builder.load();

        assertThat(run.frames().size()).isEqualTo(10_000);
        assertThat(run.frames().retainedBytes()).isLessThanOrEqualTo(48L * run.frames().size());
        for (CounterSeries series : run.series("livekit_nack_total")) {
            assertThat(series.size()).isEqualTo(300);
            assertThat(series.retainedBytes()).isEqualTo(16L * series.size());
        }
    }

    @Test
    void rowsOutsideTheWindowCostNothingRetained() throws Exception {
        // 9,000 warm-up rows before T0: the columns were sized for the whole file, then trimmed
        Path runDir = RunDirectoryBuilder.in(dir.resolve("warm-up")).window(9_000_000_000L, 10_000_000_000L)
                .frames(1, 10_000, 1_000_000, 1_000_000, 40_000).write();

        Run run = Run.load(runDir);

        assertThat(run.frames().size()).isEqualTo(1_000);
        assertThat(run.frames().retainedBytes()).isLessThanOrEqualTo(48L * run.frames().size());
    }

    @Test
    void shuffledRowsAreSortedWithoutKeepingMoreThan48BytesARow() throws Exception {
        Path runDir = RunDirectoryBuilder.in(dir.resolve("shuffled")).window(0, 100_000_000_000L).write();
        StringBuilder csv = new StringBuilder("recv_wall_us,frame_id,user_timestamp_us,width,height\n");
        for (int i = 0; i < 5_000; i++) {
            int k = (int) ((i * 7_919L) % 5_000); // a permutation of 0..4999
            csv.append(1_000_000 + k * 33_333L).append(',').append(k + 1).append(',').append(960_000 + k * 33_333L)
                    .append(",1280,720\n");
        }
        Files.writeString(runDir.resolve("frames.csv"), csv);

        Run run = Run.load(runDir);

        assertThat(run.frames().size()).isEqualTo(5_000);
        for (int i = 0; i < run.frames().size(); i++) {
            assertThat(run.frames().frameId(i)).isEqualTo(i + 1);
        }
        assertThat(run.frames().retainedBytes()).isLessThanOrEqualTo(48L * run.frames().size());
    }
}
