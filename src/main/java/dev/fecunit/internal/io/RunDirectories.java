package dev.fecunit.internal.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds run directories by a glob relative to a root: the one home of that rule for run sets and histories. */
public final class RunDirectories {

    private RunDirectories() {
    }

    /**
     * Every directory under {@code root} whose relative path matches the glob {@code pattern}, sorted by path.
     *
     * @param example a pattern to show in the error, e.g. {@code out/*&#47;fec}
     * @throws IllegalArgumentException when nothing matches, naming the pattern and the root
     * @throws UncheckedIOException     when the root cannot be listed
     */
    public static List<Path> matching(Path root, String pattern, String example) {
        Path base = root.toAbsolutePath().normalize();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        int depth = pattern.split("/").length;
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(base)) {
            try (Stream<Path> paths = Files.walk(base, depth)) {
                paths.filter(Files::isDirectory)
                        .filter(p -> !p.equals(base) && matcher.matches(base.relativize(p)))
                        .sorted()
                        .forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not list run directories under [" + base + "]: " + e.getMessage(), e);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("Pattern [" + pattern + "] matched no run directory under [" + base
                    + "]; check the pattern (a glob such as " + example + ") and the directory");
        }
        return found;
    }
}
