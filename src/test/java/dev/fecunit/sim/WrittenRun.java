package dev.fecunit.sim;

import java.nio.file.Path;
import java.util.List;

/**
 * A run directory the simulator wrote.
 *
 * @param directory      the run directory
 * @param framesRendered data rows written to frames.csv (rendered frames, duplicates included)
 * @param defects        where each injected defect was written, in file then line order; empty for a clean run
 */
public record WrittenRun(Path directory, int framesRendered, List<DefectLocation> defects) {

    /** Defensive copy: a written run never changes. */
    public WrittenRun {
        defects = List.copyOf(defects);
    }
}
