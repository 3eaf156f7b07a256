package dev.fecunit.sim;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Nights of a nightly job: the harness's default profile ({@code run_fec_test.sh}: 2 % base loss, 25 %
 * bursts of 3 s every 15 s, bursty masks, FEC rate 30 %), one run a night at 02:00 UTC, each with its
 * own seed; a night's FEC rate (or anything else) can be changed to simulate a regression.
 */
public final class NightlyRuns {

    /** The first night of the sample history: 2026-11-01. */
    public static final LocalDate FIRST_NIGHT = LocalDate.of(2026, 11, 1);

    private NightlyRuns() {
    }

    /** The harness's default profile, FEC at {@code fecRatePercent}, for {@code durationS} seconds. */
    public static Scenario.Builder harnessDefault(int durationS, int fecRatePercent) {
        return Scenario.defaults().mode(Scenario.Mode.FEC).durationS(durationS).baseLoss(0.02).burstLoss(0.25)
                .burstLenS(3).burstEveryS(15).fecMask(Scenario.FecMask.BURSTY).fecRatePercent(fecRatePercent)
                .sfu(SfuSetup.referenceHarness("ND_n1ghtly"));
    }

    /** Night {@code night} (0 = {@link #FIRST_NIGHT}): starts at 02:00 UTC of that day. */
    public static Scenario.Builder night(int night, int durationS, int fecRatePercent, long seed) {
        return harnessDefault(durationS, fecRatePercent).t0Us(t0Us(night)).seed(seed);
    }

    /** 02:00 UTC of night {@code night}, in µs. */
    public static long t0Us(int night) {
        return FIRST_NIGHT.plusDays(night).atTime(2, 0).toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    }

    /** The night's folder name, e.g. {@code 2026-11-17}. */
    public static String folder(int night) {
        return FIRST_NIGHT.plusDays(night).toString();
    }
}
