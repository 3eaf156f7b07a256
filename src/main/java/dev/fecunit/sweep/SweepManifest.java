package dev.fecunit.sweep;

import dev.fecunit.Diagnostic;
import dev.fecunit.internal.format.NumberText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads {@code manifest.tsv}, the list of a sweep's cells: a tab-separated header naming the columns
 * {@code leaf mode loss fec_rate fec_mask} (in any order, as the sweep script reads them by name) and
 * one row per run directory. A row that cannot be read is skipped with a {@link Diagnostic}.
 */
final class SweepManifest {

    /** The manifest's file name inside the sweep directory. */
    static final String FILE = "manifest.tsv";

    static final List<String> COLUMNS = List.of("leaf", "mode", "loss", "fec_rate", "fec_mask");

    private SweepManifest() {
    }

    /** The cells {@code text} lists, their run directories resolved against {@code sweepDir}. */
    static List<SweepCell> parse(Path sweepDir, String text, List<Diagnostic> diagnostics) {
        String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\n", -1) : text.split("\n", -1);
        List<SweepCell> cells = new ArrayList<>();
        int[] column = null;
        int headerSize = 0;
        for (int i = 0; i < lines.length; i++) {
            long lineNumber = i + 1L;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (column == null) {
                column = columnsOf(fields);
                headerSize = fields.length;
                if (column == null) {
                    diagnostics.add(new Diagnostic(FILE, lineNumber, "header " + Arrays.toString(fields)
                            + " lacks one of the tab-separated columns " + COLUMNS
                            + "; no cell can be read (the first line must be: leaf<TAB>mode<TAB>loss<TAB>fec_rate<TAB>fec_mask)"));
                    return List.of();
                }
                continue;
            }
            if (fields.length != headerSize) {
                diagnostics.add(new Diagnostic(FILE, lineNumber, "row has " + fields.length
                        + " tab-separated fields but the header has " + headerSize + "; row skipped"));
                continue;
            }
            String leaf = fields[column[0]];
            if (leaf.isBlank() || leaf.equals("-")) {
                diagnostics.add(new Diagnostic(FILE, lineNumber, "row names no run directory (leaf ["
                        + leaf + "]); row skipped"));
                continue;
            }
            String lossLabel = fields[column[2]];
            OptionalDouble loss = NumberText.parseFinite(lossLabel);
            if (loss.isEmpty()) {
                diagnostics.add(new Diagnostic(FILE, lineNumber, "loss [" + lossLabel
                        + "] is not a number; the cell is placed at loss 0.0, as the sweep script does"));
            }
            cells.add(new SweepCell(sweepDir.resolve(leaf), lineNumber, leaf, fields[column[1]], lossLabel,
                    loss.orElse(0.0), fields[column[3]], fields[column[4]]));
        }
        if (column == null) {
            diagnostics.add(new Diagnostic(FILE, 0, "file is empty; expected the header "
                    + "leaf<TAB>mode<TAB>loss<TAB>fec_rate<TAB>fec_mask and one row per cell"));
        }
        return cells;
    }

    /** The index of each of {@link #COLUMNS} in {@code header}, or null when one is missing. */
    private static int[] columnsOf(String[] header) {
        List<String> names = Arrays.asList(header);
        int[] index = new int[COLUMNS.size()];
        for (int c = 0; c < index.length; c++) {
            index[c] = names.indexOf(COLUMNS.get(c));
            if (index[c] < 0) {
                return null;
            }
        }
        return index;
    }
}
