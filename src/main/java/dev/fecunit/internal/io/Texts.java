package dev.fecunit.internal.io;

/** Small text helpers for diagnostics. */
final class Texts {

    private static final int MAX_QUOTED = 80;

    private Texts() {
    }

    /** {@code "text"} for a message, shortened to 80 characters with an ellipsis. */
    static String quote(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
        return '"' + shown.replace("\r", "\\r").replace("\n", "\\n") + '"';
    }
}
