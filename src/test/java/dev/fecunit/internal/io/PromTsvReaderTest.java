package dev.fecunit.internal.io;

import dev.fecunit.CounterSeries;
import dev.fecunit.Diagnostic;
import dev.fecunit.LabelSet;
import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PromTsvReaderTest {

    @TempDir
    Path dir;

    private RunDirectoryBuilder run() {
        return RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 100_000_000);
    }

    @Test
    void labelValuesMayHoldCommasBracesAndEscapedQuotes() {
        Run run = run()
                .rawPromLine("1000000\tlivekit_nack_total{track=\"cam,{front} \\\"main\\\"\",dir=\"in\\\\out\"}\t5")
                .load();

        CounterSeries series = run.series("livekit_nack_total").get(0);
        assertThat(series.labels().get("track")).isEqualTo("cam,{front} \"main\"");
        assertThat(series.labels().get("dir")).isEqualTo("in\\out");
        assertThat(series.labels()).hasToString("{track=\"cam,{front} \\\"main\\\"\",dir=\"in\\\\out\"}");
        assertThat(run.diagnostics()).isEmpty();
    }

    @Test
    void seriesAreKeyedByLabelSetWhateverTheLabelOrder() {
        Run run = run()
                .rawPromLine("1000000\tlivekit_nack_total{a=\"1\",b=\"2\"}\t5")
                .rawPromLine("2000000\tlivekit_nack_total{b=\"2\",a=\"1\"}\t7")
                .rawPromLine("2000000\tlivekit_nack_total\t1")
                .load();

        assertThat(run.series("livekit_nack_total")).extracting(CounterSeries::size).containsExactly(2, 1);
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("a", "1");
        labels.put("b", "2");
        assertThat(run.series("livekit_nack_total").get(0).labels()).isEqualTo(LabelSet.of(labels));
        assertThat(run.series("livekit_nack_total").get(1).labels()).isEqualTo(LabelSet.empty());
    }

    @Test
    void readsPrometheusNumberSyntax() {
        Run run = run()
                .rawPromLine("1000000\tx_total\t1.5e+06")
                .rawPromLine("2000000\tx_total\t1.2345678e+07\r")
                .rawPromLine("3000000\tgauge\tNaN")
                .rawPromLine("4000000\tgauge\t+Inf")
                .rawPromLine("5000000\tgauge\t-Inf")
                .load();

        CounterSeries x = run.series("x_total").get(0);
        assertThat(new double[] {x.value(0), x.value(1)}).containsExactly(1_500_000.0, 12_345_678.0);
        assertThat(run.series("gauge").get(0).size()).isZero();
        assertThat(run.diagnostics()).extracting(Diagnostic::line, Diagnostic::message).containsExactly(
                tuple(3L, "series gauge{} is NaN; the sample is left out of figures and charts"),
                tuple(4L, "series gauge{} is Infinity; the sample is left out of figures and charts"),
                tuple(5L, "series gauge{} is -Infinity; the sample is left out of figures and charts"));
    }

    @Test
    void malformedLinesAreSkippedWithTheirLineNumbers() {
        Run run = run()
                .rawPromLine("1000000\tx_total\t1")
                .rawPromLine("2000000\tx_total")
                .rawPromLine("3000000\tx_total\tlots")
                .rawPromLine("4000000\tx_total{a=\"1\"\t3")
                .rawPromLine("soon\tx_total\t4")
                .rawPromLine("6000000\tx_total\t6")
                .load();

        assertThat(run.series("x_total").get(0).size()).isEqualTo(2);
        assertThat(run.diagnostics()).extracting(Diagnostic::line, Diagnostic::message).containsExactly(
                tuple(2L, "2 tab-separated fields, expected 3 (wall_us, metric, value); line skipped"),
                tuple(3L, "value is not a Prometheus number: \"lots\"; line skipped"),
                tuple(4L, "malformed metric \"x_total{a=\"1\"\" (expected {labels} after the name); line skipped"),
                tuple(5L, "wall_us is not an integer: \"soon\"; line skipped"));
    }

    @Test
    void lastLineWithoutLineEndIsSkippedBecauseItsValueMayBeCut() {
        Path runDir = run().counter("x_total", 1_000_000, 1234).write();
        RunDirectoryBuilder.append(runDir, "prom.tsv", "2000000\tx_total\t12");

        Run run = Run.load(runDir);

        assertThat(run.series("x_total").get(0).size()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly(new Diagnostic("prom.tsv", 2,
                "last line has no line end (half-written, its value may be cut); line skipped"));
    }

    @Test
    void counterDropIsNotedAsAReset() {
        Run run = run()
                .counter("livekit_nack_total{dir=\"in\"}", 1_000_000, 40)
                .counter("livekit_nack_total{dir=\"in\"}", 2_000_000, 3)
                .counter("livekit_gauge{dir=\"in\"}", 2_000_000, 1)
                .counter("livekit_gauge{dir=\"in\"}", 3_000_000, 0)
                .load();

        assertThat(run.diagnostics()).containsExactly(new Diagnostic("prom.tsv", 2,
                "counter livekit_nack_total{dir=\"in\"} dropped from 40 to 3; counted as a reset"
                        + " (the counter restarted from 0)"));
    }

    @Test
    void nonFiniteCounterSamplesAreLeftOutAndNoted() {
        Run run = run().rawPromLine("1000000\tx_total\tNaN").load();

        assertThat(run.diagnostics()).extracting(Diagnostic::line, Diagnostic::message)
                .containsExactly(tuple(1L, "counter x_total{} is NaN; the sample is left out of figures and charts"));
        assertThat(run.series("x_total").get(0).size()).isZero();
    }

    @Test
    void metricParserRejectsBrokenLabelSyntax() {
        assertThatThrownBy(() -> PromTsvReader.MetricParser.parse("x{a=1}"))
                .hasMessage("label a has no quoted value");
        assertThatThrownBy(() -> PromTsvReader.MetricParser.parse("x{a=\"1}"))
                .hasMessage("label a has an unterminated value");
        assertThatThrownBy(() -> PromTsvReader.MetricParser.parse("x{a=\"1\",a=\"2\"}"))
                .hasMessage("label a appears twice");
        assertThat(PromTsvReader.MetricParser.parse("x{a=\"1\",}").labels().get("a")).isEqualTo("1");
    }
}
