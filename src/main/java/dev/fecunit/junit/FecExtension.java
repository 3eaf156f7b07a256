package dev.fecunit.junit;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import dev.fecunit.history.RunHistory;
import dev.fecunit.internal.report.FailedTest;
import dev.fecunit.report.ReportFiles;
import dev.fecunit.verdict.RunSet;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.IncompleteExecutionException;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fecunit JUnit Jupiter extension: injects {@link RunDir @RunDir} parameters, and when a test
 * fails, renders the report of the runs it was given and attaches it to the failure.
 *
 * <pre>{@code
 * @ExtendWith(FecExtension.class)   // optional: @RunDir brings the extension along
 * class FlexFecRegressionTest {
 *     @Test
 *     void fecLosesFewerFrames(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec") Run fec) {
 *         assertThat(fec).losesFewerFramesThan(baseline); // import static dev.fecunit.assertj.FecAssertions.*
 *     }
 * }
 * }</pre>
 *
 * <h2>Injection</h2>
 * {@code @RunDir} parameters of type {@link Run} (or {@link RunFolder}) of test methods, lifecycle
 * methods and constructors are resolved against the configuration parameter {@code fecunit.runs.root}
 * (default: the working directory). Each run directory is parsed once per test run and shared,
 * re-read only when one of its files changed. A missing directory, a directory without
 * {@code frames.csv} or a parameter of another type fails the test with a sentence naming the
 * {@code @RunDir} value, the absolute path, the runs root and how to change it. When a loaded run
 * has diagnostics (lines skipped or corrected), the test's output summarises them once.
 *
 * <h2>Reports</h2>
 * When a test fails (not when it is aborted or skipped), the report of every run injected into it
 * (test-method parameters first, in order, so the first is the baseline) is written to
 * {@code target/fecunit-reports/<test class>/<method>[<invocation>]/}, published with
 * {@code ExtensionContext.publishFile}, announced by a {@code [[ATTACHMENT|/absolute/path]]} line per
 * file on the test's standard output, and named in a suppressed {@link FecReport} on the failure
 * (whose type and message are unchanged). If rendering fails, a suppressed
 * {@code ReportRenderingException} says why and the original failure stays.
 *
 * <h2>Configuration parameters</h2>
 * <ul>
 *   <li>{@code fecunit.runs.root}: where relative {@code @RunDir} paths resolve (default: working directory)</li>
 *   <li>{@code fecunit.report}: {@code on-failure} (default), {@code always} or {@code never}</li>
 *   <li>{@code fecunit.reports.dir}: where reports go (default {@code target/fecunit-reports}, under
 *       Gradle {@code build/fecunit-reports})</li>
 *   <li>{@code fecunit.github.summary}: {@code true} (default) appends each failing test's section to the
 *       GitHub Actions job summary when {@code GITHUB_STEP_SUMMARY} is set; {@code false} does not</li>
 * </ul>
 *
 * <h2>CI summaries</h2>
 * Each failing test's report directory also holds {@code failure.json} (the test, its message, runs,
 * deciding figures and files), which the CLI's {@code failures} command prints as Markdown or text. When
 * the environment variable {@code GITHUB_STEP_SUMMARY} names a file, the test's Markdown section is
 * appended to it (whole, under a file lock, so parallel Surefire forks never interleave), with the report
 * paths relative to {@code GITHUB_WORKSPACE}.
 */
public final class FecExtension implements ParameterResolver, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler, AfterEachCallback {

    static final Namespace NAMESPACE = Namespace.create(FecExtension.class);

    /** How many diagnostics the test's output shows per run before counting the rest. */
    private static final int DIAGNOSTICS_SHOWN = 3;

    /** Creates the extension; JUnit does this for {@code @ExtendWith} and {@code @RunDir}. */
    public FecExtension() {
    }

    /** A {@code @RunDir} that cannot be resolved, with the sentence for the user. */
    static final class RunDirProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RunDirProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Every parameter annotated {@code @RunDir}: a wrong type is then reported precisely. */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.isAnnotated(RunDir.class);
    }

    /** Loads (or takes from the cache) the run directory the parameter's {@code @RunDir} names. */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        RunDir runDir = parameterContext.findAnnotation(RunDir.class)
                .orElseThrow(() -> new ParameterResolutionException("Parameter ["
                        + parameterContext.getParameter() + "] is not annotated with @RunDir"));
        FecSettings settings = FecSettings.of(extensionContext);
        String value = runDir.value();
        Path pattern = RunLocator.pattern(value, settings.runsRoot());
        String where = "@RunDir(\"" + value + "\") on parameter [" + parameterContext.getParameter().getName()
                + "] of [" + describe(parameterContext.getDeclaringExecutable()) + "]";
        Class<?> type = parameterContext.getParameter().getType();
        try {
            if (type == RunFolder.class) {
                return folder(extensionContext, settings, value, pattern, where);
            }
            if (type == RunSet.class) {
                return runSet(extensionContext, settings, pattern, where);
            }
            if (type == RunHistory.class) {
                return history(extensionContext, settings, value, where);
            }
            if (type != Run.class) {
                throw new RunDirProblem(where + ": the parameter is of type [" + type.getName()
                        + "], but @RunDir injects only " + Run.class.getName() + ", " + RunSet.class.getName()
                        + ", " + RunHistory.class.getName() + " or " + RunFolder.class.getName()
                        + "; declare it as Run to get the run directory [" + pattern + "].", null);
            }
            Run run = locateAndLoad(settings, extensionContext, pattern, where);
            InjectedRuns injected = InjectedRuns.in(extensionContext);
            Optional<Method> testMethod = extensionContext.getTestMethod();
            if (testMethod.isPresent() && testMethod.get().equals(parameterContext.getDeclaringExecutable())) {
                injected.addTestMethodParameter(parameterContext.getIndex(), run);
            } else {
                injected.addOther(run);
            }
            summariseDiagnostics(extensionContext, run);
            return run;
        } catch (RunDirProblem problem) {
            // JUnit 6 rejects a null cause, so only pass one when there is one
            throw problem.getCause() == null
                    ? new ParameterResolutionException(problem.getMessage())
                    : new ParameterResolutionException(problem.getMessage(), problem.getCause());
        }
    }

    /**
     * Every run directory matching {@code pattern} (sorted by path), or the one it names, as one set of
     * repetitions; each run is cached and listed in the failure report like an injected run.
     */
    private RunSet runSet(ExtensionContext context, FecSettings settings, Path pattern, String where) {
        List<Path> directories = RunLocator.isGlob(pattern.toString()) ? RunLocator.allMatches(pattern) : List.of(pattern);
        if (directories.isEmpty()) {
            throw new RunDirProblem(where + ": no run directory (a folder holding " + RunLocator.FRAMES_CSV
                    + ") matches [" + pattern + "]; " + settings.rootExplanation() + ".", null);
        }
        List<Run> runs = new java.util.ArrayList<>();
        for (Path directory : directories) {
            Run run = locateAndLoad(settings, context, directory, where);
            InjectedRuns.in(context).addOther(run);
            summariseDiagnostics(context, run);
            runs.add(run);
        }
        return RunSet.of(runs);
    }

    /**
     * Every run directory matching {@code value}, as a history in time order: listed now, loaded through
     * the test run's cache when the test first asks for a run or a figure; a failing test gets the
     * history report.
     */
    private RunHistory history(ExtensionContext context, FecSettings settings, String value, String where) {
        Path root = Path.of(value).isAbsolute() ? Path.of(value).getRoot() : settings.runsRoot();
        String glob = Path.of(value).isAbsolute() ? root.relativize(Path.of(value)).toString() : value;
        RunHistory history;
        try {
            history = RunHistory.matching(root, glob, directory -> {
                try {
                    return cache(context).get(directory.toRealPath());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("Cannot read [" + directory + "]: " + e, e);
                }
            });
        } catch (IllegalArgumentException e) {
            throw new RunDirProblem(where + ": no run directory matches [" + RunLocator.pattern(value, settings.runsRoot())
                    + "]; " + settings.rootExplanation() + ".", null);
        }
        InjectedHistories.in(context).add(history);
        return history;
    }

    private RunFolder folder(ExtensionContext context, FecSettings settings, String value, Path pattern,
                             String where) {
        if (RunLocator.isGlob(value)) {
            throw new RunDirProblem(where + ": a RunFolder needs a plain folder path, but [" + value
                    + "] contains a glob; name the folder and pick runs with RunFolder.run(\"*...\").", null);
        }
        if (!Files.isDirectory(pattern)) {
            throw new RunDirProblem(where + ": the folder [" + pattern + "] does not exist; "
                    + settings.rootExplanation() + ".", null);
        }
        return new RunFolder(this, context, settings, value, pattern);
    }

    /**
     * Finds the run directory at {@code pattern} (newest match for a glob), checks it is one, and
     * loads it through the test run's cache.
     *
     * @throws RunDirProblem with the sentence for the user
     */
    Run locateAndLoad(FecSettings settings, ExtensionContext context, Path pattern, String where) {
        Path directory = pattern;
        if (RunLocator.isGlob(pattern.toString())) {
            directory = RunLocator.newestMatch(pattern).orElseThrow(() -> new RunDirProblem(where
                    + ": no run directory (a folder holding " + RunLocator.FRAMES_CSV + ") matches [" + pattern
                    + "]; " + settings.rootExplanation() + ".", null));
        }
        if (!Files.exists(directory)) {
            throw new RunDirProblem(where + ": the run directory [" + directory + "] does not exist; "
                    + settings.rootExplanation() + ".", null);
        }
        if (!Files.isDirectory(directory)) {
            throw new RunDirProblem(where + ": [" + directory + "] is a file, not a run directory; "
                    + settings.rootExplanation() + ".", null);
        }
        if (!Files.isRegularFile(directory.resolve(RunLocator.FRAMES_CSV))) {
            throw new RunDirProblem(where + ": [" + directory + "] holds no " + RunLocator.FRAMES_CSV
                    + ", so it is not a run directory (one holds meta.env, frames.csv, prom.tsv and events.csv); "
                    + settings.rootExplanation() + ".", null);
        }
        try {
            return cache(context).get(directory.toRealPath());
        } catch (Run.RunTooLargeException e) {
            throw new RunDirProblem(outOfMemory(where, e), null);
        } catch (IOException | RuntimeException e) {
            throw new RunDirProblem(where + ": cannot load [" + directory + "]: " + e.getMessage(), e);
        }
    }

    /** What to do when a run does not fit in the test JVM's heap: raise Surefire's (or Gradle's) heap. */
    static String outOfMemory(String where, Run.RunTooLargeException e) {
        long suggested = suggestedHeapMb(Runtime.getRuntime().maxMemory() >> 20);
        return where + ": " + e.getMessage() + "; give the forked test JVM more with Surefire's <argLine>-Xmx"
                + suggested + "m</argLine> (Gradle: test { maxHeapSize = \"" + suggested + "m\" }).";
    }

    /** Twice the heap, rounded up to a multiple of 256 MB. */
    static long suggestedHeapMb(long maxMb) {
        return Math.max(512, (2 * maxMb + 255) / 256 * 256);
    }

    private static RunCache cache(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RunCache.class);
    }

    /**
     * Tells the test's output, once per run and test, what was skipped or corrected while loading
     * the run: a report entry (IDEs, Open Test Reporting) and a line on standard output (Surefire).
     */
    void summariseDiagnostics(ExtensionContext context, Run run) {
        List<Diagnostic> diagnostics = run.diagnostics();
        if (diagnostics.isEmpty() || !InjectedRuns.in(context).firstMention(run)) {
            return;
        }
        String shown = diagnostics.stream().limit(DIAGNOSTICS_SHOWN).map(Diagnostic::toString)
                .collect(Collectors.joining("; "));
        int more = diagnostics.size() - DIAGNOSTICS_SHOWN;
        String summary = "run [" + run.name() + "] at [" + run.path() + "]: " + diagnostics.size()
                + (diagnostics.size() == 1 ? " line" : " lines") + " skipped or corrected: " + shown
                + (more > 0 ? "; and " + more + " more (see Run.diagnostics())" : "");
        context.publishReportEntry("fecunit.diagnostics", summary);
        System.out.println("fecunit: " + summary);
    }

    /** Attaches the report of the test's runs to its failure, then rethrows the failure unchanged. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        attachReport(context, throwable);
        throw throwable;
    }

    /** As for a failing test method: a failing {@code @BeforeEach} fails the test. */
    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        attachReport(context, throwable);
        throw throwable;
    }

    /** As for a failing test method: a failing {@code @AfterEach} fails the test. */
    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        attachReport(context, throwable);
        throw throwable;
    }

    /**
     * Attaches the report to a failure the test method did not throw itself: one raised after it by
     * an {@code AfterTestExecutionCallback}, such as AssertJ's {@code SoftAssertionsExtension}
     * collecting failed soft assertions. With {@code fecunit.report=always}, renders the report of a
     * test that passed.
     */
    @Override
    public void afterEach(ExtensionContext context) {
        Optional<Throwable> failure = context.getExecutionException();
        if (failure.isPresent()) {
            attachReport(context, failure.get()); // no-op when the test method's failure already has it
            return;
        }
        if (FecSettings.of(context).reportMode() != FecSettings.ReportMode.ALWAYS) {
            return;
        }
        List<Run> runs = InjectedRuns.forTest(context);
        if (runs.isEmpty() || !InjectedRuns.in(context).markReported()) {
            return;
        }
        try {
            announce(context, render(context, runs));
        } catch (RuntimeException | LinkageError e) {
            // The test passed: a report that cannot be written must not fail it, but must be seen.
            System.err.println("fecunit: " + renderingProblem(runs, e));
        }
    }

    private void attachReport(ExtensionContext context, Throwable failure) {
        if (failure instanceof IncompleteExecutionException || failure instanceof ParameterResolutionException
                || FecSettings.of(context).reportMode() == FecSettings.ReportMode.NEVER) {
            // aborted or skipped: nothing regressed; a parameter not resolved: the test never ran, and
            // a report of the runs that did resolve would show a comparison that was never made
            return;
        }
        List<RunHistory> histories = InjectedHistories.forTest(context);
        List<Run> runs = InjectedRuns.forTest(context);
        if (runs.isEmpty() && histories.isEmpty() || !InjectedRuns.in(context).markReported()) {
            return;
        }
        if (!histories.isEmpty()) {
            attachHistoryReport(context, failure, histories.get(0));
            return;
        }
        ReportFiles files;
        try {
            files = render(context, runs);
        } catch (RuntimeException | LinkageError e) {
            failure.addSuppressed(new ReportRenderingException(renderingProblem(runs, e), e));
            return;
        }
        failure.addSuppressed(new FecReport(files, names(runs)));
        try {
            announce(context, files);
        } catch (RuntimeException | LinkageError e) {
            failure.addSuppressed(new ReportRenderingException("fecunit wrote the report to ["
                    + files.directory().toAbsolutePath() + "] but could not publish it to JUnit: " + e, e));
        }
        FailureRecord.write(context, failure, runs.stream()
                .map(run -> new FailedTest.RunEntry(run.name(), run.path().toAbsolutePath().toString())).toList(),
                files.directory(), files.files());
    }

    /** As for runs, with the history report (history.png, .csv, .json, index.html) of the test's history. */
    private static void attachHistoryReport(ExtensionContext context, Throwable failure, RunHistory history) {
        ReportFiles files;
        try {
            Path directory = ReportAttachments.directoryFor(context, FecSettings.of(context).reportsDir());
            files = ReportAttachments.renderHistory(history, directory);
        } catch (RuntimeException | LinkageError e) {
            failure.addSuppressed(new ReportRenderingException("fecunit could not render the report of the "
                    + history + ": " + e, e));
            return;
        }
        failure.addSuppressed(new FecReport(files, List.of(history.toString())));
        try {
            announce(context, files);
        } catch (RuntimeException | LinkageError e) {
            failure.addSuppressed(new ReportRenderingException("fecunit wrote the report to ["
                    + files.directory().toAbsolutePath() + "] but could not publish it to JUnit: " + e, e));
        }
        FailureRecord.write(context, failure, List.of(), files.directory(), files.files());
    }

    private static ReportFiles render(ExtensionContext context, List<Run> runs) {
        Path directory = ReportAttachments.directoryFor(context, FecSettings.of(context).reportsDir());
        return ReportAttachments.render(runs, directory);
    }

    /** ATTACHMENT lines first (they cannot fail), then publishing, which needs JUnit 5.14+ and an output directory. */
    private static void announce(ExtensionContext context, ReportFiles files) {
        ReportAttachments.attachmentLines(files).forEach(System.out::println);
        ReportAttachments.publish(context, files);
    }

    private static String renderingProblem(List<Run> runs, Throwable e) {
        return "fecunit could not render the report of runs " + names(runs) + ": " + e;
    }

    private static List<String> names(List<Run> runs) {
        return runs.stream().map(Run::name).collect(Collectors.toList());
    }

    private static String describe(Executable executable) {
        String owner = executable.getDeclaringClass().getSimpleName();
        String parameters = Arrays.stream(executable.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
        return executable instanceof Constructor<?>
                ? owner + "(" + parameters + ")"
                : owner + "." + executable.getName() + "(" + parameters + ")";
    }
}
