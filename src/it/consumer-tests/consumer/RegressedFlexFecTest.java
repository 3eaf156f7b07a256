package consumer;

import dev.fecunit.Run;
import dev.fecunit.junit.RunDir;
import org.junit.jupiter.api.Test;

import static dev.fecunit.assertj.FecAssertions.*;

// The README's example test, on the regressed sample pair: fails, with the report attached.
class RegressedFlexFecTest {
    @Test
    void fecLosesFewerFrames(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec-regressed") Run fec) {
        assertThat(fec).losesFewerFramesThan(baseline);
    }
}
