package dev.fecunit.internal.io;

/**
 * The frames of {@code frames.csv} as read ({@link FrameRows#build}): columns of {@code size} rows sorted by
 * receive time, {@link FrameRows#MISSING} where a row has no value. {@code dev.fecunit.Frames} takes them over.
 *
 * @param receiveUs   {@code recv_wall_us} of each row
 * @param frameId     {@code frame_id} of each row
 * @param captureUs   {@code user_timestamp_us} of each row
 * @param resolutions {@code width} and {@code height} of each row
 * @param size        the number of rows
 */
public record FrameTable(LongColumn receiveUs, LongColumn frameId, LongColumn captureUs, Resolutions resolutions,
                         int size) {

    /** No frames, for a run without {@code frames.csv}. */
    public static FrameTable empty() {
        return new FrameTable(new LongColumn().trimmed(), new LongColumn().trimmed(), new LongColumn().trimmed(),
                Resolutions.of(new int[0], new int[0], 0), 0);
    }
}
