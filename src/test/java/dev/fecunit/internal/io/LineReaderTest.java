package dev.fecunit.internal.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTest {

    /** Every line as {@code number:text} ({@code number:<N bytes>} when too long), {@code !} marking a cut last line. */
    private static List<String> lines(InputStream in, int maxLineBytes) throws IOException {
        LineReader reader = new LineReader(in, maxLineBytes);
        List<String> lines = new ArrayList<>();
        while (reader.next()) {
            String text = reader.tooLong() ? "<" + reader.length() + " bytes>"
                    : new String(reader.bytes(), reader.start(), reader.end() - reader.start(), StandardCharsets.UTF_8);
            lines.add(reader.number() + ":" + text + (reader.terminated() ? "" : "!"));
        }
        return lines;
    }

    /** A stream that hands out one byte per read, so every line end falls on a buffer boundary once. */
    private static InputStream trickle(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            int next;

            @Override
            public int read() {
                return next < bytes.length ? bytes[next++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (next >= bytes.length) {
                    return -1;
                }
                b[off] = bytes[next++];
                return 1;
            }
        };
    }

    @Test
    void splitsAtLfCrlfAndLoneCrLikePythonsUniversalNewlines() throws Exception {
        String text = "a\nbb\r\nccc\rdddd\r\r\neeeee";

        assertThat(lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 100))
                .containsExactly("1:a", "2:bb", "3:ccc", "4:dddd", "5:", "6:eeeee!");
        assertThat(lines(trickle(text), 100)).containsExactly("1:a", "2:bb", "3:ccc", "4:dddd", "5:", "6:eeeee!");
    }

    @Test
    void aLineLongerThanTheLimitIsPassedOverWithItsLengthAndItsLineEnd() throws Exception {
        String text = "ok\n" + "x".repeat(200_000) + "\r\nafter\n" + "y".repeat(70_000) + "\r";

        assertThat(lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1000))
                .containsExactly("1:ok", "2:<200000 bytes>", "3:after", "4:<70000 bytes>");
        assertThat(lines(trickle(text), 1000)).containsExactly("1:ok", "2:<200000 bytes>", "3:after", "4:<70000 bytes>");
    }

    @Test
    void aLineOfExactlyTheLimitIsRead() throws Exception {
        String text = "z".repeat(1000) + "\n" + "w".repeat(1001) + "\n";

        assertThat(lines(trickle(text), 1000)).containsExactly("1:" + "z".repeat(1000), "2:<1001 bytes>");
    }

    @Test
    void anEmptyFileHasNoLine() throws Exception {
        assertThat(lines(new ByteArrayInputStream(new byte[0]), 10)).isEmpty();
    }
}
