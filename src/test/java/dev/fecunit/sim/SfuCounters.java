package dev.fecunit.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SFU's cumulative Prometheus counters as the harness polled them: which series exist (by
 * {@link SfuSetup.MetricLayout}), what each poll saw, and what an SFU restart does to them.
 *
 * <p>The simulation reports each counted packet with the wall-clock time the SFU counted it; the
 * increment becomes visible at the first poll at or after that time. A restart zeroes every
 * series; polls while the SFU is down fail and leave no lines.
 */
final class SfuCounters {

    /** The counted things, each with its family and the labels that tell it apart within the family. */
    enum Counter {
        FEC_RECEIVED(Family.FLEXFEC, "state", "received"),
        FEC_RECOVERY_ATTEMPT(Family.FLEXFEC, "state", "recovery_attempt"),
        FEC_RECOVERED(Family.FLEXFEC, "state", "recovered"),
        FEC_RECOVERY_FAILED(Family.FLEXFEC, "state", "recovery_failed"),
        FEC_UNUSED(Family.FLEXFEC, "state", "unused"),
        FEC_INVALID(Family.FLEXFEC, "state", "invalid"),
        NACK_INCOMING(Family.NACK, "direction", "incoming"),
        NACK_OUTGOING(Family.NACK, "direction", "outgoing"),
        PACKETS_INCOMING_DATA(Family.PACKETS, "direction", "incoming", "transmission", "data"),
        PACKETS_INCOMING_RTX(Family.PACKETS, "direction", "incoming", "transmission", "rtx"),
        PACKETS_OUTGOING_DATA(Family.PACKETS, "direction", "outgoing", "transmission", "data"),
        PACKETS_OUTGOING_RTX(Family.PACKETS, "direction", "outgoing", "transmission", "rtx"),
        LOSS_INCOMING(Family.LOSS, "direction", "incoming"),
        LOSS_OUTGOING(Family.LOSS, "direction", "outgoing"),
        OUT_OF_ORDER_INCOMING(Family.OUT_OF_ORDER, "direction", "incoming"),
        OUT_OF_ORDER_OUTGOING(Family.OUT_OF_ORDER, "direction", "outgoing");

        final Family family;
        final Map<String, String> labels = new LinkedHashMap<>();

        Counter(Family family, String... labelPairs) {
            this.family = family;
            for (int i = 0; i < labelPairs.length; i += 2) {
                labels.put(labelPairs[i], labelPairs[i + 1]);
            }
        }

        boolean incoming() {
            return !"outgoing".equals(labels.get("direction"));
        }
    }

    /** The five families the harness scrapes, in the order it writes them. */
    enum Family {
        FLEXFEC("livekit_flexfec_packet_total"),
        NACK("livekit_nack_total"),
        PACKETS("livekit_packet_total"),
        LOSS("livekit_packet_loss_total"),
        OUT_OF_ORDER("livekit_packet_out_of_order_total");

        final String metric;

        Family(String metric) {
            this.metric = metric;
        }
    }

    /** One exported series: its full name, its value before the run, its increments per poll. */
    private record Series(String name, long startValue, long[] increments) {
    }

    private final long[] pollUs;
    private final SfuOutage outage;
    /** First poll after the restart, or pollUs.length when the SFU never restarted. */
    private final int firstPollAfterRestart;
    private final List<Series> series = new ArrayList<>();
    private final Map<String, Series> byKey = new HashMap<>();

    SfuCounters(SfuSetup sfu, List<String> tracks, long[] pollUs, SfuOutage outage) {
        this.pollUs = pollUs;
        this.outage = outage;
        int firstAfter = pollUs.length;
        for (int p = 0; p < pollUs.length; p++) {
            if (outage.exists() && pollUs[p] >= outage.endUs()) {
                firstAfter = p;
                break;
            }
        }
        this.firstPollAfterRestart = firstAfter;
        if (sfu.layout() == SfuSetup.MetricLayout.REFERENCE) {
            declareReferenceSeries(sfu, tracks);
        } else {
            declareDetailedSeries(sfu, tracks);
        }
    }

    /** Incoming only, no track label: the ten series a poll of the reference sweep's SFU. */
    private void declareReferenceSeries(SfuSetup sfu, List<String> tracks) {
        for (Counter c : Counter.values()) {
            boolean exported = c.family == Family.FLEXFEC
                    || (c.incoming() && c != Counter.PACKETS_INCOMING_RTX);
            if (exported) {
                Series s = declare(c, sfu, null, 0);
                for (String track : tracks) {
                    byKey.put(key(c, track), s);
                }
            }
        }
    }

    /**
     * Per track and direction, in the exporter's order: flexfec per track then state, nack per
     * direction then track, packet_total per direction, track, transmission; loss and
     * out-of-order per direction only.
     */
    private void declareDetailedSeries(SfuSetup sfu, List<String> tracks) {
        for (String track : tracks) {
            for (Counter c : List.of(Counter.FEC_RECEIVED, Counter.FEC_RECOVERY_ATTEMPT, Counter.FEC_RECOVERED,
                    Counter.FEC_RECOVERY_FAILED, Counter.FEC_UNUSED, Counter.FEC_INVALID)) {
                byKey.put(key(c, track), declare(c, sfu, track, 0));
            }
        }
        for (Counter c : List.of(Counter.NACK_INCOMING, Counter.NACK_OUTGOING)) {
            for (String track : tracks) {
                byKey.put(key(c, track), declare(c, sfu, track, 0));
            }
        }
        List<List<Counter>> packetsByDirection = List.of(
                List.of(Counter.PACKETS_INCOMING_DATA, Counter.PACKETS_INCOMING_RTX),
                List.of(Counter.PACKETS_OUTGOING_DATA, Counter.PACKETS_OUTGOING_RTX));
        for (List<Counter> direction : packetsByDirection) {
            for (int t = 0; t < tracks.size(); t++) {
                for (Counter c : direction) {
                    // What a long-lived SFU forwarded before the run is booked on the first track's series.
                    long before = t > 0 ? 0
                            : c == Counter.PACKETS_OUTGOING_DATA ? sfu.forwardedDataBefore()
                            : c == Counter.PACKETS_OUTGOING_RTX ? sfu.forwardedRtxBefore() : 0;
                    byKey.put(key(c, tracks.get(t)), declare(c, sfu, tracks.get(t), before));
                }
            }
        }
        for (Counter c : List.of(Counter.LOSS_INCOMING, Counter.LOSS_OUTGOING,
                Counter.OUT_OF_ORDER_INCOMING, Counter.OUT_OF_ORDER_OUTGOING)) {
            Series shared = declare(c, sfu, null, 0);
            tracks.forEach(track -> byKey.put(key(c, track), shared));
        }
    }

    private Series declare(Counter c, SfuSetup sfu, String track, long startValue) {
        Map<String, String> labels = new LinkedHashMap<>(c.labels);
        labels.put("node_id", sfu.nodeId());
        labels.put("node_type", "SERVER");
        if (track != null) {
            labels.put("track", track);
        }
        Series s = new Series(PromText.series(c.family.metric, labels), startValue, new long[pollUs.length]);
        series.add(s);
        return s;
    }

    private static String key(Counter c, String track) {
        return c.name() + '\u0000' + track;
    }

    /**
     * Counts {@code amount} of {@code counter} for {@code track} at {@code wallUs}. Ignored when the
     * layout does not export it, when the SFU was down, or when no later poll saw it.
     */
    void add(Counter counter, String track, long wallUs, long amount) {
        Series s = byKey.get(key(counter, track));
        if (s == null || outage.isDown(wallUs)) {
            return;
        }
        int poll = firstPollAtOrAfter(wallUs);
        boolean lostInRestart = wallUs < outage.startUs() && poll >= firstPollAfterRestart;
        if (poll < pollUs.length && !lostInRestart) {
            s.increments()[poll] += amount;
        }
    }

    private int firstPollAtOrAfter(long wallUs) {
        int lo = 0;
        int hi = pollUs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pollUs[mid] < wallUs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int pollCount() {
        return pollUs.length;
    }

    long pollUs(int poll) {
        return pollUs[poll];
    }

    int seriesCount() {
        return series.size();
    }

    String seriesName(int index) {
        return series.get(index).name();
    }

    /** Index of the first series whose name starts with {@code prefix}, for placing defects. */
    int seriesIndex(String prefix) {
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).name().startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no series starts with " + prefix);
    }

    /** Index of the first poll after the SFU came back, or -1 when it never restarted. */
    int firstPollAfterRestart() {
        return firstPollAfterRestart < pollUs.length ? firstPollAfterRestart : -1;
    }

    /** Cumulative values, [series][poll]; after a restart every series counts again from 0. */
    long[][] values() {
        long[][] values = new long[series.size()][pollUs.length];
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            long total = one.startValue();
            for (int p = 0; p < pollUs.length; p++) {
                if (p == firstPollAfterRestart) {
                    total = 0;
                }
                total += one.increments()[p];
                values[s][p] = total;
            }
        }
        return values;
    }
}
