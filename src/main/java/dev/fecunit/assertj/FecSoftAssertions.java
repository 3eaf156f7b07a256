package dev.fecunit.assertj;

import org.assertj.core.api.SoftAssertions;

/**
 * AssertJ's {@link SoftAssertions} plus the FEC vocabulary: every failed check of a test is
 * collected and reported together. Works with AssertJ's JUnit 5 extension too.
 *
 * <pre>{@code
 * FecSoftAssertions softly = new FecSoftAssertions();
 * softly.assertThat(fec).losesFewerFramesThan(baseline);
 * softly.assertThat(fec).hasLatencyPercentileBelow(0.99, Duration.ofMillis(250));
 * softly.assertAll();
 *
 * // or, with JUnit 5:
 * @ExtendWith(SoftAssertionsExtension.class)
 * class FecRegressionTest {
 *     @InjectSoftAssertions
 *     FecSoftAssertions softly;
 * }
 * }</pre>
 */
public class FecSoftAssertions extends SoftAssertions implements FecSoftAssertionsProvider {

    /**
     * Creates an empty collector of soft assertions.
     *
     * <pre>{@code
     * FecSoftAssertions softly = new FecSoftAssertions();
     * }</pre>
     */
    public FecSoftAssertions() {
        super();
    }
}
