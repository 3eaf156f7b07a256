package dev.fecunit.sim;

/**
 * The FlexFEC packets protecting one frame's media packets, and the SFU's decoder for them.
 *
 * <p>Each FEC packet is the XOR of the media packets its mask selects, so it rebuilds a lost
 * packet exactly when it is the only one of its set still missing. The decoder repeats that
 * until nothing changes (as libwebrtc's FlexFEC receiver does), so one repair can enable another.
 */
final class FlexFecGroup {

    /** Marks a packet that has not (yet) reached the SFU. */
    static final long MISSING = Long.MAX_VALUE;

    /** What the decoder made of one received, valid FEC packet: the flexfec {@code state} it is counted under. */
    enum Use {
        /** Everything it protects was there: nothing to repair. */
        UNUSED,
        /** It rebuilt one missing media packet. */
        RECOVERED,
        /** Two or more of its packets stayed missing: the attempt failed. */
        FAILED
    }

    private final int media;
    private final boolean[][] protects;

    /** {@code fec} never exceeds {@code media} ({@link #packetCount}), so no mask row is empty. */
    FlexFecGroup(int media, int fec, Scenario.FecMask type) {
        this.media = media;
        this.protects = new boolean[fec][media];
        for (int j = 0; j < fec; j++) {
            for (int i = 0; i < media; i++) {
                protects[j][i] = type == Scenario.FecMask.RANDOM ? randomMask(i, j, fec) : burstyMask(i, j, fec);
            }
        }
    }

    /**
     * How many FEC packets libwebrtc sends for {@code media} packets at {@code ratePercent}: the
     * rate is scaled to a q8 protection factor and the product rounded, so a low rate protects
     * small frames with no FEC packet at all.
     */
    static int packetCount(int media, int ratePercent) {
        int protectionQ8 = ratePercent * 255 / 100;
        return (media * protectionQ8 + (1 << 7)) >> 8;
    }

    /** Interleaved (packet i in row i mod fec) plus a fixed scatter of extra coverage. */
    private static boolean randomMask(int i, int j, int fec) {
        int scatter = ((i + 1) * 0x9E3779B1 ^ (j + 1) * 0x85EBCA77) >>> 29;
        return i % fec == j || scatter < 2;
    }

    /** Contiguous blocks: row j protects the j-th of fec equal runs of packets. */
    private boolean burstyMask(int i, int j, int fec) {
        return i * fec / media == j;
    }

    /**
     * Repairs what the FEC packets allow.
     *
     * @param mediaAtUs when each media packet became available at the SFU, {@link #MISSING} if lost;
     *                  repaired packets get the time of their repair
     * @param fecAtUs   when each FEC packet arrived, {@link #MISSING} if lost or invalid
     * @return per FEC packet its use, {@code null} for one that was not there
     */
    Use[] decode(long[] mediaAtUs, long[] fecAtUs) {
        Use[] uses = new Use[fecAtUs.length];
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int j = 0; j < fecAtUs.length; j++) {
                if (fecAtUs[j] == MISSING || uses[j] == Use.RECOVERED) {
                    continue;
                }
                int missing = -1;
                int missingCount = 0;
                long lastNeededUs = fecAtUs[j];
                for (int i = 0; i < media; i++) {
                    if (!protects[j][i]) {
                        continue;
                    }
                    if (mediaAtUs[i] == MISSING) {
                        missing = i;
                        missingCount++;
                    } else {
                        lastNeededUs = Math.max(lastNeededUs, mediaAtUs[i]);
                    }
                }
                if (missingCount == 1) {
                    mediaAtUs[missing] = lastNeededUs;
                    uses[j] = Use.RECOVERED;
                    progress = true;
                } else {
                    uses[j] = missingCount == 0 ? Use.UNUSED : Use.FAILED;
                }
            }
        }
        return uses;
    }
}
