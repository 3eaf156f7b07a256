package dev.fecunit.internal.format;

/**
 * A small streaming JSON writer for fecunit's documents (two-space indented, keys in the order
 * written). Non-finite numbers are written as {@code null}, since JSON has no NaN.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final java.util.ArrayDeque<boolean[]> firstInContainer = new java.util.ArrayDeque<>();
    private boolean afterKey;

    /** Starts an object (as a value, or at the top). */
    public JsonWriter beginObject() {
        value();
        out.append('{');
        firstInContainer.push(new boolean[] {true});
        return this;
    }

    /** Ends the current object. */
    public JsonWriter endObject() {
        return end('}');
    }

    /** Starts an array. */
    public JsonWriter beginArray() {
        value();
        out.append('[');
        firstInContainer.push(new boolean[] {true});
        return this;
    }

    /** Ends the current array. */
    public JsonWriter endArray() {
        return end(']');
    }

    private JsonWriter end(char close) {
        boolean empty = firstInContainer.pop()[0];
        if (!empty) {
            newline();
        }
        out.append(close);
        return this;
    }

    /** Writes the key of the next member. */
    public JsonWriter name(String key) {
        separator();
        string(key);
        out.append(": ");
        afterKey = true;
        return this;
    }

    /** Writes a string value (null writes {@code null}). */
    public JsonWriter value(String text) {
        value();
        if (text == null) {
            out.append("null");
        } else {
            string(text);
        }
        return this;
    }

    /** Writes a whole number. */
    public JsonWriter value(long number) {
        value();
        out.append(number);
        return this;
    }

    /** Writes a number: whole values without a fraction, NaN and infinities as {@code null}. */
    public JsonWriter value(double number) {
        value();
        out.append(Double.isFinite(number) ? NumberText.shortest(number) : "null");
        return this;
    }

    /** Writes a boolean. */
    public JsonWriter value(boolean flag) {
        value();
        out.append(flag);
        return this;
    }

    private void value() {
        if (afterKey) {
            afterKey = false;
            return;
        }
        separator();
    }

    private void separator() {
        boolean[] first = firstInContainer.peek();
        if (first == null) {
            return;
        }
        if (!first[0]) {
            out.append(',');
        }
        first[0] = false;
        newline();
    }

    private void newline() {
        out.append('\n').append("  ".repeat(firstInContainer.size()));
    }

    private void string(String text) {
        appendQuoted(out, text, false);
    }

    /**
     * {@code text} as a JSON string that is also safe inside an HTML {@code <script>} element: besides the
     * quote and the backslash, {@code <}, {@code >}, {@code &}, U+2028, U+2029 and every control character are
     * written as {@code \\uXXXX}.
     */
    public static String quotedForScript(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2);
        appendQuoted(quoted, text, true);
        return quoted.toString();
    }

    /** The one way fecunit escapes a JSON string; a line end or tab is {@code \n}, {@code \r}, {@code \t} unless {@code forScript}. */
    private static void appendQuoted(StringBuilder out, String text, boolean forScript) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append("\\\"");
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (!forScript && c == '\n') {
                out.append("\\n");
            } else if (!forScript && c == '\r') {
                out.append("\\r");
            } else if (!forScript && c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || forScript && (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029')) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** The document written so far, with a final line end. */
    @Override
    public String toString() {
        return out + "\n";
    }
}
