package dev.fecunit.junit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends sections to GitHub Actions' job summary file ({@code GITHUB_STEP_SUMMARY}), each whole: Surefire
 * may run several test JVMs at once, all appending to the same file, so every section is written in one
 * go under an exclusive lock on the file ({@link FileChannel#lock()}, which other processes respect),
 * and within one JVM one writer at a time (a JVM may not hold two locks on one file).
 */
final class JobSummary {

    /** One writer per JVM: the file lock is per process, and overlapping requests in one JVM throw. */
    private static final Object WRITER = new Object();

    private JobSummary() {
    }

    /** Appends {@code section} to {@code file} (created if missing), whole. */
    static void append(Path file, String section) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(section.getBytes(StandardCharsets.UTF_8));
        synchronized (WRITER) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                FileLock lock = channel.lock();
                try {
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                } finally {
                    lock.release();
                }
            }
        }
    }
}
