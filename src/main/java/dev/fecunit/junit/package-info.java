/**
 * The JUnit Jupiter extension: {@link dev.fecunit.junit.RunDir @RunDir} injects loaded run
 * directories into tests, and {@link dev.fecunit.junit.FecExtension} attaches the rendered report
 * of the injected runs to a failing test.
 *
 * <pre>{@code
 * @Test
 * void fecLosesFewerFrames(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec") Run fec) {
 *     assertThat(fec).losesFewerFramesThan(baseline); // import static dev.fecunit.assertj.FecAssertions.*
 * }
 * }</pre>
 *
 * <p>Configuration parameters (junit-platform.properties, system properties, or Surefire's
 * {@code configurationParameters}): {@code fecunit.runs.root}, {@code fecunit.report},
 * {@code fecunit.reports.dir}; see {@link dev.fecunit.junit.FecExtension}.
 */
package dev.fecunit.junit;
