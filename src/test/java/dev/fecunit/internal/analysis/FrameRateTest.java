package dev.fecunit.internal.analysis;

import dev.fecunit.Run;
import dev.fecunit.analysis.Scope;
import dev.fecunit.testing.RunDirectoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FrameRateTest {

    @TempDir
    Path dir;

    /** 4 s window; 10 frames/s in seconds 0, 1 and 3, 5 frames in second 2 (a burst from 2 s to 3 s). */
    private Run run() {
        return RunDirectoryBuilder.in(dir.resolve("fec"))
                .window(0, 4_000_000)
                .frames(1, 20, 0, 100_000, 50_000)      // seconds 0 and 1
                .frames(21, 25, 2_000_000, 200_000, 50_000)   // second 2: 5 frames
                .frames(26, 35, 3_000_000, 100_000, 50_000)   // second 3
                .event(2_000_000, "burst_on").event(3_000_000, "burst_off")
                .load();
    }

    @Test
    void meanFpsIsFramesReceivedOverTheWindowLength() {
        assertThat(FrameRate.meanFps(run(), Scope.whole(run()))).hasValue(35 / 4.0);
    }

    @Test
    void meanFpsOfTheBurstsIsFramesReceivedInThemOverTheirLength() {
        Run run = run();
        assertThat(FrameRate.meanFps(run, Scope.bursts(run))).hasValue(5.0);
        assertThat(FrameRate.meanFps(run, Scope.outsideBursts(run))).hasValue(30 / 3.0);
    }

    @Test
    void aRunWithoutT1HasNoMeanFps() {
        Run run = RunDirectoryBuilder.in(dir.resolve("died")).windowWithoutEnd(0)
                .frames(1, 10, 0, 100_000, 50_000).load();
        assertThat(FrameRate.meanFps(run, Scope.whole(run))).isEmpty();
    }

    @Test
    void worstSecondIsTheSecondWithFewestFrames() {
        Run run = run();
        assertThat(FrameRate.worstSecond(run, Scope.whole(run))).contains(new FrameRate.Second(2, 5.0));
        assertThat(FrameRate.worstSecond(run, Scope.outsideBursts(run))).contains(new FrameRate.Second(0, 10.0));
    }

    @Test
    void aSecondCutByTheScopeIsNotJudged() {
        Run run = run();
        assertThat(FrameRate.worstSecond(run, Scope.between(500_000, 1_900_000, "part"))).isEmpty();
    }
}
