package dev.fecunit;

/**
 * One line of {@code events.csv}: what the traffic shaper did, and when.
 *
 * @param wallUs wall-clock microseconds
 * @param event  the event text after the first comma, e.g. {@code burst_on} or
 *               {@code shaper_started base=0.01 burst=0.15}
 * @param line   the 1-based line number in {@code events.csv}
 */
public record ShaperEvent(long wallUs, String event, long line) {

    /** The event name: the text up to the first space ({@code shaper_started} for the example above). */
    public String name() {
        int space = event.indexOf(' ');
        return space < 0 ? event : event.substring(0, space);
    }
}
