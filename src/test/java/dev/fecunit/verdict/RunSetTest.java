package dev.fecunit.verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunSetTest {

    @TempDir
    Path dir;

    @Test
    void aPatternLoadsEveryMatchingDirectorySortedByPath() {
        TinyRuns.losing(dir.resolve("out/2/fec"), 5, Set.of());
        TinyRuns.losing(dir.resolve("out/1/fec"), 5, Set.of());
        TinyRuns.losing(dir.resolve("out/1/baseline"), 5, Set.of());

        RunSet fec = RunSet.matching(dir, "out/*/fec");

        assertEquals(2, fec.size());
        assertEquals(dir.resolve("out/1/fec").toAbsolutePath(), fec.runs().get(0).path());
        assertEquals(dir.resolve("out/2/fec").toAbsolutePath(), fec.runs().get(1).path());
        assertEquals("fec", fec.name());
    }

    @Test
    void aPatternMatchingNothingNamesThePatternAndTheRoot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunSet.matching(dir, "out/*/fec"));
        assertEquals("Pattern [out/*/fec] matched no run directory under [" + dir.toAbsolutePath().normalize()
                + "]; check the pattern (a glob such as out/*/fec) and the directory", e.getMessage());
    }

    @Test
    void runsOfDifferentNamesAreCountedInTheName() {
        RunSet set = RunSet.of(TinyRuns.losing(dir.resolve("a"), 5, Set.of()), TinyRuns.losing(dir.resolve("b"), 5, Set.of()));
        assertEquals("2 runs", set.name());
    }
}
