package dev.fecunit.cli;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import dev.fecunit.internal.report.SweepJson;
import dev.fecunit.report.SweepReport;
import dev.fecunit.internal.report.SweepTable;
import dev.fecunit.sweep.CellFigures;
import dev.fecunit.sweep.Sweep;
import dev.fecunit.sweep.SweepFigures;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar fecunit-cli.jar sweep --sweep DIR [--out DIR] [--json FILE]}: aggregates a parameter
 * sweep as the sweep script does. Writes {@code sweep_report.png} and {@code sweep_summary.csv} into the
 * sweep directory (or {@code --out}), then prints {@code report:  <png>}, {@code summary: <csv>}, a blank
 * line and the markdown table. Warnings (manifest lines, skipped cells, run diagnostics) go to stderr.
 *
 * <p>Exit codes: 0 on success, 2 on a usage error (with the usage text), 1 when the sweep cannot be read,
 * no cell is usable ({@code no usable cells found}) or an output cannot be written.
 */
final class SweepCommand {

    static final String USAGE = String.join("\n",
            "usage: java -jar fecunit-cli.jar sweep --sweep DIR [--out DIR] [--json FILE]",
            "",
            "  sweep     aggregate a parameter sweep (sweep_fec.sh): write sweep_report.png and",
            "            sweep_summary.csv and print the table of every cell",
            "",
            "  --sweep DIR   the sweep directory (manifest.tsv and one run directory per row)",
            "  --out DIR     where to write the PNG and CSV (default: the sweep directory; created if missing)",
            "  --json FILE   also write every cell's parameters, figures and diagnostics as JSON",
            "");

    private final PrintStream out;
    private final PrintStream err;

    SweepCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command on the arguments after {@code sweep}; returns the exit status. */
    int run(String[] args) {
        return CommandLine.run(args, Arguments::parse, USAGE, out, err, this::execute);
    }

    private int execute(Arguments arguments) {
        Sweep sweep;
        try {
            sweep = Sweep.load(Path.of(arguments.sweep()));
        } catch (Sweep.SweepLoadException e) {
            err.println("fecunit: " + e.getMessage());
            return 1;
        }
        Path manifest = sweep.path().resolve(Sweep.MANIFEST);
        for (Diagnostic d : sweep.diagnostics()) {
            err.println("warning: " + located(manifest, d));
        }
        SweepFigures figures = sweep.figures();
        for (Diagnostic d : figures.skipped()) {
            err.println("warning: " + located(manifest, d));
        }
        for (CellFigures c : figures.cells()) {
            printDiagnostics(c.cell().run());
        }
        if (figures.isEmpty()) {
            err.println("no usable cells found");
            return 1;
        }
        String outDir = arguments.out() != null ? arguments.out() : arguments.sweep();
        try {
            SweepReport.write(figures, Path.of(outDir));
            if (arguments.json() != null) {
                Path json = Path.of(arguments.json());
                Path parent = json.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(json, SweepJson.render(figures), StandardCharsets.UTF_8);
            }
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            err.println("fecunit: " + e.getMessage());
            return 1;
        }
        out.print("report:  " + join(outDir, SweepReport.PNG) + "\n");
        out.print("summary: " + join(outDir, SweepReport.CSV) + "\n\n");
        out.print(SweepTable.render(figures));
        return 0;
    }

    private static String located(Path file, Diagnostic d) {
        return file + (d.line() > 0 ? ":" + d.line() : "") + ": " + d.message();
    }

    /** A run's diagnostics as the {@code report} command prints them: the first few, then a count. */
    private void printDiagnostics(Run run) {
        List<Diagnostic> diagnostics = run.diagnostics();
        int shown = Math.min(Main.DIAGNOSTICS_SHOWN, diagnostics.size());
        for (int i = 0; i < shown; i++) {
            err.println("warning: " + located(run.path().resolve(diagnostics.get(i).file()), diagnostics.get(i)));
        }
        if (diagnostics.size() > shown) {
            err.println("warning: " + (diagnostics.size() - shown) + " more diagnostics for " + run.path()
                    + " (" + diagnostics.size() + " in all; --json FILE lists every one)");
        }
    }

    /** Python's {@code os.path.join(dir, file)}, as the sweep script prints its paths. */
    private static String join(String dir, String file) {
        return dir.isEmpty() || dir.endsWith("/") ? dir + file : dir + "/" + file;
    }

    /** Parsed arguments of {@code sweep}. */
    record Arguments(String sweep, String out, String json, boolean help) implements CommandLine.ParsedArguments {

        static Arguments parse(String[] args) {
            String sweep = null;
            String out = null;
            String json = null;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "-h", "--help" -> {
                        return new Arguments(null, null, null, true);
                    }
                    case "--sweep" -> sweep = once(sweep, valueOf(args, ++i, option), option);
                    case "--out" -> out = once(out, valueOf(args, ++i, option), option);
                    case "--json" -> json = once(json, valueOf(args, ++i, option), option);
                    default -> throw new Main.UsageException("unknown option '" + option + "'");
                }
            }
            if (sweep == null) {
                throw new Main.UsageException("sweep needs --sweep DIR");
            }
            return new Arguments(sweep, out, json, false);
        }

        private static String once(String previous, String value, String option) {
            if (previous != null) {
                throw new Main.UsageException(option + " given twice ('" + previous + "' and '" + value + "')");
            }
            return value;
        }

        private static String valueOf(String[] args, int i, String option) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new Main.UsageException(option + " needs a value");
            }
            return args[i];
        }
    }
}
