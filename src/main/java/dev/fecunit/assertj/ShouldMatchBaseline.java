package dev.fecunit.assertj;

import dev.fecunit.internal.baseline.BaselineCheck;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A run does not match its stored baseline (or there is none yet): {@link BaselineCheck#message()}. */
final class ShouldMatchBaseline extends BasicErrorMessageFactory {

    private ShouldMatchBaseline(String text) {
        super("%s", unquotedString(text));
    }

    static ErrorMessageFactory shouldMatchBaseline(BaselineCheck check) {
        return new ShouldMatchBaseline(check.message());
    }
}
