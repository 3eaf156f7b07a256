package dev.fecunit.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@code @RunDir} value into the absolute path of a run directory: relative values resolve
 * against the runs root; glob segments ({@code *}, {@code ?}, {@code [..]}, {@code {..}}) match
 * folder names on one level, and among the matching run directories the newest wins.
 */
final class RunLocator {

    static final String FRAMES_CSV = "frames.csv";

    private RunLocator() {
    }

    /** The path {@code value} names, with glob segments left in (for messages). */
    static Path pattern(String value, Path root) {
        return root.resolve(value).normalize();
    }

    /** Whether {@code value} contains a glob segment. */
    static boolean isGlob(String value) {
        return value.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /**
     * The newest run directory (one holding {@code frames.csv}) matching {@code pattern}, or empty.
     * Newest means: the latest modification time of {@code frames.csv}, ties going to the greater path.
     */
    static Optional<Path> newestMatch(Path pattern) {
        return matches(pattern).stream()
                .max(Comparator.comparing((Path dir) -> framesWritten(dir)).thenComparing(Path::toString));
    }

    /** Every run directory (one holding {@code frames.csv}) matching {@code pattern}, sorted by path. */
    static List<Path> allMatches(Path pattern) {
        return matches(pattern).stream().sorted().toList();
    }

    private static List<Path> matches(Path pattern) {
        Path start = pattern.getRoot();
        List<Path> candidates = new ArrayList<>();
        candidates.add(start == null ? Path.of("") : start);
        for (Path segment : pattern) {
            String name = segment.toString();
            List<Path> next = new ArrayList<>();
            for (Path base : candidates) {
                if (!isGlob(name)) {
                    next.add(base.resolve(name));
                    continue;
                }
                PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + name);
                if (!Files.isDirectory(base)) {
                    continue;
                }
                try (DirectoryStream<Path> children = Files.newDirectoryStream(base)) {
                    for (Path child : children) {
                        if (Files.isDirectory(child) && matcher.matches(child.getFileName())) {
                            next.add(child);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + base + ": " + e, e);
                }
            }
            candidates = next;
        }
        return candidates.stream().filter(dir -> Files.isRegularFile(dir.resolve(FRAMES_CSV))).toList();
    }

    private static FileTime framesWritten(Path dir) {
        try {
            return Files.getLastModifiedTime(dir.resolve(FRAMES_CSV));
        } catch (IOException e) {
            return FileTime.fromMillis(Long.MIN_VALUE);
        }
    }
}
