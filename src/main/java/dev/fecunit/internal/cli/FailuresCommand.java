package dev.fecunit.internal.cli;

import dev.fecunit.internal.report.FailedTest;
import dev.fecunit.internal.report.FailureSummary;
import dev.fecunit.internal.report.ReportsDirectory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code java -jar fecunit-cli.jar failures [--reports DIR] [--format markdown|text]}: the section of
 * every failing test that left a report ({@code failure.json} in its report directory), as GitHub's job
 * summary shows it, for GitLab, Jenkins or a shell. Sections follow the report directories' order; paths
 * are relative to the working directory.
 *
 * <p>Exit codes: 0 on success (also when no test failed), 2 on a usage error (with the usage text), 1
 * when the reports directory does not exist or a {@code failure.json} cannot be read.
 */
final class FailuresCommand extends Subcommand<FailuresCommand.Arguments> {

    static final String USAGE = String.join("\n",
            "usage: java -jar fecunit-cli.jar failures [--reports DIR] [--format markdown|text]",
            "",
            "  failures  print the failing tests that fecunit reported on: the test, the failure, the",
            "            deciding figures of each run and the report files (from each failure.json)",
            "",
            "  --reports DIR   the reports directory (default " + ReportsDirectory.MAVEN + ", under Gradle "
                    + ReportsDirectory.GRADLE + ")",
            "  --format F      markdown (default; as GitHub's job summary shows it) or text",
            "");

    FailuresCommand(PrintStream out, PrintStream err) {
        super(out, err, USAGE, Arguments::parse);
    }

    @Override
    int execute(Arguments arguments) {
        Path reports = Path.of(arguments.reports());
        if (!Files.isDirectory(reports)) {
            err.println("fecunit: the reports directory [" + reports.toAbsolutePath() + "] does not exist; run the"
                    + " tests first, or pass --reports DIR (fecunit.reports.dir of the tests)");
            return 1;
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        try (Stream<Path> files = Files.walk(reports)) {
            List<Path> failures = files.filter(f -> f.getFileName().toString().equals(FailedTest.FILE_NAME))
                    .filter(Files::isRegularFile).sorted().toList();
            for (Path file : failures) {
                FailedTest failure = FailedTest.read(file);
                Path directory = file.toAbsolutePath().getParent();
                out.print(arguments.markdown() ? FailureSummary.markdown(failure, directory, workingDirectory)
                        : FailureSummary.text(failure, directory, workingDirectory));
            }
            if (failures.isEmpty()) {
                err.println("fecunit: no failing test left a report in [" + reports.toAbsolutePath() + "]");
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("fecunit: cannot read the reports in [" + reports.toAbsolutePath() + "]: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("fecunit: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** Parsed arguments of {@code failures}. */
    record Arguments(String reports, boolean markdown, boolean help) implements CommandLine.ParsedArguments {

        static Arguments parse(String[] args) {
            String reports = null;
            String format = null;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "-h", "--help" -> {
                        return new Arguments(null, true, true);
                    }
                    case "--reports" -> reports = CommandLine.once(reports, args, ++i, option);
                    case "--format" -> format = CommandLine.once(format, args, ++i, option);
                    default -> throw new Main.UsageException("unknown option '" + option + "'");
                }
            }
            if (format != null && !format.equals("markdown") && !format.equals("text")) {
                throw new Main.UsageException("--format is '" + format + "'; use markdown or text");
            }
            return new Arguments(reports == null ? ReportsDirectory.defaultForThisProcess() : reports,
                    !"text".equals(format), false);
        }
    }
}
