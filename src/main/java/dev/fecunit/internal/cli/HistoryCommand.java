package dev.fecunit.internal.cli;

import dev.fecunit.Diagnostic;
import dev.fecunit.history.ChangePoint;
import dev.fecunit.history.FigureHistory;
import dev.fecunit.history.HistoryRun;
import dev.fecunit.history.RunHistory;
import dev.fecunit.internal.history.HistoryText;
import dev.fecunit.internal.report.HistoryReport;
import dev.fecunit.verdict.Metric;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code java -jar fecunit-cli.jar history --runs GLOB [--root DIR] --out DIR [--figure KEY ...] [--json FILE]}:
 * the runs matching the glob in time order, each figure's change points and the verdict on the latest run
 * against the runs since the last change point. Writes {@code history.png}, {@code history.csv},
 * {@code history.json} and {@code index.html} into {@code --out}; prints {@code report: <png>}, a blank
 * line, one line per change point, a blank line and one verdict line per figure. A progress line goes to
 * stderr while a long history loads, and one warning per run left out.
 *
 * <p>Exit codes: 0 on success, 2 on a usage error (with the usage text), 1 when no run matches or none
 * can be read, or an output cannot be written.
 */
final class HistoryCommand extends Subcommand<HistoryCommand.Arguments> {

    static final String USAGE = String.join("\n",
            "usage: java -jar fecunit-cli.jar history --runs GLOB [--root DIR] --out DIR [--figure KEY ...] [--json FILE]",
            "",
            "  history   the trend of each figure over runs in time order (T0_US): change points",
            "            (E-divisive means) and the verdict on the latest run against the runs since",
            "            the last change point; writes history.png, history.csv, history.json and",
            "            index.html into --out",
            "",
            "  --runs GLOB    the run directories, relative to --root, e.g. 'nightly/*/fec' (quote it)",
            "  --root DIR     where GLOB is resolved (default: the working directory)",
            "  --out DIR      where to write the report (created if missing)",
            "  --figure KEY   a figure to show (default: all), e.g. frame_loss_rate_pct; repeatable",
            "  --json FILE    also write the history as JSON (the same document as history.json)",
            "");

    /** Histories at least this long show a progress line while they load. */
    static final int PROGRESS_FROM_RUNS = 50;

    HistoryCommand(PrintStream out, PrintStream err) {
        super(out, err, USAGE, Arguments::parse);
    }

    @Override
    int execute(Arguments arguments) {
        Path outDir = Path.of(arguments.out());
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            err.println("fecunit: --out [" + outDir.toAbsolutePath() + "] is a file; history writes four files into"
                    + " a directory: pass a directory (it is created if missing)");
            return 1;
        }
        RunHistory history;
        try {
            history = RunHistory.matching(Path.of(arguments.root()), arguments.runs()).whileLoading(this::progress);
            history.runs();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("fecunit: " + e.getMessage());
            return 1;
        }
        for (Diagnostic d : history.skipped()) {
            err.println("warning: " + d.file() + ": " + d.message());
        }
        if (history.size() == 0) {
            err.println("fecunit: none of the " + history.skipped().size() + " run directories matching ["
                    + arguments.runs() + "] could be read");
            return 1;
        }
        List<FigureHistory> figures;
        try {
            figures = history.figures(arguments.figures());
            HistoryReport.write(history, arguments.figures(), outDir);
            if (arguments.json() != null) {
                CommandOutput.writeJson(Path.of(arguments.json()), HistoryReport.json(history, figures));
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("fecunit: " + e.getMessage());
            return 1;
        }
        List<HistoryRun> runs = history.runs();
        out.print("report: " + CommandOutput.join(arguments.out(), HistoryReport.PNG) + "\n\n");
        out.print("history of " + history.description() + ": " + runs.size() + (runs.size() == 1 ? " run, " : " runs, ")
                + runs.get(0).label() + " .. " + runs.get(runs.size() - 1).label() + "\n");
        int changes = 0;
        for (FigureHistory figure : figures) {
            for (ChangePoint change : figure.changePoints()) {
                out.print(HistoryText.changePoint(change, runs.size()) + "\n");
                changes++;
            }
        }
        if (changes == 0) {
            out.print("no change point in any figure\n");
        }
        out.print("\n");
        for (FigureHistory figure : figures) {
            out.print(HistoryText.latest(figure) + "\n");
        }
        return 0;
    }

    private void progress(int loaded, int total) {
        if (total < PROGRESS_FROM_RUNS) {
            return;
        }
        // One line, rewritten in place; every tenth of the way, so a log file gets a few lines at most.
        int step = Math.max(1, total / 10);
        if (loaded % step == 0 || loaded == total) {
            err.print("\rfecunit: loading runs: " + loaded + " of " + total + (loaded == total ? "\n" : ""));
            err.flush();
        }
    }

    /** Parsed arguments of {@code history}. */
    record Arguments(String runs, String root, String out, List<Metric> figures, String json, boolean help) implements CommandLine.ParsedArguments {

        static Arguments parse(String[] args) {
            String runs = null;
            String root = null;
            String out = null;
            String json = null;
            List<Metric> figures = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "-h", "--help" -> {
                        return new Arguments(null, null, null, List.of(), null, true);
                    }
                    case "--runs" -> runs = CommandLine.once(runs, args, ++i, option);
                    case "--root" -> root = CommandLine.once(root, args, ++i, option);
                    case "--out" -> out = CommandLine.once(out, args, ++i, option);
                    case "--json" -> json = CommandLine.once(json, args, ++i, option);
                    case "--figure" -> figures.add(figure(CommandLine.value(args, ++i, option)));
                    default -> throw new Main.UsageException("unknown option '" + option + "'");
                }
            }
            if (runs == null) {
                throw new Main.UsageException("history needs --runs GLOB");
            }
            if (out == null) {
                throw new Main.UsageException("history needs --out DIR");
            }
            return new Arguments(runs, root == null ? "." : root, out,
                    figures.isEmpty() ? Metric.builtIn() : List.copyOf(figures), json, false);
        }

        private static Metric figure(String key) {
            return Metric.builtIn().stream().filter(m -> m.key().equals(key)).findFirst()
                    .orElseThrow(() -> new Main.UsageException("unknown figure '" + key + "'; known: "
                            + Metric.builtIn().stream().map(Metric::key).collect(Collectors.joining(", "))));
        }
    }
}
