package dev.fecunit.junit;

import dev.fecunit.sweep.LossLevelPair;
import dev.fecunit.sweep.Sweep;
import dev.fecunit.sweep.SweepCell;
import dev.fecunit.sweep.TinySweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static dev.fecunit.assertj.FecAssertions.assertThat;

/** {@code @SweepDir} injection, {@code @SweepSource} invocations and the sweep report on failures, run through EngineTestKit. */
class SweepExtensionTests {

    @TempDir
    Path root;

    /** At loss 0.1: baseline loses 2 of 10, FEC r30/random 1 of 10; at 0.2: baseline 1 of 10, FEC 3 of 10. */
    private void writeSweep() {
        TinySweep.in(root.resolve("sweep"))
                .cell("b1", "baseline", "0.1", "-", "-", 10, Set.of(3L, 4L), 0, 0)
                .cell("f1", "fec", "0.1", "30", "random", 10, Set.of(5L), 20, 5)
                .cell("b2", "baseline", "0.2", "-", "-", 10, Set.of(3L), 0, 0)
                .cell("f2", "fec", "0.2", "30", "random", 10, Set.of(3L, 5L, 7L), 20, 5)
                .write();
    }

    private static Throwable failureOf(Event event) {
        return event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    }

    private static String argumentShown(Event event) {
        return event.getTestDescriptor().getDisplayName().replaceFirst("^\\[\\d+] (\\w+ ?= ?)?", "");
    }

    @TestKitOnly
    static class InjectedSweepTestCases {
        @Test
        void fecBeatsTheBaselineEverywhere(@SweepDir("sweep") Sweep sweep) {
            assertThat(sweep).everyFecConfigLosesFewerFramesThanTheBaseline();
        }

        @Test
        void theSweepHasFourCells(@SweepDir("sweep") Sweep sweep) {
            assertThat(sweep.cells()).hasSize(4);
        }
    }

    @Test
    void injectsTheSweepAndAttachesItsReportToAFailure() {
        writeSweep();

        EngineExecutionResults results = FecTestKit.runsRoot(root).outputDirectory(root.resolve("out"))
                .execute(InjectedSweepTestCases.class);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        Throwable failure = failureOf(results.testEvents().failed().list().get(0));
        assertThat(failure).hasMessageContaining("but 1 of 2 does not:\n  FEC r30/random at loss 0.2 (f2)");
        Path reportDir = root.resolve("fecunit-reports")
                .resolve(InjectedSweepTestCases.class.getName()).resolve("fecBeatsTheBaselineEverywhere");
        assertThat(failure.getSuppressed()).hasSize(1);
        assertThat(failure.getSuppressed()[0]).isInstanceOf(SweepReportAttached.class)
                .hasMessage("fecunit sweep report of [" + root.resolve("sweep") + "]: "
                        + reportDir.resolve("sweep_report.png") + " (also sweep_summary.csv)");
        assertThat(reportDir.resolve("sweep_report.png")).isNotEmptyFile();
        assertThat(reportDir.resolve("sweep_summary.csv")).isNotEmptyFile();
        assertThat(reportDir.resolve("failure.json")).content()
                .contains("  \"runs\": [\n    {\n      \"name\": \"sweep\",\n      \"path\": \"" + root.resolve("sweep")
                        + "\"\n    }\n  ],")
                .contains("  \"files\": [\n    \"sweep_report.png\",\n    \"sweep_summary.csv\"\n  ]");
        assertThat(root.resolve("fecunit-reports").resolve(InjectedSweepTestCases.class.getName())
                .resolve("theSweepHasFourCells")).doesNotExist();
        assertThat(results.allEvents().fileEntryPublished().list())
                .extracting(e -> e.getPayload(FileEntry.class).orElseThrow().getPath().getFileName().toString())
                .containsExactly("sweep_report.png", "sweep_summary.csv");
    }

    @TestKitOnly
    static class SourcedCellsTestCases {
        @ParameterizedTest
        @SweepSource("sweep")
        void everyCellHasTenExpectedFrames(SweepCell cell) {
            assertThat(cell.run().frames().size()).isGreaterThanOrEqualTo(7);
        }

        @ParameterizedTest
        @SweepSource(value = "sweep", each = SweepSource.Each.BASELINE_PAIR)
        void fecLosesFewerFrames(LossLevelPair pair) {
            assertThat(pair.fec().run().frames().size()).isGreaterThan(pair.baseline().run().frames().size());
        }
    }

    @TestKitOnly
    static class FecCellsTestCases {
        @ParameterizedTest
        @SweepSource(value = "sweep", each = SweepSource.Each.FEC_CELL)
        void everyFecCell(SweepCell cell) {
            assertThat(cell.isBaseline()).isFalse();
        }
    }

    @Test
    void yieldsOnlyTheFecCellsWhenAskedSoNoInvocationIsSkipped() {
        writeSweep();

        EngineExecutionResults results = FecTestKit.runsRoot(root).execute(FecCellsTestCases.class);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).skipped(0).aborted(0));
        assertThat(results.testEvents().started().list()).extracting(SweepExtensionTests::argumentShown)
                .containsExactly("FEC r30/random at loss 0.1 (f1)", "FEC r30/random at loss 0.2 (f2)");
    }

    @Test
    void yieldsEveryCellOrEveryBaselinePairNamedAfterIt() {
        writeSweep();

        EngineExecutionResults results = FecTestKit.runsRoot(root).outputDirectory(root.resolve("out"))
                .execute(SourcedCellsTestCases.class);

        // JUnit names an invocation "[n] <parameter name>=<argument>"; the argument is the cell or pair.
        assertThat(results.testEvents().started().list()).extracting(SweepExtensionTests::argumentShown)
                .containsExactlyInAnyOrder(
                        "baseline at loss 0.1 (b1)", "FEC r30/random at loss 0.1 (f1)",
                        "baseline at loss 0.2 (b2)", "FEC r30/random at loss 0.2 (f2)",
                        "FEC r30/random vs baseline at loss 0.1", "FEC r30/random vs baseline at loss 0.2");
        List<Event> failed = results.testEvents().failed().list();
        assertThat(failed).extracting(SweepExtensionTests::argumentShown)
                .containsExactly("FEC r30/random vs baseline at loss 0.2");
        assertThat(Arrays.asList(failureOf(failed.get(0)).getSuppressed()))
                .singleElement().isInstanceOf(SweepReportAttached.class);
        assertThat(root.resolve("fecunit-reports").resolve(SourcedCellsTestCases.class.getName())
                .resolve("fecLosesFewerFrames[2]").resolve("sweep_report.png")).isNotEmptyFile();
    }

    @Test
    void invocationsRunInParallelAndTheFailingOneGetsItsReport() {
        writeSweep();

        EngineExecutionResults results = FecTestKit.runsRoot(root).outputDirectory(root.resolve("out")).parallel()
                .execute(SourcedCellsTestCases.class);

        results.testEvents().assertStatistics(s -> s.started(6).succeeded(5).failed(1));
        assertThat(root.resolve("fecunit-reports").resolve(SourcedCellsTestCases.class.getName())
                .resolve("fecLosesFewerFrames[2]").resolve("sweep_summary.csv")).isNotEmptyFile();
    }

    @TestKitOnly
    static class MisusedTestCases {
        @Test
        void wrongType(@SweepDir("sweep") String sweep) {
        }

        @Test
        void missingSweep(@SweepDir("nowhere") Sweep sweep) {
        }
    }

    @Test
    void misuseFailsWithASentenceNamingTheParameterAndPath() {
        writeSweep();

        EngineExecutionResults results = FecTestKit.runsRoot(root).execute(MisusedTestCases.class);

        assertThat(results.testEvents().failed().list()).extracting(e -> failureOf(e).getMessage())
                .containsExactlyInAnyOrder(
                        "@SweepDir(\"sweep\") on parameter [sweep]: the parameter is of type [java.lang.String], "
                                + "but @SweepDir injects only dev.fecunit.sweep.Sweep; declare it as Sweep.",
                        "@SweepDir(\"nowhere\") on parameter [sweep]: [" + root.resolve("nowhere")
                                + "] holds no manifest.tsv, so it is not a sweep directory; relative paths resolve "
                                + "against the runs root [" + root + "], set by fecunit.runs.root (change it in "
                                + "junit-platform.properties, a system property or Surefire's configurationParameters).");
        assertThat(Files.exists(root.resolve("fecunit-reports"))).isFalse();
    }
}
