package dev.fecunit.internal.io;

import dev.fecunit.Diagnostic;
import dev.fecunit.Frames;
import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.FrameLoss;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FramesCsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void keepsOnlyFramesInsideTheWindowSortedByReceiveTime() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec"))
                .window(1_000_000, 2_000_000)
                .frame(999_999, 1, 960_000)     // warm-up, before T0
                .frame(1_500_000, 3, 1_460_000)
                .frame(1_000_000, 2, 960_000)   // exactly T0, written out of order
                .frame(2_000_000, 4, 1_960_000) // exactly T1
                .frame(2_000_001, 5, 1_960_001) // after T1
                .load();

        Frames frames = run.frames();
        assertThat(frames.size()).isEqualTo(3);
        assertThat(new long[] {frames.receiveUs(0), frames.receiveUs(1), frames.receiveUs(2)})
                .containsExactly(1_000_000, 1_500_000, 2_000_000);
        assertThat(new long[] {frames.frameId(0), frames.frameId(1), frames.frameId(2)}).containsExactly(2, 3, 4);
        assertThat(run.diagnostics()).isEmpty();
    }

    @Test
    void halfWrittenLastLineIsSkippedAndNamed() {
        Path runDir = RunDirectoryBuilder.in(dir.resolve("died"))
                .windowWithoutEnd(0)
                .frame(1_000_000, 1, 960_000)
                .frame(1_033_000, 2, 993_000)
                .write();
        RunDirectoryBuilder.append(runDir, "frames.csv", "1066000,3,17");

        Run run = Run.load(runDir);

        assertThat(run.frames().size()).isEqualTo(2);
        assertThat(run.diagnostics()).filteredOn(d -> d.file().equals("frames.csv")).containsExactly(new Diagnostic("frames.csv", 4,
                "row has 3 fields but the header has 5 (half-written last line); row skipped"));
        // the seed would have taken 17 us as the capture time: a latency of about 1066 ms
        assertThat(RunSummary.of(run).latencyMeanMs()).isEqualTo(40.0);
    }

    @Test
    void rowWithWrongFieldCountOrBadNumberIsSkippedAndTheRestIsKept() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec"))
                .window(0, 10_000_000)
                .frame(1_000_000, 1, 960_000)
                .rawFrameLine("1033000,2,993000,1280")
                .rawFrameLine("1066000,x3,1026000,1280,720")
                .frame(1_100_000, 4, 1_060_000)
                .load();

        assertThat(run.frames().size()).isEqualTo(2);
        assertThat(run.diagnostics()).extracting(Diagnostic::line, Diagnostic::message).containsExactly(
                tuple(3L, "row has 4 fields but the header has 5; row skipped"),
                tuple(4L, "row has a field that is not an integer (\"x3\"); row skipped"));
    }

    @Test
    void readsCrlfFiles() {
        Run run = RunDirectoryBuilder.in(dir.resolve("windows"))
                .window(0, 10_000_000)
                .frames(1, 30, 1_000_000, 33_333, 40_000)
                .crlf()
                .load();

        assertThat(run.frames().size()).isEqualTo(30);
        assertThat(run.meta().windowEndUs()).isEqualTo(10_000_000);
        assertThat(run.diagnostics()).isEmpty();
    }

    @Test
    void columnsAreFoundByHeaderName() {
        Run run = RunDirectoryBuilder.in(dir.resolve("reordered-columns"))
                .window(0, 10_000_000)
                .framesHeader("frame_id,width,height,user_timestamp_us,recv_wall_us")
                .rawFrameLine("7,640,360,960000,1000000")
                .load();

        assertThat(run.frames().frameId(0)).isEqualTo(7);
        assertThat(run.frames().receiveUs(0)).isEqualTo(1_000_000);
        assertThat(run.frames().captureUs(0)).isEqualTo(960_000);
        assertThat(run.frames().width(0)).isEqualTo(640);
    }

    @Test
    void headerWithoutReceiveTimeIsOneDiagnosticAndNoFrames() {
        Run run = RunDirectoryBuilder.in(dir.resolve("bad-header"))
                .window(0, 10_000_000)
                .framesHeader("frame_id,user_timestamp_us")
                .rawFrameLine("1,960000")
                .load();

        assertThat(run.frames().isEmpty()).isTrue();
        assertThat(run.diagnostics()).extracting(Diagnostic::file, Diagnostic::line)
                .containsExactly(tuple("frames.csv", 1L));
    }

    @Test
    void duplicatedAndReorderedRowsAreNotLossButAreNoted() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec"))
                .window(0, 10_000_000)
                .frame(1_000_000, 100, 960_000)
                .frame(1_033_000, 102, 1_026_000) // 102 overtook 101
                .frame(1_040_000, 101, 993_000)
                .frame(1_066_000, 103, 1_059_000)
                .frame(1_070_000, 100, 960_000)   // 100 logged again
                .frame(1_100_000, 104, 1_092_000)
                .load();

        FrameLoss loss = FrameAnalysis.frameLoss(run);
        assertThat(loss).isEqualTo(new FrameLoss(6, 5, 0, 0));
        assertThat(run.diagnostics()).extracting(Diagnostic::line, Diagnostic::message).containsExactly(
                tuple(4L, "frame 101 was received after frame 102 (a duplicated or reordered row);"
                        + " frame loss counts distinct ids, so it is not a loss"),
                tuple(6L, "frame 100 was received after frame 103 (a duplicated or reordered row);"
                        + " frame loss counts distinct ids, so it is not a loss"));
    }

    @Test
    void emptyIdOrCaptureTimeKeepsTheRowAsReceived() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec"))
                .window(0, 10_000_000)
                .rawFrameLine("1000000,,960000,1280,720")
                .rawFrameLine("1033000,2,,1280,720")
                .rawFrameLine("1066000,3,0,1280,720")
                .load();

        RunSummary summary = RunSummary.of(run);
        assertThat(summary.framesReceived()).isEqualTo(3);
        assertThat(summary.framesExpected()).isEqualTo(2);
        assertThat(summary.latencyMeanMs()).isEqualTo(40.0); // only the first row has a capture time
    }

    @Test
    void quotedFieldsAreReadAsTheirPlainText() {
        Run plain = RunDirectoryBuilder.in(dir.resolve("plain")).window(0, 10_000_000)
                .frame(1_000_000, 1, 960_000)
                .rawFrameLine("1033000,2,993000")
                .frame(1_066_000, 4, 1_026_000)
                .load();
        Run quoted = RunDirectoryBuilder.in(dir.resolve("quoted")).window(0, 10_000_000)
                .framesHeader("\"recv_wall_us\",\"frame_id\",\"user_timestamp_us\",\"width\",\"height\"")
                .rawFrameLine("\"1000000\",\"1\",\"960000\",\"1280\",\"720\"")
                .rawFrameLine("1033000,2,993000")
                .rawFrameLine("1066000,\"4\",1026000,1280,720")
                .load();

        assertThat(RunSummary.of(quoted)).isEqualTo(RunSummary.of(plain));
        assertThat(quoted.diagnostics()).isEqualTo(plain.diagnostics());
        assertThat(quoted.diagnostics()).extracting(Diagnostic::line).containsExactly(3L);
    }
}
