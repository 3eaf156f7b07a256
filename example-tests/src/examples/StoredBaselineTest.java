package examples;

import dev.fecunit.Run;
import dev.fecunit.junit.RunDir;

import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.assertThat;

/**
 * Regression against the last known good: {@code example-tests/baselines/burst-ab-fec.json} holds the
 * figures of {@code burst-ab/fec} with a tolerance each. When a figure moves beyond its tolerance the
 * test fails, naming the figures, and writes {@code burst-ab-fec.received.json} next to the baseline;
 * {@code mvn test -Dfecunit.baselines.update=true} accepts the new figures.
 */
class StoredBaselineTest {

    @Test
    void fecMatchesItsStoredBaseline(@RunDir("burst-ab/fec") Run fec) {
        assertThat(fec).matchesBaseline("example-tests/baselines/burst-ab-fec.json");
    }
}
