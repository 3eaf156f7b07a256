package dev.fecunit.internal.io;

import dev.fecunit.CounterSeries;
import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Issue 12: prom.tsv with many series, absurd samples and runaway lines. */
class HostilePromTsvTest {

    @TempDir
    Path dir;

    @Test
    void fiftyThousandDistinctSeriesAreEachFoundByTheirText() throws Exception {
        // issue 12: each line was looked up linearly among the series seen (quadratic: 8-14 s for 50k)
        Path runDir = RunDirectoryBuilder.in(dir.resolve("many")).window(0, 100_000_000).write();
        StringBuilder prom = new StringBuilder();
        for (int poll = 1; poll <= 2; poll++) {
            for (int s = 0; s < 50_000; s++) {
                prom.append(poll * 1_000_000).append("\tx_total{id=\"").append(s).append("\"}\t").append(poll * s)
                        .append('\n');
            }
        }
        Files.writeString(runDir.resolve("prom.tsv"), prom);

        Run run = Run.load(runDir);

        assertThat(run.series("x_total")).hasSize(50_000);
        CounterSeries last = run.series("x_total").get(49_999);
        assertThat(last.labels().get("id")).isEqualTo("49999");
        assertThat(new double[] {last.value(0), last.value(1)}).containsExactly(49_999, 99_998);
        assertThat(run.diagnostics()).isEmpty();
    }

    @Test
    void impossibleCounterValuesAreLeftOutOfFiguresAndCharts() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 100_000_000)
                .rawPromLine("1000000\tx_total\t5")
                .rawPromLine("2000000\tx_total\t-Inf")
                .rawPromLine("3000000\tx_total\t-1e308")
                .rawPromLine("4000000\tx_total\t1e308")
                .rawPromLine("5000000\tx_total\t-3")
                .rawPromLine("6000000\tx_total\t9")
                .load();

        CounterSeries x = run.series("x_total").get(0);
        assertThat(new double[] {x.value(0), x.value(1)}).containsExactly(5, 9);
        assertThat(x.size()).isEqualTo(2);
        assertThat(run.diagnostics()).extracting(Diagnostic::line, Diagnostic::message).containsExactly(
                tuple(2L, "counter x_total{} is -Infinity; the sample is left out of figures and charts"),
                tuple(3L, "counter x_total{} is -1.0E308, below zero, which no counter can be; the sample is left out"
                        + " of figures and charts"),
                tuple(4L, "counter x_total{} is 1.0E308, beyond any count (2^53), which no counter can be; the sample"
                        + " is left out of figures and charts"),
                tuple(5L, "counter x_total{} is -3, below zero, which no counter can be; the sample is left out of"
                        + " figures and charts"));
    }

    @Test
    void aFiveMegabyteLineIsSkippedUnread() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 100_000_000)
                .rawPromLine("1000000\tx_total\t5")
                .rawPromLine("1".repeat(5 * 1024 * 1024))
                .rawPromLine("2000000\tx_total\t7")
                .load();

        assertThat(run.series("x_total").get(0).size()).isEqualTo(2);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("prom.tsv", 2,
                "line is 5242880 bytes long, far longer than any Prometheus sample; line skipped"));
    }

    @Test
    void aMalformedMetricRepeatedOnEveryPollIsADiagnosticPerLine() {
        Run run = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 100_000_000)
                .rawPromLine("1000000\tx_total{a=\"1\"\t5")
                .rawPromLine("2000000\tx_total{a=\"1\"\t6")
                .load();

        assertThat(run.diagnostics()).extracting(Diagnostic::line, Diagnostic::message).containsExactly(
                tuple(1L, "malformed metric \"x_total{a=\"1\"\" (expected {labels} after the name); line skipped"),
                tuple(2L, "malformed metric \"x_total{a=\"1\"\" (expected {labels} after the name); line skipped"));
    }
}
