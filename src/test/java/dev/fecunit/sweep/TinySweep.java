package dev.fecunit.sweep;

import dev.fecunit.testing.RunDirectoryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a tiny sweep directory for a test: cells whose figures are easy to work out by hand.
 *
 * <pre>{@code
 * Path dir = TinySweep.in(tempDir)
 *         .cell("b/baseline", "baseline", "0.1", "-", "-", 10, Set.of(3L, 4L), 0, 0)   // lost 2 of 10
 *         .cell("f/fec", "fec", "0.1", "30", "random", 10, Set.of(5L), 20, 5)          // lost 1 of 10, 5 of 20 recovered
 *         .write();
 * }</pre>
 */
public final class TinySweep {

    public static final String HEADER = "leaf\tmode\tloss\tfec_rate\tfec_mask";

    private final Path directory;
    private final List<String> rows = new ArrayList<>();

    private TinySweep(Path directory) {
        this.directory = directory;
    }

    public static TinySweep in(Path directory) {
        return new TinySweep(directory);
    }

    /**
     * Adds a manifest row and writes its run: frames 1..{@code frames} minus {@code lostIds}, 40 ms latency,
     * FlexFEC counters rising from 0 to {@code fecReceived} and {@code fecRecovered}.
     */
    public TinySweep cell(String leaf, String mode, String loss, String rate, String mask, int frames, Set<Long> lostIds,
                   int fecReceived, int fecRecovered) {
        rows.add(String.join("\t", leaf, mode, loss, rate, mask));
        RunDirectoryBuilder run = RunDirectoryBuilder.in(directory.resolve(leaf)).meta("MODE", mode)
                .meta("DEBUG_DROP", "0").window(0, 10_000_000);
        for (long id = 1; id <= frames; id++) {
            if (!lostIds.contains(id)) {
                long capture = 1_000_000 + id * 33_000;
                run.frame(capture + 40_000, id, capture);
            }
        }
        run.counter("livekit_flexfec_packet_total{state=\"received\"}", 1_000_000, 0)
                .counter("livekit_flexfec_packet_total{state=\"received\"}", 9_000_000, fecReceived)
                .counter("livekit_flexfec_packet_total{state=\"recovered\"}", 1_000_000, 0)
                .counter("livekit_flexfec_packet_total{state=\"recovered\"}", 9_000_000, fecRecovered)
                .write();
        return this;
    }

    /** Adds a manifest row verbatim (no run directory is written). */
    public TinySweep row(String row) {
        rows.add(row);
        return this;
    }

    /** Writes {@code manifest.tsv} and returns the sweep directory. */
    public Path write() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        rows.forEach(row -> text.append(row).append('\n'));
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("manifest.tsv"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }
}
