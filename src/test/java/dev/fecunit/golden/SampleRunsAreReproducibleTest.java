package dev.fecunit.golden;

import dev.fecunit.sim.SampleRuns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed sample runs are exactly what the simulator writes: regenerating them changes no byte. */
class SampleRunsAreReproducibleTest {

    @Test
    void regeneratingTheSampleRunsGivesTheSameBytes(@TempDir Path dir) throws IOException {
        SampleRuns.writeAll(dir);

        List<Path> generated = files(dir);
        List<Path> committed = files(SeedParityTest.RUNS);
        assertThat(generated).containsExactlyInAnyOrderElementsOf(committed);
        for (Path file : generated) {
            assertThat(dir.resolve(file)).as(file.toString()).hasSameBinaryContentAs(SeedParityTest.RUNS.resolve(file));
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
