package dev.fecunit.sweep;

import dev.fecunit.Diagnostic;
import dev.fecunit.internal.analysis.Lazy;
import dev.fecunit.internal.io.InputDirectories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A parameter sweep ({@code sweep_fec.sh}): a baseline plus one FEC run per (rate, mask) configuration
 * at each loss level, listed in {@code manifest.tsv}, one run directory per cell.
 *
 * <pre>{@code
 * Sweep sweep = Sweep.load(Path.of("runs/sweep-small"));
 * for (LossLevelPair pair : sweep.baselinePairs()) {
 *     System.out.println(pair.fec().config() + " vs baseline at loss " + pair.fec().lossLabel());
 * }
 * SweepFigures figures = sweep.figures();   // loads every run, skips unusable cells
 * sweep.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * <p>Loading reads only the manifest; each cell's {@link dev.fecunit.Run} is loaded on first use and
 * cached. A manifest row that cannot be read becomes a {@link Diagnostic} (file {@code manifest.tsv},
 * with its line) instead of a cell. Safe to share between threads.
 */
public final class Sweep {

    /** Name of the manifest file inside a sweep directory. */
    public static final String MANIFEST = SweepManifest.FILE;

    private final Path path;
    private final List<SweepCell> cells;
    private final List<Diagnostic> diagnostics;
    private final Lazy<SweepFigures> figures = new Lazy<>(() -> SweepFigures.of(this));

    /**
     * Assembles a sweep from its cells; most users call {@link #load(Path)}.
     *
     * @param path        the sweep directory
     * @param cells       the cells in manifest order
     * @param diagnostics the manifest lines that were skipped or corrected
     */
    Sweep(Path path, List<SweepCell> cells, List<Diagnostic> diagnostics) {
        this.path = Objects.requireNonNull(path, "path");
        this.cells = List.copyOf(cells);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Reads the manifest of the sweep directory {@code directory}; runs are loaded later, on first use.
     *
     * @throws SweepLoadException when the directory or its {@code manifest.tsv} is missing or unreadable;
     *                            the message names the absolute path
     */
    public static Sweep load(Path directory) {
        Path absolute = InputDirectories.require(directory, "Sweep directory",
                "a sweep directory holds manifest.tsv and one run directory per manifest row", SweepLoadException::new);
        Path manifest = absolute.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new SweepLoadException("Sweep manifest " + manifest + " does not exist; a sweep directory holds "
                    + "manifest.tsv (tab-separated columns leaf mode loss fec_rate fec_mask) as written by sweep_fec.sh",
                    new NoSuchFileException(manifest.toString()));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(manifest);
        } catch (IOException e) {
            throw new SweepLoadException("Cannot read sweep manifest " + manifest + ": " + e, e);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            diagnostics.add(new Diagnostic(MANIFEST, 0,
                    "file is not valid UTF-8; undecodable bytes were replaced with U+FFFD"));
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        List<SweepCell> cells = SweepManifest.parse(directory, text, diagnostics);
        return new Sweep(directory, cells, diagnostics);
    }

    /** The sweep directory as given to {@link #load(Path)}; never null. */
    public Path path() {
        return path;
    }

    /** Every cell of the manifest, in manifest order; never null. */
    public List<SweepCell> cells() {
        return cells;
    }

    /** The cells that match {@code condition}, in manifest order, e.g. {@code cellsWhere(c -> c.fecMask().equals("bursty"))}. */
    public List<SweepCell> cellsWhere(Predicate<? super SweepCell> condition) {
        return cells.stream().filter(condition).toList();
    }

    /** The baseline (no FEC) cells in manifest order. */
    public List<SweepCell> baselines() {
        return cellsWhere(SweepCell::isBaseline);
    }

    /** The FEC cells in manifest order. */
    public List<SweepCell> fecCells() {
        return cellsWhere(cell -> !cell.isBaseline());
    }

    /** The distinct loss levels, ascending. */
    public List<Double> lossLevels() {
        TreeSet<Double> levels = new TreeSet<>();
        cells.forEach(cell -> levels.add(cell.loss()));
        return List.copyOf(levels);
    }

    /**
     * Every FEC cell with the baseline of the same loss level, ordered by loss level, then FEC config
     * (a FEC cell without a baseline at its level has no pair; with two baselines it has two).
     */
    public List<LossLevelPair> baselinePairs() {
        List<LossLevelPair> pairs = new ArrayList<>();
        for (SweepCell fec : fecCells()) {
            for (SweepCell baseline : baselines()) {
                if (baseline.loss() == fec.loss()) {
                    pairs.add(new LossLevelPair(baseline, fec));
                }
            }
        }
        pairs.sort(LossLevelPair.BY_LOSS_THEN_CONFIG);
        return List.copyOf(pairs);
    }

    /** The manifest lines that were skipped or corrected; empty for a well-formed manifest. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * The figures of every usable cell (loading every run once); cells whose run directory is missing or
     * has no frames in its window are listed in {@link SweepFigures#skipped()}.
     */
    public SweepFigures figures() {
        return figures.get();
    }

    @Override
    public String toString() {
        return "Sweep[" + cells.size() + " cells at " + path + "]";
    }

    /** Thrown when a sweep directory or its manifest cannot be read at all. */
    public static final class SweepLoadException extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        /** Creates the exception; {@code message} names the path and what to do. */
        public SweepLoadException(String message, IOException cause) {
            super(message, cause);
        }
    }
}
