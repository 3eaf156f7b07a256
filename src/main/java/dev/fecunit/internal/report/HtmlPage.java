package dev.fecunit.internal.report;

import dev.fecunit.Run;
import dev.fecunit.internal.report.HtmlSection;
import dev.fecunit.internal.report.HtmlWriter;
import dev.fecunit.internal.report.ReportContents;
import dev.fecunit.internal.report.ReportedRun;
import dev.fecunit.internal.report.RunDifferences;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;

/**
 * {@code index.html}: one self-contained page (inline style sheet, the chart linked relatively)
 * made of {@link HtmlSection}s.
 */
public final class HtmlPage {

    private static final String STYLE = String.join("\n",
            "body{font-family:'DejaVu Sans',system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:0 24px 48px;color:#222;line-height:1.4}",
            "header{border-bottom:2px solid #1f77b4;margin-bottom:12px}",
            "h1{font-size:1.5em;margin:20px 0 4px}",
            "header p{margin:0 0 10px;color:#444}",
            "nav a{margin-right:14px;color:#1f77b4;text-decoration:none}",
            "h2{font-size:1.2em;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:3px}",
            "h3{font-size:1em;margin:14px 0 4px}",
            "img{max-width:100%;height:auto;border:1px solid #ddd}",
            "table{border-collapse:collapse;font-size:.92em}",
            "th,td{padding:3px 10px;border-bottom:1px solid #e4e4e4;text-align:left;vertical-align:top}",
            "thead th{border-bottom:2px solid #999}",
            ".num{text-align:right;font-variant-numeric:tabular-nums;font-family:'DejaVu Sans Mono',monospace}",
            "table.figures td:first-child,table.bursts td:first-child,table.freezes td:first-child{font-family:'DejaVu Sans Mono',monospace}",
            "table.figures tbody tr:nth-child(odd),table.bursts tbody tr:nth-child(odd),table.freezes tbody tr:nth-child(odd){background:#f6f8fa}",
            ".runs{display:flex;flex-wrap:wrap;gap:24px}",
            ".run{flex:1 1 320px}",
            "table.meta th{font-family:'DejaVu Sans Mono',monospace;font-weight:normal;color:#555}",
            "table.meta td{font-family:'DejaVu Sans Mono',monospace;word-break:break-all}",
            ".path{font-family:'DejaVu Sans Mono',monospace;font-size:.85em;color:#555;word-break:break-all;margin:0 0 6px}",
            ".note{color:#666;font-style:italic}",
            "ul.comparison li{font-weight:bold}",
            "ul.problems li{color:#a00}",
            "table.diagnostics td:last-child{word-break:break-word}");

    private HtmlPage() {
    }

    /** The page's scripts and style sheets, from the resources (uplot/README.md says where uPlot comes from). */
    private static final class Assets {
        static final String UPLOT_JS = resource("uplot/uPlot.iife.min.js");
        static final String UPLOT_CSS = resource("uplot/uPlot.min.css");
        static final String PAGE_JS = resource("page/charts.js");
        static final String PAGE_CSS = resource("page/charts.css");

        private static String resource(String name) {
            try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("fecunit's jar lacks the resource dev/fecunit/internal/report/" + name
                            + "; rebuild it (mvn package)");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // Inlined into a <script> or <style>: a closing tag inside would end it early.
                if (text.toLowerCase(Locale.ROOT).contains("</script") || text.toLowerCase(Locale.ROOT).contains("</style")) {
                    throw new IllegalStateException("Resource dev/fecunit/internal/report/" + name + " holds a closing tag");
                }
                return text;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read fecunit's resource dev/fecunit/internal/report/" + name, e);
            }
        }
    }

    /** The page for {@code contents}, its sections in order. */
    public static String render(ReportContents contents, String title, List<HtmlSection> sections) {
        HtmlWriter html = new HtmlWriter();
        html.markup("<!DOCTYPE html>\n").open("html", "lang", "en").newline().open("head").newline()
                .markup("<meta charset=\"utf-8\">\n")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", pageTitle(contents)).newline()
                .open("style").markup(STYLE).close("style").newline()
                .open("style", "id", "fecunit-uplot-style").markup(Assets.UPLOT_CSS).close("style").newline()
                .open("style", "id", "fecunit-page-style").markup(Assets.PAGE_CSS).close("style").newline()
                .close("head").newline().open("body").newline();
        html.open("header").element("h1", "fecunit report").element("p", title);
        List<Run> runs = new ArrayList<>();
        for (ReportedRun run : contents.runs()) {
            runs.add(run.run());
        }
        RunDifferences.describe(runs).ifPresent(line -> html.element("p", line, "class", "differences"));
        html.open("nav");
        for (HtmlSection section : sections) {
            html.element("a", section.heading(), "href", "#" + section.id());
        }
        html.close("nav").close("header").newline();
        for (HtmlSection section : sections) {
            html.open("section", "id", section.id()).element("h2", section.heading()).newline();
            section.write(contents, html);
            html.close("section").newline();
        }
        // uPlot and the page's script, inlined: the page works offline, from a CI artifact or a mail attachment.
        html.open("script", "id", "fecunit-uplot").markup(Assets.UPLOT_JS).close("script").newline();
        html.open("script", "id", "fecunit-page").markup(Assets.PAGE_JS).close("script").newline();
        html.close("body").newline().close("html").newline();
        return html.toString();
    }

    private static String pageTitle(ReportContents contents) {
        StringBuilder names = new StringBuilder();
        for (ReportedRun run : contents.runs()) {
            names.append(names.length() == 0 ? "" : " vs ").append(run.name());
        }
        return names.length() == 0 ? "fecunit report" : "fecunit report: " + names;
    }
}
