package dev.fecunit.internal.io;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Issue 12: a malformed record of frames.csv skips that record with a diagnostic, and the rest is read. */
class MalformedFramesCsvTest {

    @TempDir
    Path dir;

    private RunDirectoryBuilder run() {
        return RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000);
    }

    private static long[] ids(Run run) {
        long[] ids = new long[run.frames().size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = run.frames().frameId(i);
        }
        return ids;
    }

    @Test
    void anUnbalancedQuoteInARowSkipsThatRowAndKeepsEveryOther() {
        Run run = run()
                .frame(1_000_000, 1, 960_000)
                .rawFrameLine("1033000,\"2,993000,1280,720")
                .frame(1_066_000, 3, 1_026_000)
                .load();

        assertThat(ids(run)).containsExactly(1, 3);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("frames.csv", 3,
                "row has an unbalanced quote or text after a closing quote; row skipped"));
    }

    @Test
    void textAfterAClosingQuoteSkipsThatRow() {
        Run run = run()
                .rawFrameLine("1000000,\"1\"x,960000,1280,720")
                .frame(1_033_000, 2, 993_000)
                .load();

        assertThat(ids(run)).containsExactly(2);
        assertThat(run.diagnostics()).extracting(Diagnostic::line).containsExactly(2L);
    }

    @Test
    void anUnbalancedQuoteInTheHeaderStillReadsTheFrames() {
        Run run = run()
                .framesHeader("\"recv_wall_us,frame_id,user_timestamp_us,width,height")
                .frame(1_000_000, 1, 960_000)
                .frame(1_033_000, 2, 993_000)
                .load();

        assertThat(ids(run)).containsExactly(1, 2);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("frames.csv", 1,
                "the header has an unbalanced quote; its column names are read without the quotes"));
    }

    @Test
    void aRowWithANulByteIsSkipped() {
        Run run = run()
                .frame(1_000_000, 1, 960_000)
                .rawFrameLine("1033000,2\u0000,993000,1280,720")
                .rawFrameLine("\u0000\u0000\u0000\u0000")
                .frame(1_066_000, 3, 1_026_000)
                .load();

        assertThat(ids(run)).containsExactly(1, 3);
        assertThat(run.diagnostics()).extracting(Diagnostic::line, Diagnostic::message).containsExactly(
                tuple(3L, "row holds a NUL byte (a file overwritten or cut by a crash); row skipped"),
                tuple(4L, "row holds a NUL byte (a file overwritten or cut by a crash); row skipped"));
    }

    @Test
    void aRowThatIsNotUtf8IsSkipped() throws Exception {
        Path runDir = run().frame(1_000_000, 1, 960_000).write();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("1033000,2,993000,1280,720".getBytes(StandardCharsets.US_ASCII));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28, '\n'}); // a lead byte without its continuation
        bytes.write("1066000,3,1026000,1280,720\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(runDir.resolve("frames.csv"), bytes.toByteArray(), java.nio.file.StandardOpenOption.APPEND);

        Run run = Run.load(runDir);

        assertThat(ids(run)).containsExactly(1, 3);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("frames.csv", 3, "row is not valid UTF-8; row skipped"));
    }

    @Test
    void aFiveMegabyteLineIsSkippedUnreadAndTheLinesAfterItAreRead() {
        Run run = run()
                .frame(1_000_000, 1, 960_000)
                .rawFrameLine("9".repeat(5 * 1024 * 1024))
                .frame(1_033_000, 2, 993_000)
                .load();

        assertThat(ids(run)).containsExactly(1, 2);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("frames.csv", 3,
                "line is 5242880 bytes long, far longer than any frame row; line skipped"));
    }

    @Test
    void aFileWithoutHeaderIsReadByPositionWhenItHasTheFiveColumns() throws Exception {
        Path runDir = run().write();
        Files.writeString(runDir.resolve("frames.csv"), "1000000,1,960000,1280,720\n1033000,2,993000,1280,720\n");

        Run run = Run.load(runDir);

        assertThat(ids(run)).containsExactly(1, 2);
        assertThat(run.frames().captureUs(1)).isEqualTo(993_000);
        assertThat(run.frames().height(1)).isEqualTo(720);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("frames.csv", 1,
                "the file has no header line (line 1 is a frame row); its five columns are read by position as"
                        + " recv_wall_us,frame_id,user_timestamp_us,width,height"));
    }

    @Test
    void aFileWithoutHeaderAndWithOtherColumnsSaysNoFrameCanBeRead() throws Exception {
        Path runDir = run().write();
        Files.writeString(runDir.resolve("frames.csv"), "1000000,1,960000\n1033000,2,993000\n");

        Run run = Run.load(runDir);

        assertThat(run.frames().isEmpty()).isTrue();
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("frames.csv", 1,
                "the file has no header line (line 1 is a row of 3 numbers), and its rows do not have the five"
                        + " columns recv_wall_us,frame_id,user_timestamp_us,width,height; no frame can be read"));
    }

    @Test
    void aGarbageLineBeforeTheHeaderIsOneDiagnosticAndTheFramesAreRead() throws Exception {
        Path runDir = run().frame(1_000_000, 1, 960_000).write();
        String text = Files.readString(runDir.resolve("frames.csv"));
        Files.writeString(runDir.resolve("frames.csv"), "#### not csv at all ####\n" + text);

        Run run = Run.load(runDir);

        assertThat(ids(run)).containsExactly(1);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("frames.csv", 1,
                "line is neither the header (recv_wall_us,frame_id,user_timestamp_us,width,height) nor a frame row;"
                        + " line skipped"));
    }

    @Test
    void headerNamesAreReadWithoutSurroundingSpaces() {
        Run run = run()
                .framesHeader("recv_wall_us, frame_id, user_timestamp_us, width, height")
                .frame(1_000_000, 7, 960_000)
                .load();

        assertThat(ids(run)).containsExactly(7);
        assertThat(run.diagnostics()).isEmpty();
    }

    @Test
    void theExtremeLongIdIsKeptAndTheMissingMarkerIsNotAFrameId() {
        Run run = run()
                .rawFrameLine("1000000,9223372036854775807,960000,1280,720")
                .rawFrameLine("1033000,-9223372036854775808,993000,1280,720")
                .load();

        assertThat(ids(run)).containsExactly(Long.MAX_VALUE);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("frames.csv", 3,
                "row has a field that is out of the range of frame times and ids (\"-9223372036854775808\"); row skipped"));
    }

    @Test
    void aStrayLineOfNamesBeforeTheHeaderIsOneDiagnosticAndTheFramesAreRead() throws Exception {
        Path runDir = run().frame(1_000_000, 1, 960_000).write();
        String text = Files.readString(runDir.resolve("frames.csv"));
        Files.writeString(runDir.resolve("frames.csv"), "foo,bar\n" + text);

        Run run = Run.load(runDir);

        assertThat(ids(run)).containsExactly(1);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("frames.csv", 1,
                "line is neither the header (recv_wall_us,frame_id,user_timestamp_us,width,height) nor a frame row;"
                        + " line skipped"));
    }

    @Test
    void aHeaderOfOtherNamesIsNeverReadByPosition() {
        Run run = run()
                .framesHeader("recv_time,frame,capture,w,h")
                .rawFrameLine("1000000,1,960000,1280,720")
                .load();

        assertThat(run.frames().isEmpty()).isTrue();
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("frames.csv", 1, "the header has no recv_wall_us"
                + " column, so no frame can be placed in time; expected recv_wall_us,frame_id,user_timestamp_us,width,height"));
    }
}
