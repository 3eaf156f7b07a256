package dev.fecunit.report;

import dev.fecunit.Run;
import dev.fecunit.internal.report.HtmlSection;
import dev.fecunit.internal.report.ReportRuns;
import dev.fecunit.internal.report.RunJsonMember;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTest {

    @TempDir
    Path dir;

    private List<Run> pair() {
        return List.of(ReportRuns.baseline(dir), ReportRuns.fec(dir));
    }

    @Test
    void writesTheFourFilesAndReturnsTheirPaths() throws Exception {
        Path out = dir.resolve("report/nested");

        ReportFiles files = Report.write(pair(), out);

        assertThat(files.directory()).isEqualTo(out);
        assertThat(files.png()).isEqualTo(out.resolve("fec_report.png"));
        assertThat(files.html()).isEqualTo(out.resolve("index.html"));
        assertThat(files.summaryText()).isEqualTo(out.resolve("summary.txt"));
        assertThat(files.summaryJson()).isEqualTo(out.resolve("summary.json"));
        assertThat(files.files()).hasSize(4).allSatisfy(p -> assertThat(p).isRegularFile());
        assertThat(files.problems()).isEmpty();
        BufferedImage png = ImageIO.read(files.png().toFile());
        assertThat(png.getWidth()).isEqualTo(1820);
        assertThat(png.getHeight()).isEqualTo(2080);
    }

    @Test
    void summaryTextIsTheSeedsTableOfTheRunsWorkedOutByHand() throws Exception {
        ReportFiles files = Report.write(pair(), dir.resolve("out"));

        // baseline: ids 1..299 in the window (300 arrives after T1), 141..150 lost; counters at 0..9 s of
        // 6 NACKs and 4 losses a second. fec: 145 and 146 lost; 90 FEC packets a second, 3 recovered, 1 failed,
        // 86 unused; 2 NACKs and 4 losses a second.
        assertThat(Files.readString(files.summaryText())).isEqualTo("""
                metric                          baseline             fec
                --------------------------------------------------------
                frames_received                      289             297
                frames_expected                      299             299
                frames_lost                           10               2
                gap_events                             1               1
                latency_mean_ms                     40.0            40.0
                latency_p50_ms                      40.0            40.0
                latency_p95_ms                      40.0            40.0
                latency_p99_ms                      40.0            40.0
                fec_received                           0             810
                fec_recovery_attempts                  0               0
                fec_recovered                          0              27
                fec_recovery_failed                    0               9
                fec_unused                             0             774
                fec_invalid                            0               0
                nack_total                            54              18
                packet_loss_total                     36              36

                frames lost reduced 10 -> 2 with FlexFEC
                SFU recovered 27 packets via FlexFEC
                """);
    }

    @Test
    void summaryJsonListsEachRunsNameMetaAndSummaryWorkedOutByHand() throws Exception {
        ReportFiles files = Report.write(pair(), dir.resolve("out"));

        String json = Files.readString(files.summaryJson());

        // frame_loss_pct 100 * 10 / 299 and 100 * 2 / 299; residual loss per second (36 - 27) / 10.000001 s;
        // 27 of the 36 lost packets repaired by FEC (75 %); no livekit_packet_total, so all lost (100 %).
        assertThat(json).startsWith("""
                {
                  "runs": [
                    {
                      "name": "baseline",
                      "path": "%s",
                      "meta": {
                        "MODE": "baseline",
                        "T0_US": "0",
                        "T1_US": "10000000",
                        "CODEC": "h264"
                      },
                      "summary": {
                        "frames_received": 289,
                        "frames_expected": 299,
                        "frames_lost": 10,
                        "gap_events": 1,
                        "latency_mean_ms": 40,
                        "latency_p50_ms": 40,
                        "latency_p95_ms": 40,
                        "latency_p99_ms": 40,
                        "fec_received": 0,
                        "fec_recovery_attempts": 0,
                        "fec_recovered": 0,
                        "fec_recovery_failed": 0,
                        "fec_unused": 0,
                        "fec_invalid": 0,
                        "nack_total": 54,
                        "packet_loss_total": 36,
                        "frame_loss_pct": 3.3444816053511706,
                        "recovery_rate_pct": 0,
                        "fec_recovery_success_pct": null,
                        "loss_repaired_by_fec_pct": 0,
                        "residual_loss_per_second": 3.5999996400000365,
                        "fec_overhead_pct": null,
                        "network_loss_pct": 100
                      },
                      "diagnostics": [],
                """.formatted(dir.resolve("baseline").toAbsolutePath()));
        assertThat(json).contains("""
                    {
                      "name": "fec",
                      "path": "%s",
                      "meta": {
                        "MODE": "fec",
                        "T0_US": "0",
                        "T1_US": "10000000",
                        "CODEC": "h264",
                        "BASE_LOSS": "0.01",
                        "BURST_LOSS": "0.3",
                        "BURST_LEN": "2",
                        "BURST_EVERY": "5",
                        "SHAPING": "1",
                        "DEBUG_DROP": "0"
                      },
                      "summary": {
                        "frames_received": 297,
                        "frames_expected": 299,
                        "frames_lost": 2,
                        "gap_events": 1,
                        "latency_mean_ms": 40,
                        "latency_p50_ms": 40,
                        "latency_p95_ms": 40,
                        "latency_p99_ms": 40,
                        "fec_received": 810,
                        "fec_recovery_attempts": 0,
                        "fec_recovered": 27,
                        "fec_recovery_failed": 9,
                        "fec_unused": 774,
                        "fec_invalid": 0,
                        "nack_total": 18,
                        "packet_loss_total": 36,
                        "frame_loss_pct": 0.6688963210702341,
                        "recovery_rate_pct": 3.3333333333333335,
                        "fec_recovery_success_pct": null,
                        "loss_repaired_by_fec_pct": 75,
                        "residual_loss_per_second": 0.8999999100000091,
                        "fec_overhead_pct": null,
                        "network_loss_pct": 100
                      },
                      "diagnostics": [],
                """.formatted(dir.resolve("fec").toAbsolutePath())).endsWith("  ]\n}\n");
    }

    @Test
    void htmlPageShowsTheChartTheTableTheMetaAndTheDiagnostics() throws Exception {
        Path fec = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .frames(1, 20, 1_000_000, 33_333, 40_000).write();
        RunDirectoryBuilder.append(fec, "frames.csv", "2000000,21,19");

        ReportFiles files = Report.write(List.of(Run.load(fec)), dir.resolve("out"));

        Document page = Jsoup.parse(files.html().toFile(), "UTF-8");
        assertThat(page.select("img").attr("src")).isEqualTo("fec_report.png");
        assertThat(page.select("section").eachAttr("id"))
                .containsExactly("chart", "summary", "bursts", "freezes", "runs", "diagnostics", "problems");
        Element table = page.selectFirst("table.figures");
        assertThat(table.select("thead th").eachText()).containsExactly("metric", "fec");
        assertThat(table.select("tbody tr").get(2).select("td").eachText()).containsExactly("frames_lost", "0");
        assertThat(table.select("tbody tr").get(4).select("td").eachText())
                .containsExactly("latency_mean_ms", "40.0");
        assertThat(page.select("table.meta th").eachText()).containsExactly("MODE", "T0_US", "T1_US");
        assertThat(page.select("table.diagnostics tbody td").eachText()).containsExactly("frames.csv", "22",
                "row has 3 fields but the header has 5 (half-written last line); row skipped");
    }

    @Test
    void htmlEscapesRunNamesAndMetaValuesFromFiles() throws Exception {
        Run hostile = RunDirectoryBuilder.in(dir.resolve("<script>")).window(0, 10_000_000)
                .meta("CODEC", "<&\">").frames(1, 20, 1_000_000, 33_333, 40_000).load();

        ReportFiles files = Report.write(List.of(hostile), dir.resolve("out"));

        String html = Files.readString(files.html(), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("script").eachAttr("id")).containsExactly("fecunit-chart-data", "fecunit-uplot", "fecunit-page");
        assertThat(page.selectFirst("script#fecunit-chart-data").data()).contains("\\u003cscript\\u003e latency");
        assertThat(page.select("table.figures thead th").eachText()).containsExactly("metric", "<script>");
        assertThat(page.select("table.meta td").eachText()).contains("<&\">");
        assertThat(page.title()).isEqualTo("fecunit report: <script>");
        assertThat(html).doesNotContain("<script>").contains("&lt;&amp;&quot;&gt;");
    }

    @Test
    void oddRunsAreReportedNotThrown() throws Exception {
        Run empty = RunDirectoryBuilder.in(dir.resolve("empty")).windowWithoutEnd(0)
                .withoutFramesFile().withoutPromFile().load();

        ReportFiles files = Report.write(List.of(empty), dir.resolve("out"));

        assertThat(files.files()).hasSize(4);
        assertThat(files.problems()).containsExactly(
                "Run [empty] has no frames in its measurement window; the latency and fps panels show nothing for it",
                "Run [empty] has no Prometheus counters (prom.tsv); the FlexFEC and NACK panels show nothing for it");
        Document page = Jsoup.parse(files.html().toFile(), "UTF-8");
        assertThat(page.select("ul.problems li").eachText()).isEqualTo(files.problems());
        assertThat(Files.readString(files.summaryJson())).contains("\"latency_mean_ms\": null");
    }

    @Test
    void anEmptyListOfRunsStillWritesEveryFile() {
        ReportFiles files = Report.write(List.of(), dir.resolve("out"));

        assertThat(files.files()).hasSize(4).allSatisfy(p -> assertThat(p).isRegularFile());
        assertThat(files.problems()).containsExactly("The report has no runs; pass at least one run directory");
    }

    @Test
    void aDirectoryThatIsAFileIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");

        assertThatThrownBy(() -> Report.write(pair(), file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Report directory [" + file.toAbsolutePath()
                        + "] is a file; pass a directory (it is created if missing)");
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsAnErrorNamingIt() throws Exception {
        Files.writeString(dir.resolve("taken"), "x");
        Path below = dir.resolve("taken/report");

        assertThatThrownBy(() -> Report.write(pair(), below))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Cannot write the report into [" + below.toAbsolutePath() + "]: ")
                .hasMessageEndingWith("; check that the directory can be created and written");
    }

    @Test
    void sectionsAndJsonMembersCanBeAdded() throws Exception {
        Report report = Report.standard()
                .withHtmlSection(HtmlSection.of("custom", "Custom figures",
                        (contents, html) -> html.element("p", contents.runs().size() + " runs <b>")))
                .withJsonMember(RunJsonMember.of("custom", (run, json) -> json.value(run.name().length())));

        ReportFiles files = report.writeTo(pair(), dir.resolve("out"));

        Document page = Jsoup.parse(files.html().toFile(), "UTF-8");
        assertThat(page.select("section#custom h2").text()).isEqualTo("Custom figures");
        assertThat(page.select("section#custom p").text()).isEqualTo("2 runs <b>");
        assertThat(page.select("nav a").eachAttr("href")).endsWith("#custom");
        assertThat(Files.readString(files.summaryJson())).contains("\"custom\": 8", "\"custom\": 3");
    }
}
