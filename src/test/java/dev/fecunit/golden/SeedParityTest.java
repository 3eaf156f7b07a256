package dev.fecunit.golden;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.SummaryFigure;
import dev.fecunit.internal.analysis.CounterMath;
import dev.fecunit.internal.analysis.FlexFecState;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.Series;
import dev.fecunit.internal.report.SummaryTable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fecunit against the seed ({@code plot_fec.py}) on the well-formed sample runs: the printed table
 * byte for byte, every figure to the last bit, and the chart series. The golden files were produced
 * once by running the seed (see {@code src/test/resources/golden/seed/README.md}).
 */
class SeedParityTest {

    static final Path RUNS = Path.of("example-tests/runs");

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("burst-ab", List.of("burst-ab/baseline", "burst-ab/fec")),
                Arguments.of("burst-ab-regressed", List.of("burst-ab/baseline", "burst-ab/fec-regressed")),
                Arguments.of("uniform-ab", List.of("uniform-ab/baseline", "uniform-ab/fec")),
                Arguments.of("no-loss", List.of("no-loss/fec")),
                Arguments.of("burst-ab-fec", List.of("burst-ab/fec")),
                Arguments.of("sweep-cell-0.30-random", List.of("sweep-small/cell_loss0.30_rate30_random/fec")),
                Arguments.of("repeats-1", List.of("repeats/baseline-1", "repeats/fec-1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void tableIsByteIdenticalToTheSeeds(String golden, List<String> runDirs) throws IOException {
        List<Run> runs = new ArrayList<>();
        for (String dir : runDirs) {
            runs.add(Run.load(RUNS.resolve(dir)));
        }
        String expected = resource("golden/seed/" + golden + ".stdout.txt");

        String printed = "report: <OUT>/fec_report.png\n\n" + SummaryTable.render(runs);

        assertThat(printed).isEqualTo(expected);
    }

    static Stream<Arguments> figures() {
        return Stream.of("burst-ab/baseline", "burst-ab/fec", "burst-ab/fec-regressed", "uniform-ab/baseline",
                        "uniform-ab/fec", "no-loss/fec", "sweep-small/cell_loss0.30_rate30_random/fec",
                        "repeats/baseline-1", "repeats/fec-1")
                .map(dir -> Arguments.of(dir, dir.replace('/', '-') + ".figures.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void everyFigureEqualsTheSeedsToTheLastBit(String runDir, String golden) throws IOException {
        RunSummary summary = RunSummary.of(Run.load(RUNS.resolve(runDir)));
        Map<String, String> expected = keyValues(resource("golden/seed/" + golden));

        assertThat(expected).hasSize(16);
        for (SummaryFigure figure : SummaryFigure.seedFigures()) {
            double seed = Double.parseDouble(expected.get(figure.key()).replace("nan", "NaN"));
            assertThat(figure.of(summary)).as(figure.key()).isEqualTo(seed);
        }
    }

    @Test
    void chartSeriesEqualTheSeedsWhereTheSeedIsRight() throws IOException {
        Run run = Run.load(RUNS.resolve("burst-ab/fec"));
        Map<String, double[][]> seed = series(resource("golden/seed/burst-ab-fec.series.txt"));

        assertThat(run.diagnostics()).isEmpty();
        assertSameSeries(FrameAnalysis.fpsSeries(run), seed.get("fps_series"));
        assertSameSeries(CounterMath.rate(run, RunSummary.NACK_FAMILY, CounterMath.ALL),
                seed.get("counter_rate(livekit_nack_total)"));
        assertSameSeries(CounterMath.rate(run, FlexFecState.FAMILY, FlexFecState.RECOVERED.series()),
                seed.get("flexfec_state_rate(recovered)"));
    }

    private static void assertSameSeries(Series actual, double[][] seed) {
        assertThat(actual.xs()).containsExactly(seed[0]);
        assertThat(actual.ys()).containsExactly(seed[1]);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SeedParityTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> keyValues(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        text.lines().filter(l -> l.contains("=")).forEach(l -> map.put(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1)));
        return map;
    }

    private static Map<String, double[][]> series(String text) {
        Map<String, double[][]> map = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            String[] parts = line.split("\t");
            map.put(parts[0], new double[][] {numbers(parts[1]), numbers(parts[2])});
        }
        return map;
    }

    private static double[] numbers(String pythonList) {
        String inner = pythonList.substring(1, pythonList.length() - 1).strip();
        return inner.isEmpty() ? new double[0]
                : Arrays.stream(inner.split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
    }
}
