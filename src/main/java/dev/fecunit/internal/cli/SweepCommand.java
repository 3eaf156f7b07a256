package dev.fecunit.internal.cli;

import dev.fecunit.Diagnostic;
import dev.fecunit.internal.report.SweepJson;
import dev.fecunit.internal.report.SweepReport;
import dev.fecunit.internal.report.SweepTable;
import dev.fecunit.sweep.CellFigures;
import dev.fecunit.sweep.Sweep;
import dev.fecunit.sweep.SweepFigures;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * {@code java -jar fecunit-cli.jar sweep --sweep DIR [--out DIR] [--json FILE]}: aggregates a parameter
 * sweep as the sweep script does. Writes {@code sweep_report.png} and {@code sweep_summary.csv} into the
 * sweep directory (or {@code --out}), then prints {@code report:  <png>}, {@code summary: <csv>}, a blank
 * line and the markdown table. Warnings (manifest lines, skipped cells, run diagnostics) go to stderr.
 *
 * <p>Exit codes: 0 on success, 2 on a usage error (with the usage text), 1 when the sweep cannot be read,
 * no cell is usable ({@code no usable cells found}) or an output cannot be written.
 */
final class SweepCommand extends Subcommand<SweepCommand.Arguments> {

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

    SweepCommand(PrintStream out, PrintStream err) {
        super(out, err, USAGE, Arguments::parse);
    }

    @Override
    int execute(Arguments arguments) {
        Sweep sweep;
        try {
            sweep = Sweep.load(Path.of(arguments.sweep()));
        } catch (Sweep.SweepLoadException e) {
            err.println("fecunit: " + e.getMessage());
            return 1;
        }
        Path manifest = sweep.path().resolve(Sweep.MANIFEST);
        for (Diagnostic d : sweep.diagnostics()) {
            err.println("warning: " + CommandOutput.located(manifest, d));
        }
        SweepFigures figures = sweep.figures();
        for (Diagnostic d : figures.skipped()) {
            err.println("warning: " + CommandOutput.located(manifest, d));
        }
        for (CellFigures c : figures.cells()) {
            CommandOutput.printDiagnostics(err, c.cell().run());
        }
        if (figures.isEmpty()) {
            err.println("no usable cells found");
            return 1;
        }
        String outDir = arguments.out() != null ? arguments.out() : arguments.sweep();
        try {
            SweepReport.write(figures, Path.of(outDir));
            if (arguments.json() != null) {
                CommandOutput.writeJson(Path.of(arguments.json()), SweepJson.render(figures));
            }
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            err.println("fecunit: " + e.getMessage());
            return 1;
        }
        out.print("report:  " + CommandOutput.join(outDir, SweepReport.PNG) + "\n");
        out.print("summary: " + CommandOutput.join(outDir, SweepReport.CSV) + "\n\n");
        out.print(SweepTable.render(figures));
        return 0;
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
                    case "--sweep" -> sweep = CommandLine.once(sweep, args, ++i, option);
                    case "--out" -> out = CommandLine.once(out, args, ++i, option);
                    case "--json" -> json = CommandLine.once(json, args, ++i, option);
                    default -> throw new Main.UsageException("unknown option '" + option + "'");
                }
            }
            if (sweep == null) {
                throw new Main.UsageException("sweep needs --sweep DIR");
            }
            return new Arguments(sweep, out, json, false);
        }
    }
}
