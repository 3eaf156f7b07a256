package dev.fecunit.hostile;

import dev.fecunit.internal.analysis.BurstBreakdown;
import dev.fecunit.internal.analysis.FreezeAnalysis;
import dev.fecunit.report.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replays the failing cases a {@link Fuzzer} run saved: {@code Replay OUT_DIR} loads every saved
 * {@code case-N/run} again, as the fuzzer did (figures, per-burst figures, freezes and the whole report)
 * and says for each whether it passes now. Exit status 1 when any still fails.
 */
public final class Replay {

    private Replay() {
    }

    /** {@code Replay OUT_DIR [WATCHDOG_SECONDS]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long watchdog = args.length > 1 ? Long.parseLong(args[1]) : 20;
        List<Path> runs;
        try (Stream<Path> files = Files.walk(out)) {
            runs = files.filter(p -> p.getFileName().toString().equals("run") && Files.isDirectory(p)
                    && p.getParent().getFileName().toString().startsWith("case-")).sorted().toList();
        }
        int failing = 0;
        for (Path run : runs) {
            Path report = Files.createTempDirectory("fecunit-replay");
            String verdict;
            try {
                Loading.Outcome outcome = Loading.load(run, watchdog, loaded -> {
                    Figures figures = Figures.of(loaded);
                    BurstBreakdown.of(loaded);
                    FreezeAnalysis.of(loaded);
                    Report.write(List.of(loaded), report);
                    return figures;
                });
                if (outcome.thrown() != null) {
                    verdict = outcome.thrown() instanceof dev.fecunit.Run.RunLoadException
                            ? "passes (a clear error: " + outcome.thrown().getMessage() + ")"
                            : "FAILS: " + outcome.thrown();
                } else {
                    List<String> violations = outcome.figures().violations(outcome.run());
                    verdict = violations.isEmpty() ? "passes (" + (outcome.cost().allocatedBytes() >> 20) + " MB allocated)"
                            : "FAILS: " + violations;
                }
            } catch (Loading.Hang hang) {
                verdict = "FAILS: hang, " + hang.getMessage();
            }
            failing += verdict.startsWith("FAILS") ? 1 : 0;
            System.out.println(out.relativize(run.getParent()) + ": " + verdict);
        }
        System.out.println(runs.size() + " saved cases, " + failing + " still failing");
        System.exit(failing == 0 ? 0 : 1);
    }
}
