package dev.fecunit.junit;

import dev.fecunit.internal.report.DecidingFigures;
import dev.fecunit.internal.report.FailedTest;
import dev.fecunit.internal.report.FailureSummary;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a failing test with a report leaves for CI pages: {@code failure.json} in its report directory
 * (the CLI's {@code failures} command reads it) and, on GitHub Actions, its section of the job summary.
 * A problem with either is added to the failure as a suppressed {@link ReportRenderingException}; the
 * failure itself stays.
 */
final class FailureRecord {

    private FailureRecord() {
    }

    /**
     * Records the failure of the test of {@code context}.
     *
     * @param runs      the report's runs (or sweeps), baseline first
     * @param directory the test's report directory
     * @param files     the report's files, main file first
     */
    static void write(ExtensionContext context, Throwable failure, List<FailedTest.RunEntry> runs, Path directory,
                      List<Path> files) {
        FecSettings settings = FecSettings.of(context);
        Path absolute = directory.toAbsolutePath();
        String message = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
        FailedTest failed = new FailedTest(context.getUniqueId(), context.getTestClass().map(Class::getName).orElse(""),
                ReportAttachments.testName(context.getUniqueId()), context.getDisplayName(), message, runs,
                DecidingFigures.fromMessage(message),
                files.stream().map(file -> absolute.relativize(file.toAbsolutePath()).toString()).toList());
        try {
            failed.writeTo(absolute);
        } catch (RuntimeException e) {
            failure.addSuppressed(new ReportRenderingException("fecunit could not write ["
                    + absolute.resolve(FailedTest.FILE_NAME) + "]: " + e.getMessage(), e));
        }
        if (settings.jobSummary().isPresent()) {
            Path summary = settings.jobSummary().get();
            try {
                JobSummary.append(summary, FailureSummary.markdown(failed, absolute, settings.workspace()));
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(new ReportRenderingException("fecunit could not append the test's section to"
                        + " the job summary [" + summary + "] (GITHUB_STEP_SUMMARY): " + e, e));
            }
        }
    }
}
