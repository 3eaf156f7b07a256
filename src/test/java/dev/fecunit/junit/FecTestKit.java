package dev.fecunit.junit;

import org.junit.platform.engine.OutputDirectoryCreator;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs {@link TestKitOnly} fixture classes on the real Jupiter engine, the way Surefire or an IDE
 * would, with fecunit's configuration passed as configuration parameters:
 *
 * <pre>{@code
 * EngineExecutionResults results = FecTestKit.runsRoot(tempDir).reportsDir(tempDir.resolve("reports"))
 *         .execute(SomeTestCases.class);
 * }</pre>
 */
final class FecTestKit {

    private final Map<String, String> parameters = new LinkedHashMap<>();
    private Path outputDirectory;

    private FecTestKit() {
        parameters.put(TestKitOnly.PARAMETER, "true");
        // fixtures fail on purpose: on GitHub Actions they must not reach fecunit's own job summary
        parameters.put("fecunit.github.summary", "false");
    }

    /**
     * A run with {@code fecunit.runs.root} set to {@code root}, and reports going to
     * {@code root/fecunit-reports} (never into the build's own target directory).
     */
    static FecTestKit runsRoot(Path root) {
        return new FecTestKit().parameter("fecunit.runs.root", root.toString())
                .reportsDir(root.resolve("fecunit-reports"));
    }

    /** A run without {@code fecunit.runs.root}: relative paths resolve against the working directory. */
    static FecTestKit withoutRunsRoot() {
        return new FecTestKit();
    }

    FecTestKit reportsDir(Path dir) {
        return parameter("fecunit.reports.dir", dir.toString());
    }

    FecTestKit parameter(String key, String value) {
        parameters.put(key, value);
        return this;
    }

    /** Lets {@code ExtensionContext.publishFile} write below {@code dir} (EngineTestKit disables it by default). */
    FecTestKit outputDirectory(Path dir) {
        this.outputDirectory = dir;
        return this;
    }

    /** Runs the tests in parallel (all methods concurrently), as junit-platform.properties would. */
    FecTestKit parallel() {
        parameter("junit.jupiter.execution.parallel.enabled", "true");
        parameter("junit.jupiter.execution.parallel.mode.default", "concurrent");
        parameter("junit.jupiter.execution.parallel.config.strategy", "fixed");
        return parameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "8");
    }

    EngineExecutionResults execute(Class<?> fixture) {
        EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter")
                .configurationParameters(parameters)
                .selectors(selectClass(fixture));
        if (outputDirectory != null) {
            builder.outputDirectoryCreator(new PerTestOutputDirectories(outputDirectory));
        }
        return builder.execute();
    }

    /** One output directory per test, named from its unique id, as the launcher's default does. */
    private record PerTestOutputDirectories(Path root) implements OutputDirectoryCreator {
        @Override
        public Path getRootDirectory() {
            return root;
        }

        @Override
        public Path createOutputDirectory(TestDescriptor descriptor) throws IOException {
            String name = descriptor.getUniqueId().toString().replaceAll("[^A-Za-z0-9._-]", "_");
            return Files.createDirectories(root.resolve(name));
        }
    }
}
