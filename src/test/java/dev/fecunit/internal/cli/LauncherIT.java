package dev.fecunit.internal.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher {@code target/fecunit} run as a real process after {@code mvn package} built it (the
 * pom's {@code launcher-it} execution, phase {@code integration-test}): it prints exactly what
 * {@code java -jar target/fecunit-cli.jar} prints, maps fecunit's classes from the archive the build
 * trained, and starts without the archive, silently, whenever the archive does not fit.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    private static final Path BUILD = Path.of(System.getProperty("fecunit.build.directory", "target"));
    private static final Path RUNS = Path.of("example-tests/runs").toAbsolutePath();
    private static final String[] SUMMARY = {"summary", "--run", RUNS.resolve("burst-ab/baseline").toString(),
            "--run", RUNS.resolve("defects/fec").toString()};
    /** The JDK running this test is the one the build trained the archive with (both are Maven's). */
    private static final String JAVA_HOME = System.getProperty("java.home");

    private static Result plainJar;

    @BeforeAll
    static void runTheJarItself() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(JAVA_HOME, "bin", "java").toString(), "-jar",
                BUILD.resolve("fecunit-cli.jar").toString()));
        command.addAll(List.of(SUMMARY));
        plainJar = run(command, Map.of());
        assertThat(plainJar.status).isZero();
    }

    @Test
    void printsExactlyWhatTheJarPrints() throws Exception {
        Result launched = launch(BUILD, "", SUMMARY);

        assertThat(launched.status).isZero();
        assertThat(launched.out).isEqualTo(plainJar.out).startsWith("metric");
        assertThat(launched.err).isEqualTo(plainJar.err);
    }

    @Test
    void mapsFecunitsClassesFromTheArchiveTheBuildTrained(@TempDir Path temp) throws Exception {
        Path classes = temp.resolve("classes.txt");

        Result launched = launch(BUILD, "-Xlog:class+load=info:file=" + classes, SUMMARY);

        assertThat(launched.status).isZero();
        assertThat(Files.readAllLines(classes)).anyMatch(line -> line.contains(" dev.fecunit.internal.cli.Main source: shared objects file"));
    }

    @Test
    void aJarRebuiltAfterTheArchiveStartsWithoutItAndSaysNothing(@TempDir Path temp) throws Exception {
        Path copy = copyOfTheLauncher(temp);
        // The archive remembers the jar it was made from (size and time): a newer jar no longer fits.
        Files.setLastModifiedTime(copy.resolve("fecunit-cli.jar"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Path classes = temp.resolve("classes.txt");

        Result launched = launch(copy, "-Xlog:class+load=info:file=" + classes, SUMMARY);

        assertThat(launched.status).isZero();
        assertThat(launched.out).isEqualTo(plainJar.out);
        assertThat(launched.err).isEqualTo(plainJar.err);
        assertThat(Files.readAllLines(classes)).noneMatch(line -> line.contains("shared objects file"));
    }

    @Test
    void aDamagedArchiveIsIgnoredSilently(@TempDir Path temp) throws Exception {
        Path copy = copyOfTheLauncher(temp);
        Files.writeString(copy.resolve("fecunit.jsa"), "not a class-data-sharing archive\n");

        Result launched = launch(copy, "", SUMMARY);

        assertThat(launched.status).isZero();
        assertThat(launched.out).isEqualTo(plainJar.out);
        assertThat(launched.err).isEqualTo(plainJar.err);
    }

    @Test
    void anArchiveMadeByAnotherJdkIsNotOffered(@TempDir Path temp) throws Exception {
        Path copy = copyOfTheLauncher(temp);
        Files.writeString(copy.resolve("fecunit.jsa.jdk"), "/opt/another-jdk/bin/java\n");

        // were the archive handed over, -Xlog:cds=info (after the launcher's cds*=off) would name it
        Result launched = launch(copy, "-Xlog:cds=info", SUMMARY);

        assertThat(launched.status).isZero();
        assertThat(launched.out).doesNotContain(copy.resolve("fecunit.jsa").toString()).endsWith(plainJar.out);
        assertThat(launched.err).isEqualTo(plainJar.err);
    }

    @Test
    void withoutAnArchiveTheLauncherStillRuns(@TempDir Path temp) throws Exception {
        Path copy = copyOfTheLauncher(temp);
        Files.delete(copy.resolve("fecunit.jsa"));
        Files.delete(copy.resolve("fecunit.jsa.jdk"));

        Result launched = launch(copy, "", SUMMARY);

        assertThat(launched.status).isZero();
        assertThat(launched.out).isEqualTo(plainJar.out);
        assertThat(launched.err).isEqualTo(plainJar.err);
    }

    @Test
    void javaOptsComeLastSoTheyWin() throws Exception {
        Result launched = launch(BUILD, "-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal", SUMMARY);

        assertThat(launched.status).isZero();
        assertThat(launched.out).containsPattern("intx TieredStopAtLevel += 4 ");
    }

    @Test
    void aCollectorNamedInJavaOptsReplacesTheLaunchersOwn() throws Exception {
        Result launched = launch(BUILD, "-XX:+UseParallelGC -XX:+PrintFlagsFinal", SUMMARY);

        assertThat(launched.status).isZero();
        assertThat(launched.out).containsPattern("bool UseParallelGC += true ")
                .containsPattern("bool UseSerialGC += false ").endsWith(plainJar.out);
    }

    @Test
    void aUsageErrorExitsWithTwoAndTheUsageText() throws Exception {
        Result launched = launch(BUILD, "", "summary");

        assertThat(launched.status).isEqualTo(2);
        assertThat(launched.out).isEmpty();
        assertThat(launched.err).startsWith("fecunit: summary needs at least one --run DIR\nusage: ");
    }

    @Test
    void aPathWithSpacesWorks(@TempDir Path temp) throws Exception {
        Path spaced = temp.resolve("my build dir");
        Files.createDirectories(spaced);
        Path copy = copyOfTheLauncher(spaced);

        Result launched = launch(copy, "", SUMMARY);

        assertThat(launched.status).isZero();
        assertThat(launched.out).isEqualTo(plainJar.out);
    }

    /** The launcher, the jar (with its time kept, so the archive still fits) and the archive in {@code dir}. */
    private static Path copyOfTheLauncher(Path dir) throws IOException {
        for (String file : List.of("fecunit", "fecunit-cli.jar", "fecunit.jsa", "fecunit.jsa.jdk")) {
            Files.copy(BUILD.resolve(file), dir.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return dir;
    }

    private static Result launch(Path dir, String javaOpts, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(dir.resolve("fecunit").toString()));
        command.addAll(List.of(args));
        return run(command, Map.of("JAVA_HOME", JAVA_HOME, "JAVA_OPTS", javaOpts));
    }

    private static Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        Path out = Files.createTempFile("fecunit-launcher", ".out");
        Path err = Files.createTempFile("fecunit-launcher", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("no exit after 2 minutes: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private record Result(int status, String out, String err) {
    }
}
