package dev.fecunit.history;

import java.util.Arrays;

/** Test access to the detector's splits, which are not public API, for the calibration in another package. */
public final class DetectedSplits {

    private DetectedSplits() {
    }

    /** The indices of the change points {@code detector} finds in {@code series}, in index order. */
    static int[] indices(ChangePointDetector detector, double[] series) {
        return detector.detect(series).stream().mapToInt(ChangePointDetector.Split::index).toArray();
    }

    /** Whether {@code detector} finds a change point within {@code distance} of {@code index} in {@code series}. */
    public static boolean anyNear(ChangePointDetector detector, double[] series, int index, int distance) {
        return Arrays.stream(indices(detector, series)).anyMatch(i -> Math.abs(i - index) <= distance);
    }
}
