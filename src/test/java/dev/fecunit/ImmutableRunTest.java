package dev.fecunit;

import dev.fecunit.internal.io.FrameRows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 11.3: a Run, its Frames and its CounterSeries keep no array or list a caller can still change. */
class ImmutableRunTest {

    @Test
    void framesKeepNoArrayOfTheCaller() {
        long[] receive = {1_000_000, 1_033_000};
        long[] ids = {1, 2};
        long[] capture = {960_000, 993_000};
        int[] width = {1280, 640};
        int[] height = {720, 360};
        Frames frames = new Frames(receive, ids, capture, width, height);

        receive[0] = 5;
        ids[0] = 5;
        capture[0] = 5;
        width[1] = 5;
        height[1] = 5;

        assertThat(frames.receiveUs(0)).isEqualTo(1_000_000);
        assertThat(frames.frameId(0)).isEqualTo(1);
        assertThat(frames.captureUs(0)).isEqualTo(960_000);
        assertThat(frames.width(1)).isEqualTo(640);
        assertThat(frames.height(1)).isEqualTo(360);
    }

    @Test
    void counterSeriesKeepNoArrayOfTheCaller() {
        long[] wall = {1_000_000, 2_000_000};
        double[] values = {3, 4};
        CounterSeries series = new CounterSeries("x_total", LabelSet.empty(), wall, values);

        wall[0] = 5;
        values[0] = 5;

        assertThat(series.wallUs(0)).isEqualTo(1_000_000);
        assertThat(series.value(0)).isEqualTo(3);
    }

    @Test
    void aRunKeepsNoListOfTheCaller() {
        List<Diagnostic> diagnostics = new ArrayList<>(List.of(new Diagnostic("frames.csv", 2, "row skipped")));
        Run run = new Run(Path.of("fec"), new RunMeta(Map.of("T0_US", "0"), 0, OptionalLong.empty()), Frames.empty(),
                List.of(), List.of(), List.of(), diagnostics);

        diagnostics.clear();

        assertThat(run.diagnostics()).hasSize(1);
    }

    @Test
    void aRowPastTheTableIsAnErrorNotARowOfUnusedCapacity() {
        Frames frames = new Frames(new FrameRows(100).add(1_000_000, 1, 960_000, 1280, 720).build());

        assertThatThrownBy(() -> frames.receiveUs(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rowsAsReadAreSortedByReceiveTimeKeepingTheOrderOfEqualTimes() {
        Frames frames = new Frames(new FrameRows(4)
                .add(3_000, 3, 0, 640, 360)
                .add(1_000, 1, 0, 1280, 720)
                .add(3_000, 4, 0, 1280, 720)
                .add(2_000, 2, 0, 640, 360)
                .build());

        assertThat(new long[] {frames.frameId(0), frames.frameId(1), frames.frameId(2), frames.frameId(3)})
                .containsExactly(1, 2, 3, 4);
        assertThat(new int[] {frames.width(0), frames.width(1), frames.width(2), frames.width(3)})
                .containsExactly(1280, 640, 640, 1280);
        assertThat(frames.retainedBytes()).isEqualTo(4 * 24 + 3 * 12);
    }
}
