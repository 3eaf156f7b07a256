package dev.fecunit.internal.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where failing tests' reports go by default: under the build tool's output directory, so that
 * {@code mvn clean} or {@code gradle clean} removes them and the usual CI upload paths find them.
 */
public final class ReportsDirectory {

    /** The default under Maven (and any build that is not Gradle's). */
    public static final String MAVEN = "target/fecunit-reports";
    /** The default under Gradle. */
    public static final String GRADLE = "build/fecunit-reports";
    /** Set by Gradle in every test worker JVM (its worker number). */
    static final String GRADLE_TEST_WORKER = "org.gradle.test.worker";

    private ReportsDirectory() {
    }

    /**
     * {@link #GRADLE} inside a Gradle test worker, or in a working directory holding
     * {@code build.gradle} or {@code build.gradle.kts} and no {@code pom.xml}; {@link #MAVEN} otherwise.
     *
     * @param workingDirectory  the directory relative paths resolve against
     * @param gradleTestWorker  whether the JVM is a Gradle test worker (system property
     *                          {@code org.gradle.test.worker} set)
     * @return the relative path of the reports directory
     */
    public static String defaultFor(Path workingDirectory, boolean gradleTestWorker) {
        if (gradleTestWorker) {
            return GRADLE;
        }
        boolean gradleBuild = Files.isRegularFile(workingDirectory.resolve("build.gradle"))
                || Files.isRegularFile(workingDirectory.resolve("build.gradle.kts"));
        return gradleBuild && !Files.exists(workingDirectory.resolve("pom.xml")) ? GRADLE : MAVEN;
    }

    /** {@link #defaultFor} for this JVM and its working directory. */
    public static String defaultForThisProcess() {
        return defaultFor(Path.of("").toAbsolutePath(), System.getProperty(GRADLE_TEST_WORKER) != null);
    }
}
