package consumer;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.junit.RunDir;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

// The README's example test, on the regressed sample pair: fails, with the report attached.
class RegressedFlexFecTest {
    @Test
    void fecLosesFewerFrames(@RunDir("burst-ab/baseline") Run baseline, @RunDir("burst-ab/fec-regressed") Run fec) {
        assertThat(RunSummary.of(fec).framesLost()).isLessThan(RunSummary.of(baseline).framesLost());
    }
}
