package dev.fecunit.junit;

import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: a run that does not fit in the test JVM's heap is a sentence naming the run, its size and argLine. */
class OutOfMemoryMessageTest {

    @TempDir
    Path dir;

    @Test
    void namesTheRunItsSizeAndSurefiresArgLine() throws Exception {
        Path run = RunDirectoryBuilder.in(dir.resolve("soak")).window(0, 10_000_000).frame(1_000_000, 1, 960_000)
                .withoutPromFile().write();
        long frames = Files.size(run.resolve("frames.csv"));
        long meta = Files.size(run.resolve("meta.env"));
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        long suggested = Math.max(512, (2 * heapMb + 255) / 256 * 256);

        assertThat(FecExtension.outOfMemory("Parameter [run] of [test()]", run)).isEqualTo("Parameter [run] of [test()]:"
                + " the run directory [" + run + "], " + (frames + meta) + " bytes (frames.csv " + frames + " bytes,"
                + " meta.env " + meta + " bytes), does not fit in the test JVM's heap of " + heapMb + " MB; give the"
                + " forked test JVM more with Surefire's <argLine>-Xmx" + suggested + "m</argLine> (Gradle: test {"
                + " maxHeapSize = \"" + suggested + "m\" }).");
    }

    @Test
    void suggestsTwiceTheHeapRoundedUpTo256Megabytes() {
        assertThat(FecExtension.suggestedHeapMb(100)).isEqualTo(512);
        assertThat(FecExtension.suggestedHeapMb(400)).isEqualTo(1024);
        assertThat(FecExtension.suggestedHeapMb(3000)).isEqualTo(6144);
    }
}
