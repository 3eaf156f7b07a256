package dev.fecunit.junit;

import dev.fecunit.Run;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A folder of run directories, injected with {@code @RunDir("folder") RunFolder folder}, for tests
 * that pick runs by name at run time, e.g. a parameterized test over repetitions:
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ValueSource(ints = {1, 2, 3, 4, 5})
 * void fecLosesFewerFramesInEveryRepeat(int n, @RunDir("repeats") RunFolder repeats) {
 *     Run baseline = repeats.run("baseline-" + n);
 *     Run fec = repeats.run("fec-" + n);
 *     assertThat(fec).losesFewerFramesThan(baseline);
 * }
 * }</pre>
 *
 * Runs loaded through it are cached like injected runs and appear, in the order loaded, in the
 * report attached to the failing test. Use it only inside the test it was injected into.
 */
public final class RunFolder {

    private final FecExtension extension;
    private final ExtensionContext context;
    private final FecSettings settings;
    private final String value;
    private final Path path;

    RunFolder(FecExtension extension, ExtensionContext context, FecSettings settings, String value, Path path) {
        this.extension = extension;
        this.context = context;
        this.settings = settings;
        this.value = value;
        this.path = path;
    }

    /** The folder's absolute path; never null. */
    public Path path() {
        return path;
    }

    /**
     * The run directory {@code name} inside this folder (a relative path, may contain glob segments
     * like {@code @RunDir}), loaded once per test run.
     *
     * @throws IllegalArgumentException when it is missing or holds no {@code frames.csv}; the
     *                                  message names the path and how to fix it
     */
    public Run run(String name) {
        Objects.requireNonNull(name, "name");
        String where = "@RunDir(\"" + value + "\") RunFolder.run(\"" + name + "\")";
        Run run;
        try {
            run = extension.locateAndLoad(settings, context, path.resolve(name).normalize(), where);
        } catch (FecExtension.RunDirProblem problem) {
            throw new IllegalArgumentException(problem.getMessage(), problem.getCause());
        }
        InjectedRuns.in(context).addOther(run);
        extension.summariseDiagnostics(context, run);
        return run;
    }

    @Override
    public String toString() {
        return "RunFolder[" + path + "]";
    }
}
