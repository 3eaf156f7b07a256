package dev.fecunit.sim;

import static dev.fecunit.sim.FlexFecGroup.MISSING;

import dev.fecunit.sim.SfuCounters.Counter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One published video track, frame by frame: the publisher encodes and paces the packets, the
 * shaped uplink loses some, the SFU repairs from FlexFEC and then by NACK/RTX, forwards to the
 * subscriber, whose decoder renders a frame once it is complete in time and freezes after a lost
 * frame until the keyframe its PLI asked for.
 *
 * <p>Timing constants are chosen to land where the reference runs do: about 40 ms capture to
 * render, RTX repairs adding one or more round trips, the jitter buffer giving up after 250 ms.
 */
final class TrackSimulator {

    private static final long ENCODE_MIN_US = 4_000;
    private static final long ENCODE_MAX_US = 8_000;
    /** Pacing gap between packets; keyframes are paced a little slower. */
    private static final long PACE_DELTA_US = 300;
    private static final long PACE_KEY_US = 450;
    private static final long UPLINK_BASE_US = 10_000;
    private static final long DOWNLINK_BASE_US = 10_500;
    private static final double QUEUE_MEAN_US = 1_200;
    /** Now and then cross traffic queues a frame for tens of milliseconds. */
    private static final double QUEUE_SPIKE_PROBABILITY = 0.01;
    private static final long DECODE_MIN_US = 5_000;
    private static final long DECODE_MAX_US = 9_000;
    private static final long RTT_MIN_US = 40_000;
    private static final long RTT_MAX_US = 80_000;
    /** The SFU batches NACKs on a short timer. */
    private static final long NACK_BATCH_US = 5_000;
    private static final int MAX_NACKS_PER_PACKET = 3;
    /** The subscriber's jitter buffer gives a frame up this long after its capture. */
    private static final long FRAME_DEADLINE_US = 250_000;
    /** From giving a frame up to the publisher's keyframe: PLI trip, throttling, encoder. */
    private static final long PLI_TO_KEYFRAME_MIN_US = 150_000;
    private static final long PLI_TO_KEYFRAME_MAX_US = 350_000;
    private static final double DOWNLINK_LOSS = 0.0004;
    private static final double OUT_OF_ORDER_PROBABILITY = 0.0008;
    private static final double INVALID_FEC_PROBABILITY = 0.0005;
    /** No keyframe has been asked for. */
    private static final long NOT_REQUESTED = Long.MAX_VALUE;

    /**
     * Frame rate and frame sizes (in packets) of a track.
     *
     * @param track             value of the track label
     * @param fps               capture rate
     * @param deltaMin          fewest packets of a delta frame
     * @param deltaMax          most packets of a delta frame
     * @param keyMin            fewest packets of a keyframe
     * @param keyMax            most packets of a keyframe
     * @param keyIntervalFrames frames between periodic keyframes
     */
    record Profile(String track, int fps, int deltaMin, int deltaMax, int keyMin, int keyMax, int keyIntervalFrames) {

        /** A camera: 30 fps, 8-12 packets a delta frame at 720p, scaled with the pixel count. */
        static Profile camera(String track, int width, int height) {
            double scale = Math.pow((double) width * height / (1280 * 720), 0.75);
            return new Profile(track, 30, (int) Math.round(8 * scale), (int) Math.round(12 * scale),
                    (int) Math.round(30 * scale), (int) Math.round(40 * scale), 75);
        }

        /** A screen share: 5 fps of small deltas, a keyframe every 10 s. */
        static Profile screenShare(String track) {
            return new Profile(track, 5, 2, 4, 12, 18, 50);
        }
    }

    /** A frame the subscriber rendered: the row it logs in frames.csv. */
    record DeliveredFrame(long recvUs, long frameId, long captureUs) {
    }

    /** What became of one frame on its way. */
    private record Outcome(boolean complete, long renderUs) {
    }

    private final Profile profile;
    private final Scenario scenario;
    private final ShapedLink link;
    private final SfuOutage outage;
    private final SfuCounters counters;
    private final SplittableRandom loss;
    private final SplittableRandom timing;
    private final SplittableRandom sizes;

    TrackSimulator(Profile profile, Scenario scenario, ShapedLink link, SfuOutage outage, SfuCounters counters,
            SplittableRandom random) {
        this.profile = profile;
        this.scenario = scenario;
        this.link = link;
        this.outage = outage;
        this.counters = counters;
        // Separate streams, so that e.g. a different loss draw does not shift every later frame size.
        this.loss = random.split();
        this.timing = random.split();
        this.sizes = random.split();
    }

    /**
     * Captures frames from {@code firstCaptureUs} to {@code lastCaptureUs} and returns those the
     * subscriber rendered, in render order (which is frame order).
     */
    List<DeliveredFrame> run(long firstCaptureUs, long lastCaptureUs) {
        List<DeliveredFrame> rendered = new ArrayList<>();
        long lastRenderUs = Long.MIN_VALUE;
        boolean waitingForKeyframe = false;
        long keyframeDueUs = NOT_REQUESTED;
        boolean reconnectKeyframePending = outage.exists();
        int sinceKeyframe = 0;
        for (long k = 0; ; k++) {
            long captureUs = captureTime(firstCaptureUs, k);
            if (captureUs > lastCaptureUs) {
                return rendered;
            }
            boolean reconnected = reconnectKeyframePending && captureUs >= outage.endUs();
            boolean key = k == 0 || sinceKeyframe >= profile.keyIntervalFrames() || captureUs >= keyframeDueUs
                    || reconnected;
            if (key) {
                sinceKeyframe = 0;
                keyframeDueUs = NOT_REQUESTED;
                reconnectKeyframePending &= !reconnected;
            } else {
                sinceKeyframe++;
            }
            Outcome outcome = transmit(captureUs, key, captureTime(firstCaptureUs, k + 1));
            if (outcome.complete() && (key || !waitingForKeyframe)) {
                // Frames render in order: one held up by a retransmission holds up those behind it.
                long renderUs = Math.max(outcome.renderUs(), lastRenderUs + timing.nextLong(150, 500));
                rendered.add(new DeliveredFrame(renderUs, scenario.firstFrameId() + k, captureUs));
                lastRenderUs = renderUs;
                waitingForKeyframe = false;
            } else if (!outcome.complete()) {
                waitingForKeyframe = true;
                long pliKeyframeUs = captureUs + FRAME_DEADLINE_US
                        + timing.nextLong(PLI_TO_KEYFRAME_MIN_US, PLI_TO_KEYFRAME_MAX_US);
                keyframeDueUs = Math.min(keyframeDueUs, pliKeyframeUs);
            }
            // A complete delta frame while waiting for a keyframe cannot be decoded: dropped unlogged.
        }
    }

    /** Capture clock of frame k: {@code first + floor(k * 1e6 / fps)}, as the publisher stamps it. */
    private long captureTime(long firstCaptureUs, long k) {
        return firstCaptureUs + k * 1_000_000L / profile.fps();
    }

    private Outcome transmit(long captureUs, boolean key, long nextCaptureUs) {
        int media = key ? between(sizes, profile.keyMin(), profile.keyMax())
                : between(sizes, profile.deltaMin(), profile.deltaMax());
        int fec = scenario.mode() == Scenario.Mode.FEC ? FlexFecGroup.packetCount(media, scenario.fecRatePercent()) : 0;
        long encodedUs = captureUs + timing.nextLong(ENCODE_MIN_US, ENCODE_MAX_US);
        long pace = key ? PACE_KEY_US : PACE_DELTA_US;
        long uplinkUs = UPLINK_BASE_US + ShapedLink.exponential(timing, QUEUE_MEAN_US)
                + (timing.nextDouble() < QUEUE_SPIKE_PROBABILITY ? timing.nextLong(15_000, 60_000) : 0);

        // Media packets first, then the FEC packets protecting them.
        int total = media + fec;
        long[] sendUs = new long[total];
        long[] arrivalUs = new long[total];
        long[] availableUs = new long[total];
        boolean[] vanished = new boolean[total];
        for (int p = 0; p < total; p++) {
            sendUs[p] = encodedUs + p * pace;
            arrivalUs[p] = sendUs[p] + uplinkUs + timing.nextLong(600);
            vanished[p] = outage.isDown(arrivalUs[p]);
            boolean lost = vanished[p] || link.drops(sendUs[p], loss);
            availableUs[p] = lost ? MISSING : arrivalUs[p];
            if (!lost) {
                count(Counter.PACKETS_INCOMING_DATA, arrivalUs[p]);
                if (timing.nextDouble() < OUT_OF_ORDER_PROBABILITY) {
                    count(Counter.OUT_OF_ORDER_INCOMING, arrivalUs[p]);
                }
            }
        }
        long nextFrameArrivalUs = nextCaptureUs + ENCODE_MIN_US + uplinkUs;
        long[] detectedUs = new long[media];
        for (int i = 0; i < media; i++) {
            detectedUs[i] = nextArrival(availableUs, i, nextFrameArrivalUs);
            if (availableUs[i] == MISSING && !vanished[i]) {
                count(Counter.LOSS_INCOMING, detectedUs[i]);
            }
        }

        long[] mediaUs = Arrays.copyOf(availableUs, media);
        long fecDecodedUs = repairFromFec(media, fec, availableUs, mediaUs);
        // In fec mode the SFU holds NACKs back a little for FEC that may still repair the loss,
        // even for a frame that got no FEC packet (it cannot know none is coming).
        long holdUs = scenario.mode() == Scenario.Mode.FEC ? scenario.fecNackHoldMs() * 1_000L : 0;
        for (int i = 0; i < media; i++) {
            if (mediaUs[i] == MISSING && !vanished[i]) {
                long nackUs = Math.max(detectedUs[i], fecDecodedUs) + holdUs + timing.nextLong(NACK_BATCH_US);
                mediaUs[i] = retransmit(nackUs);
            }
        }
        return forward(captureUs, mediaUs);
    }

    /** When the SFU notices packet i is missing: the next packet that did arrive. */
    private static long nextArrival(long[] availableUs, int i, long fallbackUs) {
        for (int p = i + 1; p < availableUs.length; p++) {
            if (availableUs[p] != MISSING) {
                return availableUs[p];
            }
        }
        return fallbackUs;
    }

    /**
     * Runs the FlexFEC decoder over the frame, counting every FEC packet's fate; returns when the
     * decoder had seen the frame's last FEC packet (0 when none arrived).
     */
    private long repairFromFec(int media, int fec, long[] availableUs, long[] mediaUs) {
        long[] fecUs = Arrays.copyOfRange(availableUs, media, media + fec);
        long decodedUs = 0;
        for (int j = 0; j < fec; j++) {
            if (fecUs[j] == MISSING) {
                continue;
            }
            decodedUs = Math.max(decodedUs, fecUs[j]);
            count(Counter.FEC_RECEIVED, fecUs[j]);
            if (timing.nextDouble() < INVALID_FEC_PROBABILITY) {
                count(Counter.FEC_INVALID, fecUs[j]);
                fecUs[j] = MISSING;
            }
        }
        if (decodedUs == 0) {
            return 0;
        }
        FlexFecGroup.Use[] uses = new FlexFecGroup(media, fec, scenario.fecMask()).decode(mediaUs, fecUs);
        for (int j = 0; j < fec; j++) {
            if (uses[j] == FlexFecGroup.Use.UNUSED) {
                count(Counter.FEC_UNUSED, fecUs[j]);
            } else if (uses[j] != null) {
                count(Counter.FEC_RECOVERY_ATTEMPT, fecUs[j]);
                count(uses[j] == FlexFecGroup.Use.RECOVERED ? Counter.FEC_RECOVERED : Counter.FEC_RECOVERY_FAILED,
                        fecUs[j]);
            }
        }
        return decodedUs;
    }

    /** NACK/RTX for one missing media packet; returns when the retransmission arrived, or MISSING. */
    private long retransmit(long nackUs) {
        for (int attempt = 0; attempt < MAX_NACKS_PER_PACKET; attempt++) {
            if (outage.isDown(nackUs)) {
                return MISSING;
            }
            count(Counter.NACK_INCOMING, nackUs);
            long rtt = timing.nextLong(RTT_MIN_US, RTT_MAX_US);
            long rtxArrivalUs = nackUs + rtt;
            if (!outage.isDown(rtxArrivalUs) && !link.drops(nackUs + rtt / 2, loss)) {
                count(Counter.PACKETS_INCOMING_RTX, rtxArrivalUs);
                return rtxArrivalUs;
            }
            nackUs = rtxArrivalUs + timing.nextLong(5_000, 15_000);
        }
        return MISSING;
    }

    /** SFU → subscriber: forwards what the SFU has, repairs the rare downlink loss, renders if in time. */
    private Outcome forward(long captureUs, long[] mediaUs) {
        long downlinkUs = DOWNLINK_BASE_US + ShapedLink.exponential(timing, QUEUE_MEAN_US);
        boolean complete = true;
        long lastAtSubscriberUs = 0;
        for (long atSfuUs : mediaUs) {
            if (atSfuUs == MISSING) {
                complete = false;
                continue;
            }
            counters.add(Counter.PACKETS_OUTGOING_DATA, profile.track(), atSfuUs, scenario.sfu().subscribers());
            long atSubscriberUs = atSfuUs + downlinkUs + timing.nextLong(400);
            if (timing.nextDouble() < DOWNLINK_LOSS) {
                count(Counter.LOSS_OUTGOING, atSubscriberUs);
                count(Counter.NACK_OUTGOING, atSubscriberUs + 2_000);
                atSubscriberUs += timing.nextLong(25_000, 40_000);
                count(Counter.PACKETS_OUTGOING_RTX, atSubscriberUs - downlinkUs);
            }
            lastAtSubscriberUs = Math.max(lastAtSubscriberUs, atSubscriberUs);
        }
        boolean inTime = complete && lastAtSubscriberUs <= captureUs + FRAME_DEADLINE_US;
        return new Outcome(inTime, lastAtSubscriberUs + timing.nextLong(DECODE_MIN_US, DECODE_MAX_US));
    }

    private void count(Counter counter, long wallUs) {
        counters.add(counter, profile.track(), wallUs, 1);
    }

    private static int between(SplittableRandom random, int min, int max) {
        return random.nextInt(min, max + 1);
    }
}
