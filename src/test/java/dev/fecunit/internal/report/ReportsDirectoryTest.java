package dev.fecunit.internal.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports go under Gradle's build directory in a Gradle build, under Maven's target directory otherwise. */
class ReportsDirectoryTest {

    @TempDir
    Path project;

    @Test
    void aGradleTestWorkerWritesUnderBuild() {
        assertThat(ReportsDirectory.defaultFor(project, true)).isEqualTo("build/fecunit-reports");
    }

    @Test
    void aProjectWithAGradleBuildScriptAndNoPomWritesUnderBuild() throws IOException {
        Files.writeString(project.resolve("build.gradle.kts"), "plugins { java }\n");
        assertThat(ReportsDirectory.defaultFor(project, false)).isEqualTo("build/fecunit-reports");

        Files.delete(project.resolve("build.gradle.kts"));
        Files.writeString(project.resolve("build.gradle"), "apply plugin: 'java'\n");
        assertThat(ReportsDirectory.defaultFor(project, false)).isEqualTo("build/fecunit-reports");
    }

    @Test
    void aMavenProjectWritesUnderTargetEvenWithAGradleScriptBeside() throws IOException {
        assertThat(ReportsDirectory.defaultFor(project, false)).as("no build script at all").isEqualTo("target/fecunit-reports");

        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        assertThat(ReportsDirectory.defaultFor(project, false)).isEqualTo("target/fecunit-reports");

        Files.writeString(project.resolve("build.gradle"), "apply plugin: 'java'\n");
        assertThat(ReportsDirectory.defaultFor(project, false)).isEqualTo("target/fecunit-reports");
    }

    @Test
    void thisMavenBuildWritesUnderTarget() {
        assertThat(ReportsDirectory.defaultForThisProcess()).isEqualTo("target/fecunit-reports");
    }
}
