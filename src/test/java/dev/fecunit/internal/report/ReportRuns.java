package dev.fecunit.internal.report;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;

/** The tiny A/B pair the report tests draw: 10 s at 30 fps, a burst from 4 s to 6 s. */
public final class ReportRuns {

    private ReportRuns() {
    }

    /** Frames 1..300 every 33.333 ms, 40 ms late; ids 141..150 lost; NACKs and losses every second. */
    public static Run baseline(Path dir) {
        RunDirectoryBuilder b = RunDirectoryBuilder.in(dir.resolve("baseline")).window(0, 10_000_000)
                .meta("MODE", "baseline").meta("CODEC", "h264")
                .frames(1, 140, 0, 33_333, 40_000)
                .frames(151, 300, 150 * 33_333, 33_333, 40_000);
        for (int s = 0; s <= 10; s++) {
            b.counter("livekit_nack_total{dir=\"in\"}", s * 1_000_000L + 500, 6 * s);
            b.counter("livekit_packet_loss_total{dir=\"in\"}", s * 1_000_000L + 500, 4 * s);
        }
        return b.load();
    }

    /** Frames 1..300 with ids 145 and 146 lost; 90 FEC packets a second, 3 recovered, 1 failed, 86 unused. */
    public static Run fec(Path dir) {
        RunDirectoryBuilder b = RunDirectoryBuilder.in(dir.resolve("fec")).window(0, 10_000_000)
                .meta("MODE", "fec").meta("CODEC", "h264").meta("BASE_LOSS", "0.01").meta("BURST_LOSS", "0.3")
                .meta("BURST_LEN", "2").meta("BURST_EVERY", "5").meta("SHAPING", "1").meta("DEBUG_DROP", "0")
                .frames(1, 144, 0, 33_333, 40_000)
                .frames(147, 300, 146 * 33_333, 33_333, 40_000)
                .event(900_000, "shaper_started base=0.01 burst=0.3")
                .event(4_000_000, "burst_on").event(6_000_000, "burst_off");
        for (int s = 0; s <= 10; s++) {
            long wall = s * 1_000_000L + 500;
            b.counter("livekit_flexfec_packet_total{state=\"received\"}", wall, 90 * s);
            b.counter("livekit_flexfec_packet_total{state=\"recovered\"}", wall, 3 * s);
            b.counter("livekit_flexfec_packet_total{state=\"recovery_failed\"}", wall, s);
            b.counter("livekit_flexfec_packet_total{state=\"unused\"}", wall, 86 * s);
            b.counter("livekit_nack_total{dir=\"in\"}", wall, 2 * s);
            b.counter("livekit_packet_loss_total{dir=\"in\"}", wall, 4 * s);
        }
        return b.load();
    }
}
