package dev.fecunit.internal.report;

import dev.fecunit.Run;
import dev.fecunit.report.Report;
import dev.fecunit.report.ReportFiles;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jsoup.Jsoup;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RunDifferencesTest {

    @TempDir
    Path dir;

    private Run run(String name, long t0Us, String... keyValues) {
        RunDirectoryBuilder b = RunDirectoryBuilder.in(dir.resolve(name)).window(t0Us, t0Us + 10_000_000);
        for (int i = 0; i < keyValues.length; i += 2) {
            b.meta(keyValues[i], keyValues[i + 1]);
        }
        return b.load();
    }

    @Test
    void namesTheKeysWhoseValuesDifferButNotTheMeasurementWindow() {
        Run fec = run("fec", 0, "MODE", "fec", "FEC_RATE", "30", "CODEC", "h264");
        Run regressed = run("fec-regressed", 100_000_000, "MODE", "fec", "FEC_RATE", "5", "CODEC", "h264");

        assertThat(RunDifferences.describe(List.of(fec, regressed)))
                .contains("fec against fec-regressed: FEC_RATE=30 against 5");
    }

    @Test
    void threeRunsAndAKeyOneRunLacks() {
        Run a = run("a", 0, "MODE", "baseline");
        Run b = run("b", 0, "MODE", "fec", "FEC_RATE", "30");
        Run c = run("c", 0, "MODE", "fec", "FEC_RATE", "5");

        assertThat(RunDifferences.describe(List.of(a, b, c)))
                .contains("a / b / c: MODE=baseline / fec / fec, FEC_RATE=unset / 30 / 5");
    }

    @Test
    void runsOfOneConfigurationSaySoAndOneRunSaysNothing() {
        Run a = run("a", 0, "MODE", "fec");
        Run b = run("b", 50_000_000, "MODE", "fec");

        assertThat(RunDifferences.describe(List.of(a, b))).contains("a against b: same meta.env apart from T0_US and T1_US");
        assertThat(RunDifferences.describe(List.of(a))).isEmpty();
    }

    @Test
    void moreThanSixKeysAreCounted() {
        Run a = run("a", 0, "K1", "1", "K2", "1", "K3", "1", "K4", "1", "K5", "1", "K6", "1", "K7", "1", "K8", "1");
        Run b = run("b", 0, "K1", "2", "K2", "2", "K3", "2", "K4", "2", "K5", "2", "K6", "2", "K7", "2", "K8", "2");

        assertThat(RunDifferences.describe(List.of(a, b))).contains(
                "a against b: K1=1 against 2, K2=1 against 2, K3=1 against 2, K4=1 against 2, K5=1 against 2,"
                        + " K6=1 against 2 and 2 more keys");
    }

    @Test
    void theChartSaysHowTheRunsDifferUnderItsTitle() {
        List<ReportedRun> runs = ReportedRun.of(List.of(ReportRuns.baseline(dir), ReportRuns.fec(dir)));

        JFreeChart chart = FecChart.chart(runs, new java.util.ArrayList<>());

        assertThat(chart.getSubtitles()).filteredOn(TextTitle.class::isInstance).extracting(t -> ((TextTitle) t).getText())
                .containsExactly("baseline against fec: MODE=baseline against fec, BASE_LOSS=unset against 0.01,"
                        + " BURST_LOSS=unset against 0.3, BURST_LEN=unset against 2, BURST_EVERY=unset against 5,"
                        + " SHAPING=unset against 1 and 1 more keys");
    }

    @Test
    void thePagesHeaderSaysHowTheRunsDiffer() throws Exception {
        Run fec = run("fec", 0, "MODE", "fec", "FEC_RATE", "30");
        Run regressed = run("fec-regressed", 100_000_000, "MODE", "fec", "FEC_RATE", "5");

        ReportFiles files = Report.write(List.of(fec, regressed), dir.resolve("out"));

        assertThat(Jsoup.parse(files.html().toFile(), "UTF-8").select("header p.differences").text())
                .isEqualTo("fec against fec-regressed: FEC_RATE=30 against 5");
    }
}
