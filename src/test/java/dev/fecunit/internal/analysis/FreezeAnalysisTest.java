package dev.fecunit.internal.analysis;

import dev.fecunit.Run;
import dev.fecunit.analysis.Scope;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FreezeAnalysisTest {

    private static final long MS = 1_000;

    @TempDir
    Path dir;

    /** Frames received at the given times (ms), ids 1, 2, ... and a 40 ms latency. */
    private RunDirectoryBuilder framesAtMs(String name, long... receiveMs) {
        RunDirectoryBuilder run = RunDirectoryBuilder.in(dir.resolve(name)).window(0, 10_000 * MS);
        for (int i = 0; i < receiveMs.length; i++) {
            run.frame(receiveMs[i] * MS, i + 1, receiveMs[i] * MS - 40 * MS);
        }
        return run;
    }

    /**
     * 0..500 every 100 ms, a 600 ms freeze to 1100, 1200..2000 every 100 ms, a 5.1 s pause to 7100,
     * 7200..8000 every 100 ms: 26 frames, 25 delays.
     */
    private Run freezeAndPause(RunDirectoryBuilder builder) {
        long t = 0;
        for (int id = 1; id <= 26; id++) {
            builder.frame(t * MS, id, t * MS - 40 * MS);
            t += id == 6 ? 600 : id == 16 ? 5_100 : 100;
        }
        return builder.load();
    }

    @Test
    void aFreezeAndAPauseGiveTheWebrtcStatsFigures() {
        Run run = freezeAndPause(RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000 * MS));

        FreezeFigures f = FreezeAnalysis.of(run);

        assertThat(f.frames()).isEqualTo(26);
        assertThat(f.interFrameDelays()).isEqualTo(25);
        // 600 ms against the average of 5 x 100 + 600: max(3 * 183.3, 183.3 + 150) = 550 ms <= 600 ms.
        assertThat(f.freezeCount()).isEqualTo(1);
        assertThat(f.totalFreezesDurationS()).isEqualTo(0.6);
        assertThat(f.pauseCount()).isEqualTo(1);
        assertThat(f.totalPausesDurationS()).isEqualTo(5.1);
        assertThat(f.totalInterFrameDelayS()).isEqualTo(8.0);
        // 23 x 0.1^2 + 0.6^2 + 5.1^2
        assertThat(f.totalSquaredInterFrameDelayS2()).isCloseTo(26.6, within(1e-12));
        assertThat(f.harmonicFramerateFps()).isCloseTo(8.0 / 26.6, within(1e-12));
        // window [T0, T1] is 10 s + 1 us
        assertThat(f.freezeRatio()).isCloseTo(0.6 / 10.000001, within(1e-15));
        // smooth stretches: 0..500 (until the freeze), 1100..2000 (until the pause), 7100..8000 (to the end)
        assertThat(f.meanTimeBetweenFreezesS()).isCloseTo((0.5 + 0.9 + 0.9) / 3, within(1e-12));
        assertThat(f.meanFreezeDurationS()).isEqualTo(0.6);
        assertThat(FreezeAnalysis.freezes(run)).containsExactly(new Freeze(500 * MS, 1_100 * MS));
        assertThat(FreezeAnalysis.pauses(run)).containsExactly(new Freeze(2_000 * MS, 7_100 * MS));
    }

    @Test
    void noFreezeIsDetectedBeforeFiveDelaysAreInTheAverage() {
        // Only 4 delays, the first one 1 s long: still warming up.
        Run run = framesAtMs("warm-up", 0, 1_000, 1_033, 1_066, 1_099).load();

        FreezeFigures f = FreezeAnalysis.of(run);

        assertThat(f.interFrameDelays()).isEqualTo(4);
        assertThat(f.freezeCount()).isZero();
        assertThat(f.meanTimeBetweenFreezesS()).isCloseTo(1.099, within(1e-12));
    }

    @Test
    void theFifthDelayCountsItselfInTheAverageAndFreezesExactlyAtTheThreshold() {
        // 4 x 33 ms, then X: avg = floor((132 + X) / 5 ms) includes X; X = 220 ms: avg 70.4 -> 70, 220 >= 70 + 150.
        Run atThreshold = framesAtMs("at", 0, 33, 66, 99, 132).frame(352_000, 6, 300_000).load();
        Run justBelow = framesAtMs("below", 0, 33, 66, 99, 132).frame(351_999, 6, 300_000).load();

        assertThat(FreezeAnalysis.of(atThreshold).freezeCount()).isEqualTo(1);
        assertThat(FreezeAnalysis.freezes(atThreshold)).containsExactly(new Freeze(132 * MS, 352_000));
        assertThat(FreezeAnalysis.of(justBelow).freezeCount()).isZero();
    }

    /**
     * libwebrtc's own cases ({@code video/receive_statistics_proxy2_unittest.cc},
     * {@code ReceiveStatisticsProxy2TestWithFreezeDuration.FreezeDetection}): a frame, 2 s, then 31 frames
     * {@code frameMs} apart, then one {@code lastMs} later; the window holds 29 frame delays and the last.
     */
    private Run libwebrtcFreezeScenario(String name, long frameMs, long lastMs) {
        RunDirectoryBuilder run = RunDirectoryBuilder.in(dir.resolve(name)).window(0, 10_000 * MS);
        long t = 0;
        long id = 1;
        run.frame(t * MS, id++, 0);
        t += 2_000;
        for (int i = 0; i <= FreezeAnalysis.AVERAGE_WINDOW_DELAYS; i++) {
            t += frameMs;
            run.frame(t * MS, id++, t * MS - 40 * MS);
        }
        t += lastMs;
        run.frame(t * MS, id, t * MS - 40 * MS);
        return run.load();
    }

    @Test
    void aDelayOnLibwebrtcsThresholdIsAFreezeAsInLibwebrtc() {
        // Condition 1 (3 x avg decides): 29 x 150 ms + 483 ms: avg 161.1 ms, rounded down 161, 483 >= 3 x 161.
        assertThat(FreezeAnalysis.of(libwebrtcFreezeScenario("cond1-freeze", 150, 483)).freezeCount()).isEqualTo(1);
        assertThat(FreezeAnalysis.of(libwebrtcFreezeScenario("cond1-not", 150, 482)).freezeCount()).isZero();
        // Condition 2 (avg + 150 ms decides): 29 x 30 ms + 185 ms: avg 35.2 ms, rounded down 35, 185 >= 35 + 150.
        assertThat(FreezeAnalysis.of(libwebrtcFreezeScenario("cond2-freeze", 30, 185)).freezeCount()).isEqualTo(1);
        assertThat(FreezeAnalysis.of(libwebrtcFreezeScenario("cond2-not", 30, 184)).freezeCount()).isZero();
    }

    @Test
    void threeTimesTheAverageDecidesAtLowFrameRates() {
        // 5 fps: 4 x 200 ms then X; X >= 3 * floor((800 + X) / 5 ms): 1197 ms (avg 399.4 -> 399) is the least
        // (avg + 150 ms would allow 387 ms).
        Run at = framesAtMs("at", 0, 200, 400, 600, 800, 1_997).load();
        Run below = framesAtMs("below", 0, 200, 400, 600, 800, 1_996).load();

        assertThat(FreezeAnalysis.of(at).freezeCount()).isEqualTo(1);
        assertThat(FreezeAnalysis.of(below).freezeCount()).isZero();
    }

    @Test
    void aPauseIsCountedApartAndStaysOutOfTheAverage() {
        // 5 s exactly is not a pause (webrtc-stats: more than 5 s) but a freeze; 5 s + 1 us is a pause.
        Run fiveSeconds = framesAtMs("five", 0, 100, 200, 300, 400, 5_400).load();
        Run longer = framesAtMs("longer", 0, 100, 200, 300, 400).frame(5_400_001, 6, 5_360_000)
                // had the pause entered the average, this 600 ms delay would not be a freeze
                .frame(5_500_001, 7, 5_460_000).frame(6_100_001, 8, 6_060_000).load();

        assertThat(FreezeAnalysis.of(fiveSeconds).freezeCount()).isEqualTo(1);
        assertThat(FreezeAnalysis.of(fiveSeconds).pauseCount()).isZero();
        FreezeFigures f = FreezeAnalysis.of(longer);
        assertThat(f.pauseCount()).isEqualTo(1);
        assertThat(f.totalPausesDurationS()).isEqualTo(5.000001);
        // average after the pause: (4 x 100 + 100 + 600) / 6 = 183.3 ms; 600 >= max(550, 333.3)
        assertThat(f.freezeCount()).isEqualTo(1);
        assertThat(FreezeAnalysis.freezes(longer)).containsExactly(new Freeze(5_500_001, 6_100_001));
    }

    @Test
    void aDuplicatedRowIsNotASecondDeliveredFrame() {
        // frame 3 arrives again 500 ms later: had it counted, 500 ms and 0 ms delays would appear.
        Run run = framesAtMs("dup", 0, 100, 200, 300, 400, 500, 600)
                .frame(700 * MS, 3, 160 * MS).load();

        FreezeFigures f = FreezeAnalysis.of(run);

        assertThat(f.frames()).isEqualTo(7);
        assertThat(f.interFrameDelays()).isEqualTo(6);
        assertThat(f.totalInterFrameDelayS()).isEqualTo(0.6);
        assertThat(f.harmonicFramerateFps()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void anEmptyRunHasNoDelaysAndNoRates() {
        Run run = RunDirectoryBuilder.in(dir.resolve("empty")).window(0, 10_000 * MS).load();

        FreezeFigures f = FreezeAnalysis.of(run);

        assertThat(f.frames()).isZero();
        assertThat(f.interFrameDelays()).isZero();
        assertThat(f.freezeCount()).isZero();
        assertThat(f.pauseCount()).isZero();
        assertThat(f.totalFreezesDurationS()).isZero();
        assertThat(f.freezeRatio()).isZero();
        assertThat(f.harmonicFramerateFps()).isNaN();
        assertThat(f.meanTimeBetweenFreezesS()).isNaN();
        assertThat(f.meanFreezeDurationS()).isNaN();
    }

    @Test
    void aRunWithoutT1HasNoFreezeRatio() {
        Run run = RunDirectoryBuilder.in(dir.resolve("died")).windowWithoutEnd(0)
                .frames(1, 10, 0, 100 * MS, 40 * MS).load();

        assertThat(FreezeAnalysis.of(run).freezeRatio()).isNaN();
        assertThat(FreezeAnalysis.of(run).interFrameDelays()).isEqualTo(9);
    }

    @Test
    void aScopeTakesTheFreezesEndingInItWithTheWholeRunsHistory() {
        // burst 1000..1500 ms holds the delays ending at 1100 (the freeze), 1200, 1300, 1400.
        Run run = freezeAndPause(RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000 * MS)
                .event(1_000 * MS, "burst_on").event(1_500 * MS, "burst_off"));

        FreezeFigures bursts = FreezeAnalysis.of(run, Scope.bursts(run));
        FreezeFigures steady = FreezeAnalysis.of(run, Scope.outsideBursts(run));

        assertThat(bursts.frames()).isEqualTo(4);
        assertThat(bursts.interFrameDelays()).isEqualTo(4);
        assertThat(bursts.freezeCount()).isEqualTo(1);
        assertThat(bursts.totalFreezesDurationS()).isEqualTo(0.6);
        assertThat(bursts.totalInterFrameDelayS()).isEqualTo(0.9);
        // freeze 500..1100 covers 100 ms of the 500 ms burst
        assertThat(bursts.freezeRatio()).isCloseTo(0.2, within(1e-15));
        // the freeze opens the scope, so only the stretch 1100..1400 counts
        assertThat(bursts.meanTimeBetweenFreezesS()).isCloseTo(0.3, within(1e-12));
        assertThat(steady.freezeCount()).isZero();
        assertThat(steady.pauseCount()).isEqualTo(1);
        assertThat(steady.interFrameDelays()).isEqualTo(21);
        assertThat(steady.frames()).isEqualTo(22);
    }
}
