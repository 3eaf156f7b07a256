package dev.fecunit.assertj;

import dev.fecunit.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Base of the assertion tests: the hand-worked pair of {@link AbRuns} in a fresh temporary directory. */
abstract class AbTest {

    @TempDir
    Path dir;

    Run baseline;
    Run fec;

    @BeforeEach
    void loadRuns() {
        baseline = AbRuns.baseline(dir);
        fec = AbRuns.fec(dir);
    }

    /** An expected message with {@code {fec}} and {@code {baseline}} replaced by the runs' name and path. */
    String message(String text) {
        return text.replace("{fec}", "fec (" + fec.path() + ")").replace("{baseline}", "baseline (" + baseline.path() + ")");
    }
}
