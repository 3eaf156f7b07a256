package dev.fecunit.report;

import dev.fecunit.Run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report page as a person sees it: {@code index.html} of the sample A/B pair loaded in real headless
 * Chromium, offline. A probe script added to a copy of the page records script errors, then after load
 * counts the chart canvases and their drawn pixels, hovers a chart, clicks the first burst row and reads
 * every chart's time range back; Chromium's {@code --dump-dom} hands the results back in the DOM.
 *
 * <p>Skipped, with a message saying how to install it, where Chromium is absent ({@code .ci/run} installs
 * it on CI machines).
 */
class ReportPageInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path RUNS = Path.of("example-tests/runs/burst-ab");

    /** Installs an error recorder before any of the page's scripts run. */
    private static final String ERROR_RECORDER = "<script id=\"probe-errors\">window.probeErrors = [];"
            + "window.addEventListener('error', function (e) { window.probeErrors.push(String(e.message)); });</script>";

    /** Runs after the page's own scripts, at load, and writes what it found into a pre#probe as JSON. */
    private static final String PROBE = String.join("\n",
            "<script id=\"probe\">",
            "window.addEventListener('load', function () {",
            "  var result = {errors: window.probeErrors, ready: !!(window.fecunit && window.fecunit.ready)};",
            "  var row = null;",
            "  try {",
            "    var canvases = document.querySelectorAll('#fecunit-charts canvas');",
            "    result.canvases = canvases.length;",
            "    result.inked = Array.prototype.map.call(canvases, function (c) {",
            "      var pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;",
            "      for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { n++; } }",
            "      return n;",
            "    });",
            "    var charts = window.fecunit.charts;",
            "    result.before = charts.map(function (u) { return [u.scales.x.min, u.scales.x.max]; });",
            "    charts[3].setCursor({left: charts[3].bbox.width / 4 / (window.devicePixelRatio || 1), top: 20});",
            "    row = document.querySelector('table.bursts tbody tr[data-from]');",
            "    result.row = [row.getAttribute('data-from'), row.getAttribute('data-to')];",
            "    row.click();",
            "  } catch (e) {",
            "    result.errors.push('probe: ' + e);",
            "  }",
            "  // uPlot applies scale and cursor changes on its next frame.",
            "  setTimeout(function () { finish(result, row); }, 200);",
            "});",
            "function finish(result, row) {",
            "  try {",
            "    result.hovered = Array.prototype.map.call(",
            "        document.querySelectorAll('#fecunit-panel-fps .u-legend .u-value'), function (v) { return v.textContent; });",
            "    result.after = window.fecunit.charts.map(function (u) { return [u.scales.x.min, u.scales.x.max]; });",
            "    result.selected = row.classList.contains('selected');",
            "  } catch (e) {",
            "    result.errors.push('probe: ' + e);",
            "  }",
            "  var out = document.createElement('dl');",
            "  out.id = 'probe';",
            "  Object.keys(result).forEach(function (key) {",
            "    var value = result[key];",
            "    if (Array.isArray(value)) {",
            "      value = value.map(function (v) { return Array.isArray(v) ? v.join(' ') : String(v); }).join(';');",
            "    }",
            "    var dt = document.createElement('dt'); dt.textContent = key; out.appendChild(dt);",
            "    var dd = document.createElement('dd'); dd.textContent = String(value); out.appendChild(dd);",
            "  });",
            "  document.body.appendChild(out);",
            "}",
            "</script>");

    @TempDir
    static Path dir;

    private static Path page;

    @BeforeAll
    static void writeThePage() {
        ReportFiles files = Report.write(List.of(Run.load(RUNS.resolve("baseline")), Run.load(RUNS.resolve("fec"))),
                dir.resolve("report"));
        page = files.html();
    }

    /** The probe's findings: the page copied with the probe, loaded in Chromium, the resulting DOM. */
    private static Document loadInChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
                + ", so the report page is not checked in a browser; install it (apt-get install chromium) to run this test");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String probed = html.replaceFirst("<head>", "<head>" + ERROR_RECORDER)
                .replace("</body>", PROBE + "</body>");
        Path copy = page.resolveSibling("probed.html");
        Files.writeString(copy, probed, StandardCharsets.UTF_8);
        Path dom = dir.resolve("dom.html");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1400,2000", "--virtual-time-budget=5000",
                "--dump-dom", copy.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(dir.resolve("chromium.log").toFile()).start();
        // A guard against a wedged browser, not a speed check.
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not finish loading " + copy + " within 120 s; see "
                    + dir.resolve("chromium.log"));
        }
        return Jsoup.parse(dom.toFile(), "UTF-8");
    }

    @Test
    void theFourPanelsDrawWithoutAScriptErrorAndABurstRowClickZoomsEveryChartToThatBurst() throws Exception {
        Document dom = loadInChromium();

        Map<String, String> probe = probe(dom);
        assertThat(probe.get("errors")).isEmpty();
        assertThat(probe.get("ready")).isEqualTo("true");
        assertThat(probe.get("canvases")).isEqualTo("4");
        // Every canvas holds thousands of inked pixels: axes, grid, burst shading and the series.
        assertThat(probe.get("inked").split(";")).hasSize(4)
                .allSatisfy(n -> assertThat(Integer.parseInt(n)).isGreaterThan(10_000));
        // All four charts show one time range at first.
        assertThat(probe.get("before").split(";")).hasSize(4).containsOnly(probe.get("before").split(";")[0]);
        // Hovering the fps panel shows a value for the time axis and both runs' fps.
        assertThat(probe.get("hovered").split(";")).hasSize(3).allSatisfy(v -> assertThat(v).isNotIn("", "-", "--", "\u2013"));
        // Burst 1 of the baseline, 6.019-8.015 s (1.996 s long): every chart shows one burst length before it
        // and two after it, 4.023-12.007 s.
        assertThat(probe.get("row")).isEqualTo("6.019;8.015");
        assertThat(probe.get("after").split(";")).hasSize(4).allSatisfy(range -> {
            String[] minMax = range.split(" ");
            assertThat(Double.parseDouble(minMax[0])).isCloseTo(4.023, within(1e-9));
            assertThat(Double.parseDouble(minMax[1])).isCloseTo(12.007, within(1e-9));
        });
        assertThat(probe.get("selected")).isEqualTo("true");
    }

    /** The probe's {@code dt}/{@code dd} pairs. */
    private static Map<String, String> probe(Document dom) {
        Element list = dom.selectFirst("dl#probe");
        assertThat(list).as("the probe's results in the DOM Chromium dumped").isNotNull();
        Map<String, String> values = new LinkedHashMap<>();
        for (Element term : list.select("dt")) {
            values.put(term.text(), term.nextElementSibling().text());
        }
        return values;
    }

    @Test
    void thePageNeedsNoNetwork() throws Exception {
        String html = Files.readString(page, StandardCharsets.UTF_8);

        Document document = Jsoup.parse(html);
        assertThat(document.select("script[src], link[href], img[src^=http]")).isEmpty();
        assertThat(html).doesNotContain("https://cdn", "http://cdn", "unpkg.com", "jsdelivr");
    }
}
