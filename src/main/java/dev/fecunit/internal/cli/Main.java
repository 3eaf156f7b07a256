package dev.fecunit.internal.cli;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.BurstBreakdown;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.internal.report.BurstSections;
import dev.fecunit.internal.report.SummaryJson;
import dev.fecunit.internal.report.SummaryTable;
import dev.fecunit.report.Report;
import dev.fecunit.report.ReportFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The fecunit command line: {@code java -jar target/fecunit-cli.jar summary|report|sweep|history|failures ...}.
 *
 * <p>Exit codes: 0 on success, 2 on a usage error (with the usage text), 1 when an input cannot
 * be read or an output cannot be written.
 */
public final class Main {

    static final String USAGE = String.join("\n",
            "usage: java -jar fecunit-cli.jar summary --run DIR [--run DIR ...] [--json FILE]",
            "       java -jar fecunit-cli.jar report  --run DIR [--run DIR ...] --out DIR [--json FILE]",
            "       java -jar fecunit-cli.jar sweep   --sweep DIR [--out DIR] [--json FILE]",
            "       java -jar fecunit-cli.jar history --runs GLOB [--root DIR] --out DIR [--figure KEY ...] [--json FILE]",
            "       java -jar fecunit-cli.jar failures [--reports DIR] [--format markdown|text]",
            "",
            "  summary   print the summary table of one or more run directories",
            "            (with two runs the first is the baseline and an A/B comparison follows),",
            "            then freezes, frames lost in bursts and bursts recovered per run",
            "  report    also write fec_report.png, summary.txt, summary.json and index.html into --out",
            "  sweep     aggregate a parameter sweep (manifest.tsv): print its table, write sweep_report.png",
            "            and sweep_summary.csv into the sweep directory (or --out)",
            "  history   the trend of each figure over runs in time order, its change points and the",
            "            verdict on the latest run; write history.png, .csv, .json and index.html into --out",
            "  failures  print each failing test's failure, deciding figures and report files (as",
            "            Markdown for a CI page, or text), from the reports directory of a test run",
            "",
            "  --run DIR     a run directory (meta.env, frames.csv, prom.tsv, events.csv); repeatable",
            "  --out DIR     where report writes its files (created if missing)",
            "  --json FILE   also write the figures and diagnostics of every run as JSON",
            "");

    private final PrintStream out;
    private final PrintStream err;

    /** Loads one run directory: {@link Run#load(Path)}, or in tests a loader that fails on purpose. */
    private final Function<Path, Run> loader;

    Main(PrintStream out, PrintStream err) {
        this(out, err, Run::load);
    }

    Main(PrintStream out, PrintStream err, Function<Path, Run> loader) {
        this.out = out;
        this.err = err;
        this.loader = loader;
    }

    /** Runs the CLI and exits with its status. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        int status;
        try {
            status = new Main(out, err).run(args);
        } catch (Run.RunTooLargeException e) {
            err.println("fecunit: " + e.getMessage() + "; " + moreHeap());
            status = 1;
        } catch (OutOfMemoryError e) {
            err.println("fecunit: the command does not fit in the Java heap of " + maxHeapMb() + " MB; " + moreHeap());
            status = 1;
        } catch (RuntimeException e) {
            // the last resort: a sentence, never a stack trace
            err.println("fecunit: " + e + "; this is a fecunit bug: please report it with the command line");
            status = 1;
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs one command; returns the exit status. */
    int run(String[] args) {
        if (args.length > 0 && args[0].equals("sweep")) {
            return new SweepCommand(out, err).run(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && args[0].equals("history")) {
            return new HistoryCommand(out, err).run(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && args[0].equals("failures")) {
            return new FailuresCommand(out, err).run(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        return CommandLine.run(args, Arguments::parse, USAGE, out, err, this::execute);
    }

    private int execute(Arguments arguments) {
        if (arguments.command().equals("report") && isFile(Path.of(arguments.out()))) {
            err.println("fecunit: --out [" + Path.of(arguments.out()).toAbsolutePath()
                    + "] is a file; report writes four files into a directory: pass a directory (it is created if missing)");
            return 1;
        }
        if (arguments.command().equals("report")) {
            // Java2D, fonts and JFreeChart initialise while the runs are read.
            Thread warmUp = new Thread(Report::warmUp, "fecunit-chart-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        List<Run> runs;
        try {
            runs = load(arguments.runs(), arguments.command().equals("report"));
        } catch (Run.RunLoadException | CannotLoad e) {
            err.println("fecunit: " + e.getMessage());
            return 1;
        }
        for (Run run : runs) {
            CommandOutput.printDiagnostics(err, run);
            if (run.frames().isEmpty()) {
                err.println("warning: no frames recorded for " + run.path());
            }
        }
        try {
            if (arguments.command().equals("report")) {
                ReportFiles files = Report.write(runs, Path.of(arguments.out()));
                for (String problem : files.problems()) {
                    err.println("warning: " + problem);
                }
                out.print("report: " + CommandOutput.join(arguments.out(), Report.PNG) + "\n\n");
                // summary.txt is the table as printed: one rendering, so the two cannot differ.
                out.print(Files.readString(files.summaryText(), StandardCharsets.UTF_8));
                if (arguments.json() != null) {
                    CommandOutput.writeJson(Path.of(arguments.json()), Files.readString(files.summaryJson(), StandardCharsets.UTF_8));
                }
            } else {
                out.print(SummaryTable.render(runs));
                // After the seed's table and comparison lines, never inside them: the table stays byte-identical.
                if (!runs.isEmpty()) {
                    out.print("\n" + BurstSections.summaryLines(runs));
                }
                if (arguments.json() != null) {
                    CommandOutput.writeJson(Path.of(arguments.json()), SummaryJson.render(runs));
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("fecunit: " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("fecunit: " + e.getMessage());
            return 1;
        } catch (OutOfMemoryError e) {
            err.println("fecunit: the " + arguments.command() + " of " + String.join(", ", arguments.runs())
                    + " does not fit in the Java heap of " + maxHeapMb() + " MB; " + moreHeap());
            return 1;
        } catch (RuntimeException e) {
            err.println("fecunit: cannot " + arguments.command() + " " + String.join(", ", arguments.runs()) + ": " + e
                    + "; this is a fecunit bug: please report it with the run directory");
            return 1;
        }
        return 0;
    }

    private static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    /** How to raise the heap of the CLI's JVM. */
    static String moreHeap() {
        long suggested = Math.max(512, (2 * maxHeapMb() + 255) / 256 * 256);
        return "give it more: java -Xmx" + suggested + "m -jar fecunit-cli.jar ..., or JAVA_OPTS=-Xmx" + suggested
                + "m for the target/fecunit launcher";
    }

    /** A run that could not be loaded, with the sentence for the user (the run, the file and line where known). */
    static final class CannotLoad extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CannotLoad(String message) {
            super(message, null, false, false);
        }
    }

    private static boolean isFile(Path path) {
        return Files.exists(path) && !Files.isDirectory(path);
    }

    /** Loads the runs in parallel; {@code report} also needs every per-burst figure, {@code summary} only its lines'. */
    private List<Run> load(List<String> dirs, boolean report) {
        int threads = Math.min(dirs.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "fecunit-load");
            thread.setDaemon(true);
            return thread;
        });
        List<CompletableFuture<Run>> loading = new ArrayList<>();
        try {
            for (String dir : dirs) {
                loading.add(CompletableFuture.supplyAsync(() -> {
                    Run run = loader.apply(Path.of(dir));
                    RunSummary.of(run); // computed on this thread, in parallel with the other runs; kept for the table
                    // likewise the per-burst figures and freezes each command prints (cached per run)
                    if (report) {
                        BurstBreakdown.of(run);
                    } else {
                        BurstSections.summaryLines(List.of(run));
                    }
                    return run;
                }, pool));
            }
        } finally {
            pool.shutdown();
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < loading.size(); i++) {
            try {
                runs.add(loading.get(i).join());
            } catch (CompletionException e) {
                throw cannotLoad(dirs.get(i), e.getCause());
            }
        }
        return runs;
    }

    /** The sentence for a run whose loading failed with {@code cause}. */
    private static RuntimeException cannotLoad(String dir, Throwable cause) {
        if (cause instanceof Run.RunLoadException e) {
            return e;
        }
        if (cause instanceof Run.RunTooLargeException e) {
            return new CannotLoad(e.getMessage() + "; " + moreHeap());
        }
        if (cause instanceof OutOfMemoryError) {
            return new CannotLoad("run [" + Path.of(dir).toAbsolutePath() + "] and its figures do not fit in the Java"
                    + " heap of " + maxHeapMb() + " MB; " + moreHeap());
        }
        return new CannotLoad("cannot read run " + Path.of(dir).toAbsolutePath() + ": " + cause
                + "; this is a fecunit bug: please report it with the run directory");
    }

    /** Parsed command-line arguments. */
    record Arguments(String command, List<String> runs, String out, String json, boolean help) implements CommandLine.ParsedArguments {

        static Arguments parse(String[] args) {
            if (args.length == 0) {
                throw new UsageException("no command given");
            }
            String command = args[0];
            if (command.equals("-h") || command.equals("--help") || command.equals("help")) {
                return new Arguments(command, List.of(), null, null, true);
            }
            if (!command.equals("summary") && !command.equals("report")) {
                throw new UsageException("unknown command '" + command + "'");
            }
            List<String> runs = new ArrayList<>();
            String out = null;
            String json = null;
            for (int i = 1; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "-h", "--help" -> {
                        return new Arguments(command, List.of(), null, null, true);
                    }
                    case "--run" -> runs.add(CommandLine.value(args, ++i, option));
                    case "--out" -> out = CommandLine.value(args, ++i, option);
                    case "--json" -> json = CommandLine.value(args, ++i, option);
                    default -> throw new UsageException("unknown option '" + option + "'");
                }
            }
            if (runs.isEmpty()) {
                throw new UsageException(command + " needs at least one --run DIR");
            }
            if (command.equals("report") && out == null) {
                throw new UsageException("report needs --out DIR");
            }
            if (command.equals("summary") && out != null) {
                throw new UsageException("summary does not write files; use report --out DIR");
            }
            return new Arguments(command, runs, out, json, false);
        }
    }

    /** A command line that does not follow the usage. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
