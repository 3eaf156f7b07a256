package dev.fecunit.internal.report;

import dev.fecunit.report.Report;
import dev.fecunit.report.ReportFiles;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * One section of {@code index.html}: a heading and a body written from the report's contents.
 * The page is a list of sections ({@link Report#withHtmlSection}), so a new part of the report
 * (a per-burst table, freeze figures) is one more section, not an edit of the page.
 *
 * <pre>{@code
 * HtmlSection bursts = HtmlSection.of("bursts", "Per-burst figures", (contents, html) -> {
 *     for (ReportedRun run : contents.runs()) {
 *         html.element("h3", run.name());
 *     }
 * });
 * ReportFiles files = Report.standard().withHtmlSection(bursts).writeTo(runs, dir);
 * }</pre>
 */
public interface HtmlSection {

    /** The section's anchor id in the page, e.g. {@code summary}; a plain lower-case name. */
    String id();

    /** The section's heading, e.g. {@code Summary}. */
    String heading();

    /** Writes the section's body (below its heading); {@code html} escapes every text. */
    void write(ReportContents contents, HtmlWriter html);

    /** A section from its id, heading and body. */
    static HtmlSection of(String id, String heading, BiConsumer<ReportContents, HtmlWriter> body) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(body, "body");
        return new HtmlSection() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String heading() {
                return heading;
            }

            @Override
            public void write(ReportContents contents, HtmlWriter html) {
                body.accept(contents, html);
            }
        };
    }
}
