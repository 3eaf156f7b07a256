package dev.fecunit.sweep;

import java.util.Comparator;

/** The two orders of the sweep script's outputs (the CSV's and the printed table's), defined once. */
final class SweepOrder {

    private SweepOrder() {
    }

    /**
     * The CSV's order: by loss level, then config in plain character order (Python's string order, so
     * {@code FEC …} sorts before {@code baseline}).
     */
    public static final Comparator<SweepCell> BY_LOSS_THEN_CONFIG = Comparator
            .comparingDouble(SweepCell::loss)
            .thenComparing(SweepCell::config, SweepOrder::compareCodePoints);

    /** The printed table's order: by loss level, then the baseline first, then config in plain character order. */
    public static final Comparator<SweepCell> BY_LOSS_BASELINE_FIRST = Comparator
            .comparingDouble(SweepCell::loss)
            .thenComparing(cell -> !cell.isBaseline())
            .thenComparing(SweepCell::config, SweepOrder::compareCodePoints);

    /** Compares by Unicode code points, as Python compares strings (Java's {@code compareTo} uses UTF-16 units). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
