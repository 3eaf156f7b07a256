package dev.fecunit.junit;

import dev.fecunit.internal.report.FailedTest;
import dev.fecunit.report.Report;
import dev.fecunit.report.ReportFiles;
import dev.fecunit.sweep.Sweep;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.MediaType;
import org.opentest4j.IncompleteExecutionException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Injects {@link SweepDir @SweepDir} parameters and, when a test that used a sweep fails (through
 * {@code @SweepDir} or {@link SweepSource @SweepSource}), writes the sweep report into the test's report
 * directory ({@code fecunit.reports.dir}, as for runs), publishes it and names it in a suppressed
 * {@link SweepReportAttached} on the failure. Brought along by both annotations.
 *
 * <p>Each sweep directory is read once per test run (root store) and shared; {@code fecunit.report=never}
 * turns the report off.
 */
final class SweepExtension implements ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SweepExtension.class);

    /** Creates the extension; JUnit does this for the annotations. */
    public SweepExtension() {
    }

    /** The sweeps a test (or a parameterized test's invocations) used, for its report. */
    private static final class UsedSweeps {
        private final List<Sweep> sweeps = new CopyOnWriteArrayList<>();
    }

    /** The sweeps read in this test run, by real path. */
    private static final class SweepCache {
        private final ConcurrentMap<Path, Sweep> sweeps = new ConcurrentHashMap<>();
    }

    /** Only parameters annotated {@code @SweepDir}: a wrong type then gets a precise error. */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.isAnnotated(SweepDir.class);
    }

    /** Reads (or takes from the cache) the sweep the parameter's {@code @SweepDir} names. */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        SweepDir sweepDir = parameterContext.findAnnotation(SweepDir.class).orElseThrow();
        String where = "@SweepDir(\"" + sweepDir.value() + "\") on parameter ["
                + parameterContext.getParameter().getName() + "]";
        Class<?> type = parameterContext.getParameter().getType();
        if (type != Sweep.class) {
            throw new ParameterResolutionException(where + ": the parameter is of type [" + type.getName()
                    + "], but @SweepDir injects only " + Sweep.class.getName() + "; declare it as Sweep.");
        }
        try {
            Sweep sweep = load(extensionContext, sweepDir.value(), where);
            remember(extensionContext, sweep);
            return sweep;
        } catch (ExtensionConfigurationException e) {
            // JUnit rejects a null cause, and a missing manifest has none.
            throw e.getCause() == null ? new ParameterResolutionException(e.getMessage())
                    : new ParameterResolutionException(e.getMessage(), e.getCause());
        }
    }

    /**
     * The sweep at {@code value} (relative to {@code fecunit.runs.root}), read once per test run.
     *
     * @throws ExtensionConfigurationException naming the annotation, the path and the runs root
     */
    static Sweep load(ExtensionContext context, String value, String where) {
        FecSettings settings = FecSettings.of(context);
        Path directory = settings.runsRoot().resolve(value).normalize();
        if (!Files.isRegularFile(directory.resolve(Sweep.MANIFEST))) {
            throw new ExtensionConfigurationException(where + ": [" + directory + "] holds no " + Sweep.MANIFEST
                    + ", so it is not a sweep directory; " + settings.rootExplanation() + ".");
        }
        SweepCache cache = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SweepCache.class);
        try {
            return cache.sweeps.computeIfAbsent(directory.toRealPath(), Sweep::load);
        } catch (IOException | RuntimeException e) {
            throw new ExtensionConfigurationException(where + ": cannot read [" + directory + "]: " + e.getMessage(), e);
        }
    }

    /** Notes that the test of {@code context} (and its invocations, whose stores fall back to it) used {@code sweep}. */
    static void remember(ExtensionContext context, Sweep sweep) {
        List<Sweep> used = context.getStore(NAMESPACE).getOrComputeIfAbsent(UsedSweeps.class).sweeps;
        if (!used.contains(sweep)) {
            used.add(sweep);
        }
    }

    /** Attaches the report of the sweeps the test used to its failure, then rethrows the failure unchanged. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        attachReports(context, throwable);
        throw throwable;
    }

    private static void attachReports(ExtensionContext context, Throwable failure) {
        UsedSweeps used = context.getStore(NAMESPACE).get(UsedSweeps.class, UsedSweeps.class);
        FecSettings settings = FecSettings.of(context);
        if (used == null || failure instanceof IncompleteExecutionException
                || failure instanceof ParameterResolutionException
                || settings.reportMode() == FecSettings.ReportMode.NEVER) {
            return;
        }
        List<FailedTest.RunEntry> recorded = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        Path testDirectory = ReportAttachments.directoryFor(context, settings.reportsDir());
        List<Sweep> sweeps = new ArrayList<>(used.sweeps);
        for (int i = 0; i < sweeps.size(); i++) {
            Sweep sweep = sweeps.get(i);
            Path directory = sweeps.size() == 1 ? testDirectory : testDirectory.resolve("sweep-" + (i + 1));
            ReportFiles files;
            try {
                if (sweep.figures().isEmpty()) {
                    continue; // nothing to draw; the failure itself says why
                }
                files = Report.writeSweep(sweep, directory);
            } catch (RuntimeException | LinkageError e) {
                failure.addSuppressed(new ReportRenderingException("fecunit could not render the report of sweep ["
                        + sweep.path() + "]: " + e, e));
                continue;
            }
            failure.addSuppressed(new SweepReportAttached(sweep, files));
            recorded.add(new FailedTest.RunEntry(sweep.path().getFileName().toString(),
                    sweep.path().toAbsolutePath().toString()));
            written.add(files.png());
            written.add(files.summaryText());
            System.out.println("[[ATTACHMENT|" + files.png().toAbsolutePath() + "]]");
            System.out.println("[[ATTACHMENT|" + files.summaryText().toAbsolutePath() + "]]");
            try {
                publish(context, files.png(), MediaType.IMAGE_PNG);
                publish(context, files.summaryText(), MediaType.create("text", "csv"));
            } catch (RuntimeException | LinkageError e) {
                failure.addSuppressed(new ReportRenderingException("fecunit wrote the sweep report to ["
                        + directory.toAbsolutePath() + "] but could not publish it to JUnit: " + e, e));
            }
        }
        if (!written.isEmpty()) {
            FailureRecord.write(context, failure, recorded, testDirectory, written);
        }
    }

    private static void publish(ExtensionContext context, Path file, MediaType type) {
        Path source = file.toAbsolutePath();
        context.publishFile(source.getFileName().toString(), type,
                target -> Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING));
    }
}
