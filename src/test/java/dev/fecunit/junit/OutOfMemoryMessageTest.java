package dev.fecunit.junit;

import dev.fecunit.Run;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: a run that does not fit in the test JVM's heap is a sentence naming the run, its size and argLine. */
class OutOfMemoryMessageTest {

    @TempDir
    Path dir;

    @Test
    void namesTheRunItsSizeAndSurefiresArgLine() {
        Path run = dir.resolve("soak");
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        long suggested = Math.max(512, (2 * heapMb + 255) / 256 * 256);

        assertThat(FecExtension.outOfMemory("Parameter [run] of [test()]",
                new Run.RunTooLargeException(run, "530 MB (frames.csv 108 MB, prom.tsv 421 MB)")))
                .isEqualTo("Parameter [run] of [test()]: run [" + run.toAbsolutePath() + "], 530 MB (frames.csv 108 MB,"
                        + " prom.tsv 421 MB), does not fit in the Java heap of " + heapMb + " MB; give the forked test"
                        + " JVM more with Surefire's <argLine>-Xmx" + suggested + "m</argLine> (Gradle: test {"
                        + " maxHeapSize = \"" + suggested + "m\" }).");
    }

    @Test
    void suggestsTwiceTheHeapRoundedUpTo256Megabytes() {
        assertThat(FecExtension.suggestedHeapMb(100)).isEqualTo(512);
        assertThat(FecExtension.suggestedHeapMb(400)).isEqualTo(1024);
        assertThat(FecExtension.suggestedHeapMb(3000)).isEqualTo(6144);
    }
}
