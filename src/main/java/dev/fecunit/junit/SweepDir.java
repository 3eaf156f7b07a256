package dev.fecunit.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a parameter sweep ({@link dev.fecunit.sweep.Sweep}: {@code manifest.tsv} plus one run directory
 * per cell) into a test method, lifecycle method or constructor parameter; when the test fails, the sweep
 * report ({@code sweep_report.png}, {@code sweep_summary.csv}) is attached to the failure.
 *
 * <pre>{@code
 * @Test
 * void fecBeatsTheBaselineEverywhere(@SweepDir("sweep-small") Sweep sweep) {
 *     assertThat(sweep).everyFecConfigLosesFewerFramesThanTheBaseline();
 * }
 * }</pre>
 *
 * <p>A relative path resolves against {@code fecunit.runs.root}, as for {@link RunDir}. Each sweep is
 * read once per test run and shared (its runs load on first use, once).
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(SweepExtension.class)
public @interface SweepDir {

    /** The sweep directory: relative to {@code fecunit.runs.root}, or absolute. */
    String value();
}
