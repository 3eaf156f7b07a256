package dev.fecunit.internal.io;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: implausible measurement windows (the harness really loses meta.env and really writes
 * runs without T1_US) are clamped to the data with a diagnostic, and nothing overflows at the extremes.
 */
class MeasurementWindowTest {

    private static final long T0 = 1_700_000_000_000_000L;

    @TempDir
    Path dir;

    private RunDirectoryBuilder frames(RunDirectoryBuilder run) {
        return run.frame(T0 + 1_000_000, 1, T0 + 960_000)
                .frame(T0 + 1_033_000, 2, T0 + 993_000)
                .frame(T0 + 1_066_000, 3, T0 + 1_026_000);
    }

    @Test
    void withoutMetaEnvTheWindowStartsAtTheFirstFrameNotIn1970() throws Exception {
        Path runDir = frames(RunDirectoryBuilder.in(dir.resolve("fec")).windowWithoutEnd(0)).write();
        Files.delete(runDir.resolve("meta.env"));

        Run run = Run.load(runDir);

        assertThat(run.meta().windowStartUs()).isEqualTo(T0 + 1_000_000);
        assertThat(run.meta().t1Us()).isEmpty();
        assertThat(run.frames().size()).isEqualTo(3);
        assertThat(run.secondsSinceStart(T0 + 1_066_000)).isEqualTo(0.066);
        assertThat(run.diagnostics()).containsExactly(
                new Diagnostic("meta.env", 0, "file is missing from " + runDir.toAbsolutePath() + "; read as empty"),
                new Diagnostic("meta.env", 0, "T0_US is missing, so the measurement window starts at the first frame"
                        + " received (" + (T0 + 1_000_000) + ")"));
    }

    @Test
    void withoutT0TheWindowStartsAtTheFirstFrame() {
        Run run = frames(RunDirectoryBuilder.in(dir.resolve("fec")).meta("T1_US", Long.toString(T0 + 2_000_000)))
                .load();

        assertThat(run.meta().windowStartUs()).isEqualTo(T0 + 1_000_000);
        assertThat(run.meta().windowEndUs()).isEqualTo(T0 + 2_000_000);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("meta.env", 0, "T0_US is missing, so the"
                + " measurement window starts at the first frame received (" + (T0 + 1_000_000) + ")"));
    }

    @Test
    void aNegativeT0StartsTheWindowAtTheFirstFrame() {
        Run run = frames(RunDirectoryBuilder.in(dir.resolve("fec")).window(-5, T0 + 2_000_000)).load();

        assertThat(run.meta().windowStartUs()).isEqualTo(T0 + 1_000_000);
        assertThat(run.frames().size()).isEqualTo(3);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("meta.env", 2, "T0_US is negative (-5), which"
                + " no wall clock is, so the measurement window starts at the first frame received (" + (T0 + 1_000_000)
                + ")"));
    }

    @Test
    void t0AfterT1TakesTheWindowFromTheData() {
        Run run = frames(RunDirectoryBuilder.in(dir.resolve("fec")).window(T0 + 5_000_000, T0)).load();

        assertThat(run.meta().windowStartUs()).isEqualTo(T0 + 1_000_000);
        assertThat(run.meta().windowEndUs()).isEqualTo(T0 + 1_066_000);
        assertThat(run.frames().size()).isEqualTo(3);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("meta.env", 3, "T1_US (" + T0 + ") is before"
                + " T0_US (" + (T0 + 5_000_000) + "); the measurement window is taken from the data: the first frame"
                + " received (" + (T0 + 1_000_000) + ") to the last frame received (" + (T0 + 1_066_000) + ")"));
    }

    @Test
    void aWindowOfCenturiesIsNarrowedToTheData() {
        Run run = frames(RunDirectoryBuilder.in(dir.resolve("fec")).window(T0, Long.MAX_VALUE)).load();

        assertThat(run.meta().windowStartUs()).isEqualTo(T0 + 1_000_000);
        assertThat(run.meta().windowEndUs()).isEqualTo(T0 + 1_066_000);
        assertThat(run.frames().size()).isEqualTo(3);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("meta.env", 3, "the window T0_US..T1_US ("
                + T0 + " to 9223372036854775807) is longer than 30 days, longer than any run; it is narrowed to the"
                + " data: the first frame received (" + (T0 + 1_000_000) + ") to the last frame received ("
                + (T0 + 1_066_000) + ")"));
    }

    @Test
    void withoutT1AFrameStampedTenMillionSecondsLaterIsLeftOut() {
        Run run = frames(RunDirectoryBuilder.in(dir.resolve("died")).windowWithoutEnd(T0))
                .frame(T0 + 10_000_000_000_000L, 4, T0 + 10_000_000_000_000L - 40_000)
                .load();

        assertThat(run.frames().size()).isEqualTo(3);
        assertThat(run.meta().t1Us()).isEmpty();
        assertThat(run.diagnostics()).containsExactly(
                new Diagnostic("meta.env", 0, "T1_US is missing: the run did not finish, so the measurement window"
                        + " has no end and everything after T0_US is judged"),
                new Diagnostic("frames.csv", 5, "1 row is stamped more than 30 days after T0_US (the first at this"
                        + " line) and the run has no T1_US: no run is that long, so they are left out"));
    }

    @Test
    void aRunOfADayWithoutT1KeepsEveryFrame() {
        Run run = RunDirectoryBuilder.in(dir.resolve("died")).windowWithoutEnd(T0)
                .frame(T0 + 1_000_000, 1, T0 + 960_000)
                .frame(T0 + 86_400_000_000L, 2, T0 + 86_400_000_000L - 40_000)
                .load();

        assertThat(run.frames().size()).isEqualTo(2);
    }

    @Test
    void theLargestT1AndFrameIdAreReadWithoutOverflow() {
        Run run = RunDirectoryBuilder.in(dir.resolve("extreme")).window(T0, Long.MAX_VALUE)
                .frame(T0 + 1_000_000, Long.MAX_VALUE, T0 + 960_000)
                .frame(T0 + 1_033_000, Long.MAX_VALUE - 1, T0 + 993_000)
                .load();

        assertThat(run.frames().size()).isEqualTo(2);
        assertThat(run.frames().frameId(0)).isEqualTo(Long.MAX_VALUE);
        assertThat(run.meta().windowEndUs()).isEqualTo(T0 + 1_033_000);
        assertThat(run.secondsSinceStart(T0 + 1_033_000)).isEqualTo(0.033);
    }

    @Test
    void secondsSinceStartIsRightForAnyTwoLongs() {
        Run run = RunDirectoryBuilder.in(dir.resolve("far")).window(Long.MAX_VALUE - 10, Long.MAX_VALUE).load();

        assertThat(run.meta().windowStartUs()).isEqualTo(Long.MAX_VALUE - 10);
        assertThat(run.secondsSinceStart(Long.MIN_VALUE)).isEqualTo(-1.8446744073709552E13);
        assertThat(run.secondsSinceStart(Long.MAX_VALUE)).isEqualTo(0.00001);
    }

    @Test
    void withoutMetaEnvAStrayFrameStampedIn1970DoesNotStretchTheWindowOverDecades() throws Exception {
        // found by fuzzing: a cut row "603103,138,..." with meta.env lost started the window in 1970
        Path runDir = frames(RunDirectoryBuilder.in(dir.resolve("fec")).windowWithoutEnd(0))
                .rawFrameLine("603103,138,1763904101566666,1280,720")
                .write();
        Files.delete(runDir.resolve("meta.env"));

        Run run = Run.load(runDir);

        long start = T0 + 1_066_000 - 30L * 24 * 3600 * 1_000_000;
        assertThat(run.meta().windowStartUs()).isEqualTo(start);
        assertThat(run.frames().size()).isEqualTo(3);
        assertThat(run.frames().receiveUs(0)).isEqualTo(T0 + 1_000_000);
        assertThat(run.diagnostics()).containsExactly(
                new Diagnostic("meta.env", 0, "file is missing from " + runDir.toAbsolutePath() + "; read as empty"),
                new Diagnostic("meta.env", 0, "T0_US is missing, so the measurement window starts 30 days before the"
                        + " last frame received (" + start + ")"),
                new Diagnostic("frames.csv", 5, "1 row is stamped more than 30 days before the last frame (the first at"
                        + " this line) and the run has no T0_US: no run is that long, so they are left out"));
    }

    @Test
    void aT1MoreThanThirtyDaysAfterT0LeavesOutTheRowsStampedAfterThem() {
        Run run = frames(RunDirectoryBuilder.in(dir.resolve("fec")).window(T0, T0 + 40L * 24 * 3600 * 1_000_000))
                .frame(T0 + 35L * 24 * 3600 * 1_000_000, 4, T0 + 35L * 24 * 3600 * 1_000_000 - 40_000)
                .load();

        assertThat(run.frames().size()).isEqualTo(3);
        assertThat(run.meta().windowStartUs()).isEqualTo(T0 + 1_000_000);
        assertThat(run.meta().windowEndUs()).isEqualTo(T0 + 1_066_000);
        assertThat(run.diagnostics()).extracting(Diagnostic::file, Diagnostic::line).containsExactly(
                org.assertj.core.api.Assertions.tuple("meta.env", 3L), org.assertj.core.api.Assertions.tuple("frames.csv", 5L));
        assertThat(run.diagnostics().get(1).message()).isEqualTo("1 row is stamped more than 30 days after T0_US (the"
                + " first at this line): no run is that long, so they are left out");
    }
}
