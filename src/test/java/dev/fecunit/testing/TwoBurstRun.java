package dev.fecunit.testing;

import dev.fecunit.Run;

import java.nio.file.Path;
import java.util.Set;

/**
 * The hand-worked run behind the freeze and per-burst tests: window 0..8 s, bursts 2.0-3.0 s and
 * 6.0-7.5 s; frame {@code id} of 1..80 captured at {@code (id - 1) * 100 ms + 10 ms} and received
 * 50 ms later, except the lost ids. With {@link #LOST}: burst 1 expects 10 frames and loses 4
 * (recovered after 2 s), burst 2 loses none (0.5 s of data after it), freezes 2.36-2.86 s and
 * 4.36-4.86 s (the figures are worked out in {@code FreezeAndBurstAssertionsTest}).
 */
public final class TwoBurstRun {

    /** Ids 25-28 (in burst 1), 32, 34, 36 and 45-48 (steady). */
    public static final Set<Long> LOST = Set.of(25L, 26L, 27L, 28L, 32L, 34L, 36L, 45L, 46L, 47L, 48L);

    private TwoBurstRun() {
    }

    /** Writes the run into {@code parent/name} without the frames of {@code lost}, and loads it. */
    public static Run load(Path parent, String name, Set<Long> lost) {
        RunDirectoryBuilder b = RunDirectoryBuilder.in(parent.resolve(name)).window(0, 8_000_000)
                .event(2_000_000, "burst_on").event(3_000_000, "burst_off")
                .event(6_000_000, "burst_on").event(7_500_000, "burst_off");
        for (long id = 1; id <= 80; id++) {
            if (!lost.contains(id)) {
                long capture = (id - 1) * 100_000 + 10_000;
                b.frame(capture + 50_000, id, capture);
            }
        }
        return b.load();
    }
}
