package dev.fecunit.sim;

/**
 * A window in which the SFU process was gone (restarting): nothing it received was counted or
 * forwarded, and its counters came back at zero.
 */
record SfuOutage(long startUs, long endUs) {

    /** No restart. */
    static final SfuOutage NONE = new SfuOutage(Long.MAX_VALUE, Long.MAX_VALUE);

    boolean exists() {
        return startUs != Long.MAX_VALUE;
    }

    boolean isDown(long wallUs) {
        return wallUs >= startUs && wallUs < endUs;
    }
}
