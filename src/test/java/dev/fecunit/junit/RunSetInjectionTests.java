package dev.fecunit.junit;

import dev.fecunit.testing.RunDirectoryBuilder;
import dev.fecunit.verdict.RunSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static dev.fecunit.assertj.FecAssertions.assertThat;

/** {@code @RunDir(pattern) RunSet}: repetitions injected as one set, on the real Jupiter engine. */
class RunSetInjectionTests {

    @TempDir
    Path root;

    /** fec-1..3 lose frame 4 of 10; baseline-1..2 lose frames 3 and 4; "other" is not a run directory. */
    private void writeRepeats() {
        for (int i = 1; i <= 3; i++) {
            RunDirectoryBuilder.in(root.resolve("repeats/fec-" + i)).window(0, 10_000_000)
                    .frames(1, 3, 1_000_000, 33_000, 40_000).frames(5, 10, 1_132_000, 33_000, 40_000).write();
        }
        for (int i = 1; i <= 2; i++) {
            RunDirectoryBuilder.in(root.resolve("repeats/baseline-" + i)).window(0, 10_000_000)
                    .frames(1, 2, 1_000_000, 33_000, 40_000).frames(5, 10, 1_132_000, 33_000, 40_000).write();
        }
        root.resolve("repeats/fec-notes").toFile().mkdirs();
    }

    private static List<String> failureMessages(EngineExecutionResults results) {
        return results.testEvents().failed().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                        .getThrowable().orElseThrow().getMessage())
                .collect(Collectors.toList());
    }

    @TestKitOnly
    static class PatternTestCases {
        static RunSet fec;
        static RunSet baseline;

        @Test
        void injectsEveryMatch(@RunDir("repeats/fec-*") RunSet fec, @RunDir("repeats/baseline-*") RunSet baseline) {
            PatternTestCases.fec = fec;
            PatternTestCases.baseline = baseline;
            assertThat(fec).comparedTo(baseline).frameLossRate().isNotWorse();
        }
    }

    @Test
    void aPatternInjectsEveryMatchingRunDirectorySortedByPath() {
        writeRepeats();

        EngineExecutionResults results = FecTestKit.runsRoot(root).execute(PatternTestCases.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        assertThat(PatternTestCases.fec.runs()).extracting(run -> run.name()).containsExactly("fec-1", "fec-2", "fec-3");
        assertThat(PatternTestCases.baseline.size()).isEqualTo(2);
    }

    @TestKitOnly
    static class NoMatchTestCases {
        @Test
        void injects(@RunDir("repeats/candidate-*") RunSet candidate) {
        }
    }

    @Test
    void aPatternMatchingNothingNamesThePattern() {
        writeRepeats();

        List<String> messages = failureMessages(FecTestKit.runsRoot(root).execute(NoMatchTestCases.class));

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).startsWith("@RunDir(\"repeats/candidate-*\") on parameter [candidate] of"
                + " [NoMatchTestCases.injects(RunSet)]: no run directory (a folder holding frames.csv) matches ["
                + root.resolve("repeats/candidate-*") + "]; ");
    }

    @TestKitOnly
    static class WorseTestCases {
        @Test
        void fecIsNotWorse(@RunDir("repeats/baseline-*") RunSet candidate, @RunDir("repeats/fec-*") RunSet baseline) {
            assertThat(candidate).comparedTo(baseline).frameLossRate().isNotWorse();
        }
    }

    @Test
    void aFailingVerdictListsEveryRunOfBothSets() {
        writeRepeats();

        List<String> messages = failureMessages(FecTestKit.runsRoot(root).execute(WorseTestCases.class));

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0))
                .startsWith("Expecting the candidate's frame loss rate not to be worse than the baseline's, but it is WORSE:")
                .contains("  candidate: 20 % (2 runs, 4 blocks, 10 s per run)\n")
                .endsWith("  baseline runs: " + root.resolve("repeats/fec-1") + ", " + root.resolve("repeats/fec-2")
                        + ", " + root.resolve("repeats/fec-3"));
    }
}
