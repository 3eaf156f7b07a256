package dev.fecunit.junit;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.testing.RunDirectoryBuilder;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** {@code @RunDir} injection on the real Jupiter engine: where runs come from, and every way it can go wrong. */
class RunDirInjectionTests {

    @TempDir
    Path root;

    /** baseline: frames 1..10 with 3 and 4 lost; fec: frames 1..10 with 4 lost. */
    private void writeAbPair() {
        RunDirectoryBuilder.in(root.resolve("ab/baseline")).window(0, 10_000_000)
                .frames(1, 2, 1_000_000, 33_000, 40_000).frames(5, 10, 1_132_000, 33_000, 40_000).write();
        RunDirectoryBuilder.in(root.resolve("ab/fec")).window(0, 10_000_000)
                .frames(1, 3, 1_000_000, 33_000, 40_000).frames(5, 10, 1_132_000, 33_000, 40_000).write();
    }

    private static List<String> failureMessages(EngineExecutionResults results) {
        return results.testEvents().failed().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                        .getThrowable().orElseThrow().getMessage())
                .collect(Collectors.toList());
    }

    // --- where runs come from ---------------------------------------------------------------

    @TestKitOnly
    static class TestMethodParametersTestCases {
        @Test
        void injectsBothRunsInOrder(@RunDir("ab/baseline") Run baseline, @RunDir("ab/fec") Run fec) {
            assertThat(baseline.name()).isEqualTo("baseline");
            assertThat(RunSummary.of(baseline).framesLost()).isEqualTo(2);
            assertThat(fec.name()).isEqualTo("fec");
            assertThat(RunSummary.of(fec).framesLost()).isEqualTo(1);
        }
    }

    @Test
    void runDirAloneBringsTheExtensionAndInjectsTestMethodParameters() {
        writeAbPair();
        FecTestKit.runsRoot(root).execute(TestMethodParametersTestCases.class)
                .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    }

    @TestKitOnly
    @ExtendWith(FecExtension.class)
    static class ExplicitExtendWithTestCases {
        @Test
        void injects(@RunDir("ab/fec") Run fec) {
            assertThat(fec.name()).isEqualTo("fec");
        }
    }

    @Test
    void explicitExtendWithNextToRunDirRegistersTheExtensionOnce() {
        writeAbPair();
        FecTestKit.runsRoot(root).execute(ExplicitExtendWithTestCases.class)
                .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @TestKitOnly
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class ConstructorAndLifecycleTestCases {
        private final Run fromConstructor;
        private Run fromBeforeAll;
        private Run fromBeforeEach;

        ConstructorAndLifecycleTestCases(@RunDir("ab/baseline") Run baseline) {
            this.fromConstructor = baseline;
        }

        @BeforeAll
        void beforeAll(@RunDir("ab/fec") Run fec) {
            this.fromBeforeAll = fec;
        }

        @BeforeEach
        void beforeEach(@RunDir("ab/fec") Run fec) {
            this.fromBeforeEach = fec;
        }

        @Test
        void sharesOneInstancePerRunDirectory(@RunDir("ab/./fec") Run fec, @RunDir("ab/baseline") Run baseline) {
            assertThat(fromConstructor).isSameAs(baseline);
            assertThat(fromBeforeAll).isSameAs(fec).isSameAs(fromBeforeEach);
        }
    }

    @Test
    void injectsConstructorAndLifecycleMethodParametersAndSharesTheLoadedRun() {
        writeAbPair();
        FecTestKit.runsRoot(root).execute(ConstructorAndLifecycleTestCases.class)
                .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    /** A team's own name for a run it injects often. */
    @java.lang.annotation.Target(java.lang.annotation.ElementType.PARAMETER)
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @RunDir("ab/fec")
    @interface FecRun {
    }

    @TestKitOnly
    static class ComposedAnnotationTestCases {
        @Test
        void injects(@FecRun Run fec) {
            assertThat(fec.name()).isEqualTo("fec");
        }
    }

    @Test
    void anAnnotationMetaAnnotatedWithRunDirInjectsToo() {
        writeAbPair();
        FecTestKit.runsRoot(root).execute(ComposedAnnotationTestCases.class)
                .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @TestKitOnly
    static class AbsolutePathTestCases {
        @Test
        void injects(@RunDir("/no/such/place") Run run) {
        }
    }

    @Test
    void anAbsolutePathIgnoresTheRoot() {
        List<String> messages = failureMessages(FecTestKit.runsRoot(root).execute(AbsolutePathTestCases.class));
        assertThat(messages).containsExactly("@RunDir(\"/no/such/place\") on parameter [run] of"
                + " [AbsolutePathTestCases.injects(Run)]: the run directory [/no/such/place] does not exist;"
                + " relative paths resolve against the runs root [" + root + "], set by fecunit.runs.root (change it"
                + " in junit-platform.properties, a system property or Surefire's configurationParameters).");
    }

    // --- newest run of a glob -----------------------------------------------------------------

    @TestKitOnly
    static class NewestTestCases {
        @Test
        void injectsTheNewest(@RunDir("nightly/*/fec") Run fec) {
            assertThat(fec.meta().codec()).isEqualTo("vp8");
        }
    }

    @Test
    void aGlobInjectsTheRunWhoseFramesWereWrittenLast() throws IOException {
        Path older = RunDirectoryBuilder.in(root.resolve("nightly/2026-11-25/fec")).window(0, 1).meta("CODEC", "h264")
                .write();
        Path newer = RunDirectoryBuilder.in(root.resolve("nightly/2026-11-24/fec")).window(0, 1).meta("CODEC", "vp8")
                .write();
        Files.createDirectories(root.resolve("nightly/2026-11-26/fec")); // no frames.csv: not a run
        Files.setLastModifiedTime(older.resolve("frames.csv"), FileTime.from(Instant.parse("2026-11-25T10:00:00Z")));
        Files.setLastModifiedTime(newer.resolve("frames.csv"), FileTime.from(Instant.parse("2026-11-25T11:00:00Z")));

        FecTestKit.runsRoot(root).execute(NewestTestCases.class)
                .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void aGlobWithoutMatchNamesThePattern() {
        List<String> messages = failureMessages(FecTestKit.runsRoot(root).execute(NewestTestCases.class));
        assertThat(messages).containsExactly("@RunDir(\"nightly/*/fec\") on parameter [fec] of"
                + " [NewestTestCases.injectsTheNewest(Run)]: no run directory (a folder holding frames.csv) matches ["
                + root.resolve("nightly/*/fec") + "]; relative paths resolve against the runs root [" + root
                + "], set by fecunit.runs.root (change it in junit-platform.properties, a system property or"
                + " Surefire's configurationParameters).");
    }

    // --- errors ---------------------------------------------------------------------------------

    @TestKitOnly
    static class MissingTestCases {
        @Test
        void injects(@RunDir("ab/fec-typo") Run fec) {
        }
    }

    @Test
    void aMissingDirectoryFailsTheTestNamingValuePathAndRoot() {
        EngineExecutionResults results = FecTestKit.runsRoot(root).execute(MissingTestCases.class);

        results.testEvents().assertThatEvents().haveExactly(1, event(test("injects"),
                finishedWithFailure(instanceOf(ParameterResolutionException.class), message(
                        "@RunDir(\"ab/fec-typo\") on parameter [fec] of [MissingTestCases.injects(Run)]: the run"
                                + " directory [" + root.resolve("ab/fec-typo") + "] does not exist; relative paths"
                                + " resolve against the runs root [" + root + "], set by fecunit.runs.root (change it"
                                + " in junit-platform.properties, a system property or Surefire's"
                                + " configurationParameters)."))));
    }

    @Test
    void withoutARootRelativePathsResolveAgainstTheWorkingDirectory() {
        Path workingDirectory = Path.of("").toAbsolutePath();
        List<String> messages = failureMessages(FecTestKit.withoutRunsRoot().execute(MissingTestCases.class));
        assertThat(messages).containsExactly("@RunDir(\"ab/fec-typo\") on parameter [fec] of"
                + " [MissingTestCases.injects(Run)]: the run directory [" + workingDirectory.resolve("ab/fec-typo")
                + "] does not exist; relative paths resolve against the runs root [" + workingDirectory + "], the"
                + " working directory, because fecunit.runs.root is not set (set it in junit-platform.properties,"
                + " a system property or Surefire's configurationParameters).");
    }

    @Test
    void aDirectoryWithoutFramesCsvIsNotARunDirectory() throws IOException {
        Files.createDirectories(root.resolve("ab/fec-typo"));
        Files.writeString(root.resolve("ab/fec-typo/meta.env"), "MODE=fec\n");
        List<String> messages = failureMessages(FecTestKit.runsRoot(root).execute(MissingTestCases.class));
        assertThat(messages).containsExactly("@RunDir(\"ab/fec-typo\") on parameter [fec] of"
                + " [MissingTestCases.injects(Run)]: [" + root.resolve("ab/fec-typo") + "] holds no frames.csv, so"
                + " it is not a run directory (one holds meta.env, frames.csv, prom.tsv and events.csv); relative"
                + " paths resolve against the runs root [" + root + "], set by fecunit.runs.root (change it in"
                + " junit-platform.properties, a system property or Surefire's configurationParameters).");
    }

    @TestKitOnly
    static class WrongTypeTestCases {
        @Test
        void injects(@RunDir("ab/fec") Path fec) {
        }
    }

    @Test
    void aParameterOfAnotherTypeIsNamedWithTheFix() {
        writeAbPair();
        List<String> messages = failureMessages(FecTestKit.runsRoot(root).execute(WrongTypeTestCases.class));
        assertThat(messages).containsExactly("@RunDir(\"ab/fec\") on parameter [fec] of"
                + " [WrongTypeTestCases.injects(Path)]: the parameter is of type [java.nio.file.Path], but @RunDir"
                + " injects only dev.fecunit.Run, dev.fecunit.verdict.RunSet, dev.fecunit.history.RunHistory or"
                + " dev.fecunit.junit.RunFolder; declare it as Run to get the run directory [" + root.resolve("ab/fec") + "].");
    }

    // --- diagnostics ------------------------------------------------------------------------------

    @TestKitOnly
    static class DiagnosticsTestCases {
        @Test
        void injectsTwice(@RunDir("broken") Run run, @RunDir("./broken") Run again) {
        }
    }

    @Test
    void diagnosticsOfAnInjectedRunAreSummarisedOnceInTheTestsOutput() {
        Path broken = RunDirectoryBuilder.in(root.resolve("broken")).window(0, 10_000_000)
                .frames(1, 3, 1_000_000, 33_000, 40_000)
                .rawFrameLine("1099000,4").rawFrameLine("x,5,1,1280,720").rawFrameLine("1165000,6,1125000,1280")
                .rawFrameLine("1198000,7,1158000,1280,720,9")
                .write();
        List<dev.fecunit.Diagnostic> diagnostics = Run.load(broken).diagnostics();
        assertThat(diagnostics).hasSize(4);

        EngineExecutionResults results = FecTestKit.runsRoot(root).execute(DiagnosticsTestCases.class);

        List<String> entries = results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
                .filter(pairs -> pairs.containsKey("fecunit.diagnostics"))
                .map(pairs -> pairs.get("fecunit.diagnostics"))
                .collect(Collectors.toList());
        assertThat(entries).containsExactly("run [broken] at [" + broken + "]: 4 lines skipped or corrected: "
                + diagnostics.get(0) + "; " + diagnostics.get(1) + "; " + diagnostics.get(2)
                + "; and 1 more (see Run.diagnostics())");
    }

    // --- RunFolder ------------------------------------------------------------------------------

    @TestKitOnly
    static class RunFolderTestCases {
        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        void fecLosesFewerFramesInEveryRepeat(int n, @RunDir("repeats") RunFolder repeats) {
            Run baseline = repeats.run("baseline-" + n);
            Run fec = repeats.run("fec-" + n);
            assertThat(RunSummary.of(fec).framesLost()).isLessThan(RunSummary.of(baseline).framesLost());
        }
    }

    @Test
    void aRunFolderLoadsRunsByNameAndNamesAMissingOne() {
        for (int n = 1; n <= 2; n++) {
            RunDirectoryBuilder.in(root.resolve("repeats/baseline-" + n)).window(0, 10_000_000)
                    .frames(1, 2, 1_000_000, 33_000, 40_000).frames(5, 6, 1_132_000, 33_000, 40_000).write();
        }
        RunDirectoryBuilder.in(root.resolve("repeats/fec-1")).window(0, 10_000_000)
                .frames(1, 6, 1_000_000, 33_000, 40_000).write();

        EngineExecutionResults results = FecTestKit.runsRoot(root).execute(RunFolderTestCases.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        assertThat(failureMessages(results)).containsExactly("@RunDir(\"repeats\") RunFolder.run(\"fec-2\"): the"
                + " run directory [" + root.resolve("repeats/fec-2") + "] does not exist; relative paths resolve"
                + " against the runs root [" + root + "], set by fecunit.runs.root (change it in"
                + " junit-platform.properties, a system property or Surefire's configurationParameters).");
    }

}
