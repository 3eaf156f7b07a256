package dev.fecunit.internal.report;

/**
 * Writes HTML in which every text and attribute value is escaped, so a section cannot forget to:
 * run names, meta values and diagnostics come from files and may hold {@code <}, {@code &} or quotes.
 *
 * <pre>{@code
 * HtmlWriter html = new HtmlWriter();
 * html.open("p", "class", "note").text("run <script> lost 3 frames").close("p");
 * }</pre>
 */
public final class HtmlWriter {

    private final StringBuilder out = new StringBuilder();

    /** Opens {@code tag} with attributes given as name, value pairs (values are escaped). */
    public HtmlWriter open(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append('>');
        return this;
    }

    /** Closes {@code tag}. */
    public HtmlWriter close(String tag) {
        out.append("</").append(checkName(tag)).append('>');
        return this;
    }

    /** An element holding only escaped {@code text}: {@code <tag ...>text</tag>}. */
    public HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element without content or end tag, e.g. {@code img}. */
    public HtmlWriter empty(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append('>');
        return this;
    }

    /** Escaped text; null writes nothing. */
    public HtmlWriter text(String text) {
        if (text != null) {
            out.append(escape(text));
        }
        return this;
    }

    /** A line break in the source, to keep the page readable as text. */
    public HtmlWriter newline() {
        out.append('\n');
        return this;
    }

    /** {@code text} with {@code & < > " '} replaced by character references. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Appends markup written by fecunit itself (the page frame, style sheets and scripts, the chart data as
     * JSON whose strings escape {@code <}, {@code >} and {@code &}); never text from a file.
     */
    public HtmlWriter markup(String markup) {
        out.append(markup);
        return this;
    }

    private void startTag(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes of <" + tag + "> must be name, value pairs, got "
                    + attributes.length + " strings");
        }
        out.append('<').append(checkName(tag));
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(checkName(attributes[i])).append("=\"").append(escape(attributes[i + 1]))
                    .append('"');
        }
    }

    private static String checkName(String name) {
        if (!isPlainName(name)) {
            throw new IllegalArgumentException("Tag or attribute name [" + name + "] is not a plain lower-case name");
        }
        return name;
    }

    /** Whether {@code name} is {@code [a-z][a-z0-9-]*}, checked without a regex: a long table checks thousands. */
    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The HTML written so far. */
    @Override
    public String toString() {
        return out.toString();
    }
}
