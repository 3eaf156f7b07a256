package dev.fecunit.internal.baseline;

import dev.fecunit.Run;
import dev.fecunit.analysis.Ratio;
import dev.fecunit.baseline.BaselineFileException;
import dev.fecunit.internal.format.NumberText;
import dev.fecunit.verdict.Comparison;
import dev.fecunit.verdict.Difference;
import dev.fecunit.verdict.Metric;
import dev.fecunit.verdict.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a run against its stored baseline, approval-test style: the run's figures are compared with
 * the stored ones under each figure's tolerance; when the baseline is missing or a figure moved, the
 * run's figures are written to {@code <name>.received.json} next to the baseline, and the result names
 * both files and every figure that moved. With the system property
 * {@code -Dfecunit.baselines.update=true} the run's figures are accepted: written to the baseline file
 * itself (keeping its tolerances).
 *
 * <pre>{@code
 * BaselineCheck check = Baselines.check(run, Path.of("baselines/burst-fec.json"));
 * if (!check.passed()) {
 *     throw new AssertionError(check.message());
 * }
 * }</pre>
 */
public final class Baselines {

    /** The system property that accepts received figures as the new baselines. */
    public static final String UPDATE_PROPERTY = "fecunit.baselines.update";

    private Baselines() {
    }

    /** Checks {@code run} against {@code baselineFile}, updating it when {@value #UPDATE_PROPERTY} is {@code true}. */
    public static BaselineCheck check(Run run, Path baselineFile) {
        return check(run, baselineFile, Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false")));
    }

    /**
     * Checks {@code run} against {@code baselineFile}.
     *
     * @param update when true, the run's figures replace the baseline (a corrupt or outdated file too)
     * @throws BaselineFileException when not updating and the baseline file is corrupt or of an unknown version
     */
    public static BaselineCheck check(Run run, Path baselineFile, boolean update) {
        Path received = receivedFileOf(baselineFile);
        boolean exists = Files.exists(baselineFile);
        if (update) {
            Map<String, Double> tolerances = Baseline.DEFAULT_TOLERANCES;
            if (exists) {
                try {
                    tolerances = Baseline.read(baselineFile).tolerances();
                } catch (BaselineFileException unreadable) {
                    // Accepting replaces a file that cannot be read; its tolerances are lost with it.
                    tolerances = Baseline.DEFAULT_TOLERANCES;
                }
            }
            Baseline.of(run, tolerances).write(baselineFile);
            deleteIfPresent(received);
            return new BaselineCheck(BaselineCheck.Outcome.UPDATED, baselineFile, received, List.of(),
                    "Baseline [" + baselineFile + "] updated from run [" + run.path() + "] (-D" + UPDATE_PROPERTY + "=true)");
        }
        if (!exists) {
            Baseline.of(run).write(received);
            return new BaselineCheck(BaselineCheck.Outcome.MISSING, baselineFile, received, List.of(),
                    "No baseline [" + baselineFile + "] yet: wrote the figures of run [" + run.path() + "] to [" + received
                            + "]. Review them, then rename that file to [" + baselineFile.getFileName() + "] or run with -D"
                            + UPDATE_PROPERTY + "=true to accept them.");
        }
        Baseline stored = Baseline.read(baselineFile);
        Baseline actual = Baseline.of(run, stored.tolerances());
        List<FigureChange> moved = new ArrayList<>();
        int statistical = 0;
        int tolerated = 0;
        for (Metric metric : Metric.builtIn()) {
            if (!stored.figures().containsKey(metric.key())) {
                continue; // a figure added to fecunit after the file was written: accepting the run adds it
            }
            double was = stored.figures().get(metric.key());
            double now = actual.figures().get(metric.key());
            Optional<Difference> difference = againstStoredBlocks(metric, stored, actual);
            if (difference.isPresent()) {
                statistical++;
                Verdict verdict = difference.get().verdict(metric.defaultMinimumChange(), metric.direction());
                if (verdict == Verdict.WORSE || verdict == Verdict.BETTER || verdict == Verdict.CHANGED) {
                    moved.add(new FigureChange(metric, was, now, Double.NaN, difference.get().interval()));
                }
                continue;
            }
            tolerated++;
            double tolerance = stored.tolerances().getOrDefault(metric.key(),
                    Baseline.DEFAULT_TOLERANCES.getOrDefault(metric.key(), 0.0));
            boolean bothEmpty = Double.isNaN(was) && Double.isNaN(now);
            if (!bothEmpty && !(Math.abs(now - was) <= tolerance)) {
                moved.add(new FigureChange(metric, was, now, tolerance));
            }
        }
        String how = statistical == 0 ? "" : statistical + " figures compared with the noise of the "
                + stored.blocks().size() + " stored blocks (95 % interval and verdict as for two runs), "
                + tolerated + " under their tolerances";
        if (moved.isEmpty()) {
            deleteIfPresent(received);
            return new BaselineCheck(BaselineCheck.Outcome.MATCHED, baselineFile, received, List.of(),
                    "Run [" + run.path() + "] matches baseline [" + baselineFile + "]: "
                            + (statistical == 0 ? "every figure is within its tolerance" : how + ": none moved"));
        }
        actual.write(received);
        StringBuilder message = new StringBuilder("Run [").append(run.path()).append("] does not match baseline [")
                .append(baselineFile).append("]: ");
        if (statistical == 0) {
            message.append(moved.size()).append(moved.size() == 1 ? " figure moved beyond its tolerance:\n"
                    : " figures moved beyond their tolerances:\n");
        } else {
            message.append(how).append("; ").append(moved.size()).append(moved.size() == 1 ? " moved:\n" : " moved:\n");
        }
        for (FigureChange change : moved) {
            String unit = unit(change.metric());
            message.append("  ").append(change.metric().name()).append(": ").append(number(change.stored())).append(unit)
                    .append(" -> ").append(number(change.received())).append(unit).append(" (")
                    .append(signed(change.difference())).append(unit);
            if (change.statistical()) {
                message.append(", 95 % interval [").append(signed(change.interval().lower())).append(", ")
                        .append(signed(change.interval().upper())).append("]");
            } else {
                message.append(", tolerance ").append(number(change.tolerance())).append(unit);
            }
            message.append(", ").append(change.direction()).append(")\n");
        }
        message.append("Wrote the run's figures to [").append(received).append("]. If the change is intended, accept it:"
                + " replace the baseline with that file, or run with -D").append(UPDATE_PROPERTY).append("=true.");
        return new BaselineCheck(BaselineCheck.Outcome.MOVED, baselineFile, received, moved, message.toString());
    }

    /**
     * The move of a ratio figure judged against the noise of the stored blocks, when the baseline
     * stored them for this figure; empty otherwise (the figure is then held to its tolerance).
     */
    private static Optional<Difference> againstStoredBlocks(Metric metric, Baseline stored, Baseline actual) {
        if (!metric.isRatio() || stored.blocks().isEmpty()
                || stored.blocks().stream().anyMatch(b -> !b.ratios().containsKey(metric.key()))) {
            return Optional.empty();
        }
        List<Ratio> was = new ArrayList<>();
        List<String> wasKinds = new ArrayList<>();
        for (Baseline.StoredBlock block : stored.blocks()) {
            was.add(block.ratios().get(metric.key()));
            wasKinds.add(block.kind());
        }
        List<Ratio> now = new ArrayList<>();
        List<String> nowKinds = new ArrayList<>();
        for (Baseline.StoredBlock block : actual.blocks()) {
            now.add(block.ratios().get(metric.key()));
            nowKinds.add(block.kind());
        }
        return Optional.of(Comparison.estimateBlocks(List.of(now), List.of(nowKinds), List.of(was), List.of(wasKinds),
                0.95));
    }

    /** {@code dir/name.json} -> {@code dir/name.received.json}. */
    public static Path receivedFileOf(Path baselineFile) {
        String name = baselineFile.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return baselineFile.resolveSibling(stem + ".received.json");
    }

    private static void deleteIfPresent(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new BaselineFileException(file, "Stale received file [" + file + "] cannot be deleted: " + e.getMessage(), e);
        }
    }

    private static String unit(Metric metric) {
        return metric.unit().equals("%") ? " %" : " " + metric.unit();
    }

    private static String number(double x) {
        return NumberText.significant(x, 4, "none");
    }

    private static String signed(double x) {
        return NumberText.signed(x, 4, "none");
    }
}
