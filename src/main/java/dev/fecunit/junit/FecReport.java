package dev.fecunit.junit;

import dev.fecunit.report.ReportFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Attached to a failing test's exception as a suppressed exception, so that the console, the IDE
 * and Surefire's XML show where the report of the test's runs was written, while the failure keeps
 * its own type and message:
 *
 * <pre>
 * org.opentest4j.AssertionFailedError: expected: ...
 *     at ...
 *     Suppressed: dev.fecunit.junit.FecReport: fecunit report of runs [baseline, fec]: /repo/target/fecunit-reports/...&#47;fec_report.png (also summary.txt, summary.json)
 * </pre>
 *
 * It carries no stack trace: it points to files, not to code.
 */
public final class FecReport extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ReportFiles files;

    FecReport(ReportFiles files, List<String> runNames) {
        super(message(files, runNames), null, false, false);
        this.files = files;
    }

    /** What was written: the report directory and its files; never null. */
    public ReportFiles files() {
        return files;
    }

    /** The file a person opens first: the PNG when it could be drawn, else the first file written. */
    public Path mainFile() {
        return mainFile(files);
    }

    static Path mainFile(ReportFiles files) {
        List<Path> written = files.files();
        return written.isEmpty() ? files.directory().toAbsolutePath() : written.get(0).toAbsolutePath();
    }

    private static String message(ReportFiles files, List<String> runNames) {
        Path main = mainFile(files);
        StringBuilder text = new StringBuilder("fecunit report of runs ").append(runNames).append(": ").append(main);
        String others = files.files().stream().map(Path::toAbsolutePath).filter(p -> !p.equals(main))
                .map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
        if (!others.isEmpty()) {
            text.append(" (also ").append(others).append(")");
        }
        if (!files.problems().isEmpty()) {
            text.append("; not drawn: ").append(String.join("; ", files.problems()));
        }
        return text.toString();
    }
}
