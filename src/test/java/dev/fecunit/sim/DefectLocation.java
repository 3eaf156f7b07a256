package dev.fecunit.sim;

/**
 * Where the simulator wrote one injected defect: the file of the run directory, the 1-based
 * line number (as an editor or a diagnostic shows it) and what is wrong there.
 *
 * @param file        base name of the file, e.g. {@code frames.csv}
 * @param line        1-based line number; for a whole-file defect (a missing key) the line after the last
 * @param description what is wrong, in a sentence
 */
public record DefectLocation(String file, int line, String description) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + description;
    }
}
