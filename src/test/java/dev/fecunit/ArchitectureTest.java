package dev.fecunit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-way data flow of ARCHITECTURE.md, checked on the sources: reading knows nothing of
 * analysis; analysis knows nothing of rendering, JUnit or AssertJ; assertions and the report only
 * consume analysis; the JUnit extension and the CLI are glue at the top.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/fecunit");

    /** Which fecunit packages each package may import ("" is dev.fecunit itself: Run and its parts). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("", Set.of("io")),
            Map.entry("io", Set.of("", "format")),
            Map.entry("format", Set.of()),
            Map.entry("analysis", Set.of("", "format")),
            Map.entry("verdict", Set.of("", "analysis", "format")),
            Map.entry("history", Set.of("", "analysis", "verdict", "format")),
            Map.entry("sweep", Set.of("", "analysis", "format")),
            Map.entry("baseline", Set.of("", "analysis", "verdict", "format")),
            Map.entry("report", Set.of("", "analysis", "sweep", "verdict", "history", "format")),
            Map.entry("assertj", Set.of("", "analysis", "sweep", "verdict", "baseline", "history", "format")),
            Map.entry("junit", Set.of("", "analysis", "sweep", "verdict", "history", "report", "format")),
            Map.entry("cli", Set.of("", "analysis", "sweep", "verdict", "history", "report", "format")));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.fecunit\\.(?:([a-z]+)\\.)?[A-Z]",
            Pattern.MULTILINE);

    @Test
    void packagesDependOnlyOnTheStagesBeforeThem() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file.getParent() == null ? file : file.getParent());
                String pkg = relative.toString().replace('/', '.');
                assertThat(ALLOWED).as("a stage for package [%s] in ARCHITECTURE.md and this test", pkg)
                        .containsKey(pkg);
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1) == null ? "" : m.group(1);
                    if (!imported.equals(pkg) && !ALLOWED.get(pkg).contains(imported)) {
                        violations.add(MAIN.relativize(file) + " imports dev.fecunit." + imported);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
