package dev.fecunit.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a loaded run directory into a {@link dev.fecunit.Run} parameter of a test method, a
 * lifecycle method ({@code @BeforeEach}, {@code @BeforeAll}, ...) or a test class constructor.
 *
 * <pre>{@code
 * class FlexFecRegressionTest {
 *     @Test
 *     void fecLosesFewerFrames(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec") Run fec) {
 *         assertThat(fec).losesFewerFramesThan(baseline); // import static dev.fecunit.assertj.FecAssertions.*
 *     }
 * }
 * }</pre>
 *
 * <p>A relative path resolves against the configuration parameter {@code fecunit.runs.root}
 * (junit-platform.properties, a system property or Surefire's {@code configurationParameters});
 * without it, against the working directory. An absolute path is used as it is.
 *
 * <p>A path segment may be a glob ({@code *}, {@code ?}, {@code [0-9]}, {@code {a,b}}), matching
 * folder names on one level: <code>@RunDir("nightly/&#42;/fec")</code> picks, among the matching
 * directories that hold a {@code frames.csv}, the newest one (the one whose {@code frames.csv} was
 * written last; ties go to the greater name). That serves harnesses that write a timestamped folder
 * per run: the test always judges the latest run without editing code.
 *
 * <p>A {@link dev.fecunit.verdict.RunSet} parameter receives <em>every</em> matching run directory,
 * sorted by path, as repetitions of one configuration for a statistical comparison:
 * <code>@RunDir("repeats/fec-&#42;") RunSet fec</code> (see {@code dev.fecunit.verdict.Comparison}).
 *
 * <p>{@code @RunDir} brings {@link FecExtension} along (it is meta-annotated with
 * {@code @ExtendWith(FecExtension.class)}), so no class-level {@code @ExtendWith} is needed.
 * Besides {@code Run}, a {@link RunFolder} parameter may be annotated, to load runs by name at
 * run time (e.g. in a parameterized test).
 *
 * <p>Each run directory is parsed once per test run and shared by every test that injects it;
 * a {@code Run} is immutable, so tests running in parallel can share it.
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(FecExtension.class)
public @interface RunDir {

    /**
     * The run directory: relative to {@code fecunit.runs.root}, or absolute; may contain glob
     * segments, in which case the newest matching run directory is injected.
     */
    String value();
}
