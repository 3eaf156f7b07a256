package dev.fecunit.internal.cli;

import dev.fecunit.testing.RunDirectoryBuilder;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a run larger than the heap, read by the real CLI in a JVM with a 16 MB heap, is one
 * sentence naming the run, its size and the heap setting: no stack trace, exit status 1.
 */
class OutOfMemoryInAForkedJvmTest {

    @TempDir
    Path dir;

    @Test
    void aRunLargerThanTheHeapIsOneSentenceAndExitStatus1() throws Exception {
        Path run = RunDirectoryBuilder.in(dir.resolve("soak")).window(0, Long.MAX_VALUE / 2).withoutPromFile().write();
        byte[] row = "1000000,1,960000,1280,720\n".getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[row.length * 40_000];
        for (int i = 0; i < 40_000; i++) {
            System.arraycopy(row, 0, block, i * row.length, row.length);
        }
        try (OutputStream out = Files.newOutputStream(run.resolve("frames.csv"))) {
            out.write("recv_wall_us,frame_id,user_timestamp_us,width,height\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 25; i++) { // 24 MB: its columns need about 19 MB
                out.write(block);
            }
        }
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(javaCommand.toString(), "-Xmx16m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "summary", "--run", run.toString()))
                .redirectErrorStream(false).start();
        process.getOutputStream().close();
        byte[] stdout = process.getInputStream().readAllBytes();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(stdout).isEmpty();
        assertThat(stderr).matches("fecunit: run \\[" + Pattern.quote(run.toAbsolutePath().toString()) + "\\], 24 MB"
                + " \\(frames.csv 24 MB, meta.env \\d+ bytes\\), does not fit in the Java heap of \\d+ MB; give it more:"
                + " java -Xmx512m -jar fecunit-cli.jar \\.\\.\\., or JAVA_OPTS=-Xmx512m for the target/fecunit launcher\n");
    }
}
