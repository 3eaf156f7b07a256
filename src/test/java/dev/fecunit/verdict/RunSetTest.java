package dev.fecunit.verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunSetTest {

    @TempDir
    Path dir;

    @Test
    void aPatternLoadsEveryMatchingDirectorySortedByPath() {
        TinyRuns.losing(dir.resolve("out/2/fec"), 5, Set.of());
        TinyRuns.losing(dir.resolve("out/1/fec"), 5, Set.of());
        TinyRuns.losing(dir.resolve("out/1/baseline"), 5, Set.of());

        RunSet fec = RunSet.matching(dir, "out/*/fec");

        assertThat(fec.size()).isEqualTo(2);
        assertThat(fec.runs().get(0).path()).isEqualTo(dir.resolve("out/1/fec").toAbsolutePath());
        assertThat(fec.runs().get(1).path()).isEqualTo(dir.resolve("out/2/fec").toAbsolutePath());
        assertThat(fec.name()).isEqualTo("fec");
    }

    @Test
    void aPatternMatchingNothingNamesThePatternAndTheRoot() {
        assertThatThrownBy(() -> RunSet.matching(dir, "out/*/fec"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Pattern [out/*/fec] matched no run directory under [" + dir.toAbsolutePath().normalize()
                        + "]; check the pattern (a glob such as out/*/fec) and the directory");
    }

    @Test
    void runsOfDifferentNamesAreCountedInTheName() {
        RunSet set = RunSet.of(TinyRuns.losing(dir.resolve("a"), 5, Set.of()), TinyRuns.losing(dir.resolve("b"), 5, Set.of()));
        assertThat(set.name()).isEqualTo("2 runs");
    }
}
