package dev.fecunit.junit;

import dev.fecunit.Run;
import dev.fecunit.history.RunHistory;
import dev.fecunit.report.Report;
import dev.fecunit.report.ReportFiles;
import dev.fecunit.verdict.Metric;

import org.junit.jupiter.api.MediaType;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the report of a test's runs into its own directory
 * ({@code <reports dir>/<test class>/<method>[<invocation>]}), publishes the files to JUnit and
 * prints {@code [[ATTACHMENT|path]]} lines, which Jenkins and Surefire's XML pick up.
 */
final class ReportAttachments {

    private static final Pattern SEGMENT = Pattern.compile("\\[([^:\\]]+):([^\\]]*)]");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._$\\[\\]-]");

    private ReportAttachments() {
    }

    /** Directories handed out in this test run, so no two tests ever share one (e.g. overloaded methods). */
    static final class Claims {
        private final ConcurrentMap<Path, String> owners = new ConcurrentHashMap<>();

        Path claim(Path wanted, String uniqueId) {
            Path candidate = wanted;
            for (int n = 2; ; n++) {
                String owner = owners.putIfAbsent(candidate, uniqueId);
                if (owner == null || owner.equals(uniqueId)) {
                    return candidate;
                }
                candidate = wanted.resolveSibling(wanted.getFileName() + "~" + n);
            }
        }
    }

    /** The report directory of the test of {@code context}, unique within the test run. */
    static Path directoryFor(ExtensionContext context, Path reportsDir) {
        String testClass = context.getTestClass().map(Class::getName).orElse("unknown-class");
        Path wanted = reportsDir.resolve(safe(testClass)).resolve(safe(testName(context.getUniqueId())));
        Claims claims = context.getRoot().getStore(FecExtension.NAMESPACE)
                .getOrComputeIfAbsent(Claims.class);
        return claims.claim(wanted, context.getUniqueId());
    }

    /**
     * {@code method}, or {@code method[3]} for the third invocation of a parameterized or repeated
     * test, from the segments of a unique id below the class.
     */
    static String testName(String uniqueId) {
        StringBuilder name = new StringBuilder();
        Matcher m = SEGMENT.matcher(uniqueId);
        while (m.find()) {
            String type = m.group(1);
            String value = m.group(2);
            switch (type) {
                case "engine", "class", "nested-class" -> {
                    // the class is the directory above
                }
                case "method", "test-template", "test-factory" -> {
                    int paren = value.indexOf('(');
                    name.append(paren < 0 ? value : value.substring(0, paren));
                }
                default -> name.append('[').append(value.startsWith("#") ? value.substring(1) : value).append(']');
            }
        }
        return name.length() == 0 ? "class" : name.toString();
    }

    private static String safe(String name) {
        return UNSAFE.matcher(name).replaceAll("_");
    }

    /** Renders the report of {@code runs} into {@code directory}, replacing a previous build's files. */
    static ReportFiles render(List<Run> runs, Path directory) {
        deleteFilesIn(directory);
        return Report.write(runs, directory);
    }

    /** Renders the report of {@code history} (every figure) into {@code directory}, replacing a previous build's files. */
    static ReportFiles renderHistory(RunHistory history, Path directory) {
        deleteFilesIn(directory);
        return Report.writeHistory(history, Metric.builtIn(), directory);
    }

    private static void deleteFilesIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, Files::isRegularFile)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the old report in " + directory + ": " + e, e);
        }
    }

    /**
     * Publishes each file with {@code ExtensionContext.publishFile}, PNG first, so IDEs and Open Test
     * Reporting list them.
     *
     * @throws RuntimeException when the JUnit in use cannot publish files (e.g. EngineTestKit without
     *                          an output directory creator)
     */
    static void publish(ExtensionContext context, ReportFiles files) {
        for (Path file : files.files()) {
            Path source = file.toAbsolutePath();
            context.publishFile(source.getFileName().toString(), mediaType(source),
                    target -> Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING));
        }
    }

    private static MediaType mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return MediaType.IMAGE_PNG;
        }
        if (name.endsWith(".json")) {
            return MediaType.APPLICATION_JSON;
        }
        if (name.endsWith(".html")) {
            return MediaType.create("text", "html", StandardCharsets.UTF_8);
        }
        if (name.endsWith(".txt")) {
            return MediaType.TEXT_PLAIN_UTF_8;
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }

    /** The {@code [[ATTACHMENT|/absolute/path]]} lines (Jenkins JUnit Attachments), PNG first. */
    static List<String> attachmentLines(ReportFiles files) {
        List<String> lines = new ArrayList<>();
        for (Path file : files.files()) {
            lines.add("[[ATTACHMENT|" + file.toAbsolutePath() + "]]");
        }
        return lines;
    }
}
