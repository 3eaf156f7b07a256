package dev.fecunit.assertj;

import org.assertj.core.description.TextDescription;
import org.assertj.core.error.ErrorMessageFactory;
import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.assertThat;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

/** A message factory on its own, as AssertJ tests its {@code ShouldXxx_create_Test}: description first, then the text. */
class ShouldLoseFewerFramesThanTest extends AbTest {

    @Test
    void create_puts_the_description_before_the_text() {
        ErrorMessageFactory factory = ShouldLoseFewerFramesThan.shouldLoseFewerFramesThan(
                Measured.of(baseline, RunScope.DURING_BURSTS), Measured.of(fec, RunScope.DURING_BURSTS),
                Tolerance.absolute(1), false, 2.0);

        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);

        assertThat(message).isEqualTo(message("""
                [Test]\s
                Expecting run:
                  {baseline}
                to lose no more frames than the baseline during bursts, with a tolerance of 1 (so at most 2):
                  {fec}
                but:
                  baseline lost 3 of 10 frames (30.00%)
                  fec      lost 1 of 10 frames (10.00%)

                metric during bursts            baseline             fec
                frames_received                        7               9
                frames_expected                       10              10
                frames_lost                            3               1
                gap_events                             2               1"""));
    }

    @Test
    void a_percent_sign_in_a_path_is_not_a_format_specifier() {
        fec = AbRuns.fec(dir.resolve("100%-fec"));
        ErrorMessageFactory factory = ShouldRecoverAtLeast.shouldRecoverAtLeast(
                Measured.of(fec, RunScope.WHOLE_RUN), 10);
        assertThat(factory.create(new TextDescription(""), STANDARD_REPRESENTATION))
                .contains("fec (" + fec.path() + ")");
    }
}
