package dev.fecunit.analysis;

import dev.fecunit.Run;
import dev.fecunit.testing.RunDirectoryBuilder;

import java.nio.file.Path;

/** The tiny run the figure catalogue's tests hand-work their recovery and condition figures on. */
public final class FiguresTestRuns {

    private static final String FEC = "livekit_flexfec_packet_total{state=\"%s\",track=\"TR_1\"}";

    private FiguresTestRuns() {
    }

    /**
     * 10 s window; the SFU saw 900 media packets in, lost 100 in, received 225 FEC packets, attempted
     * 60 recoveries and recovered 45 packets. Outgoing loss, outgoing packets and RTX are other legs.
     */
    public static Run recoveryRun(Path dir) {
        RunDirectoryBuilder run = RunDirectoryBuilder.in(dir).window(0, 10_000_000)
                .frames(1, 300, 0, 33_333, 20_000);
        poll(run, String.format(FEC, "received"), 225);
        poll(run, String.format(FEC, "recovery_attempt"), 60);
        poll(run, String.format(FEC, "recovered"), 45);
        poll(run, String.format(FEC, "recovery_failed"), 15);
        poll(run, "livekit_packet_loss_total{direction=\"incoming\"}", 100);
        poll(run, "livekit_packet_loss_total{direction=\"outgoing\"}", 7);
        poll(run, "livekit_packet_total{direction=\"incoming\",transmission=\"data\"}", 900);
        poll(run, "livekit_packet_total{direction=\"incoming\",transmission=\"rtx\"}", 25);
        poll(run, "livekit_packet_total{direction=\"outgoing\",transmission=\"data\"}", 3000);
        return run.load();
    }

    private static void poll(RunDirectoryBuilder run, String series, double increase) {
        run.counter(series, 500_000, 0).counter(series, 9_500_000, increase);
    }

}
