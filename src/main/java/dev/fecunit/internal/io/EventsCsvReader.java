package dev.fecunit.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads {@code events.csv}: {@code wall_us,event} lines of the traffic shaper, and pairs
 * {@code burst_on} with {@code burst_off} into {@link BurstSpan}s.
 *
 * <p>A malformed line is skipped with a {@link Finding} (the seed crashes on it). A burst still
 * open at the end is closed at {@code T1_US}, or has zero length when the run has no {@code T1_US},
 * as in the seed.
 */
final class EventsCsvReader {

    static final String FILE = "events.csv";

    private EventsCsvReader() {
    }

    /** The parsed events and the bursts they describe. */
    record Result(List<ShaperLine> events, List<BurstSpan> bursts) {
    }

    /** Reads {@code events.csv} from {@code in}; a burst still open at the end closes at {@code t1Us}. */
    static Result read(InputStream in, OptionalLong t1Us, List<Finding> diagnostics) throws IOException {
        Pairing pairing = new Pairing(diagnostics);
        TextLines.read(in, FILE, diagnostics, pairing::line);
        return pairing.finish(t1Us);
    }

    /** Pairs each burst_on with the burst_off after it, line by line. */
    private static final class Pairing {
        final List<Finding> diagnostics;
        final List<ShaperLine> events = new ArrayList<>();
        final List<BurstSpan> bursts = new ArrayList<>();
        ShaperLine open;

        Pairing(List<Finding> diagnostics) {
            this.diagnostics = diagnostics;
        }

        void line(String line, long lineNumber) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                return;
            }
            int comma = stripped.indexOf(',');
            if (comma < 0) {
                diagnostics.add(new Finding(FILE, lineNumber, "not a wall_us,event line: "
                        + Texts.quote(stripped) + "; line skipped"));
                return;
            }
            long wallUs;
            try {
                wallUs = Long.parseLong(stripped.substring(0, comma).strip());
            } catch (NumberFormatException e) {
                diagnostics.add(new Finding(FILE, lineNumber, "wall_us is not an integer in "
                        + Texts.quote(stripped) + "; line skipped"));
                return;
            }
            ShaperLine event = new ShaperLine(wallUs, stripped.substring(comma + 1), lineNumber);
            events.add(event);
            if (event.event().equals("burst_on")) {
                if (open != null) {
                    diagnostics.add(new Finding(FILE, open.line(), "burst_on has no burst_off before the next"
                            + " burst_on at line " + lineNumber + "; this burst is ignored, as in the seed"));
                }
                open = event;
            } else if (event.event().equals("burst_off")) {
                if (open == null) {
                    diagnostics.add(new Finding(FILE, lineNumber, "burst_off without a burst_on before it; ignored"));
                } else if (wallUs < open.wallUs()) {
                    diagnostics.add(new Finding(FILE, lineNumber, "burst_off is stamped before its burst_on at line "
                            + open.line() + " (the clock went back); the burst is ignored"));
                    open = null;
                } else {
                    bursts.add(new BurstSpan(open.wallUs(), wallUs, false));
                    open = null;
                }
            }
        }

        Result finish(OptionalLong t1Us) {
            if (open != null) {
                if (t1Us.isPresent()) {
                    bursts.add(new BurstSpan(open.wallUs(), Math.max(open.wallUs(), t1Us.getAsLong()), true));
                } else {
                    diagnostics.add(new Finding(FILE, open.line(), "burst_on has no burst_off and the run has no"
                            + " T1_US; the burst is kept with zero length"));
                    bursts.add(new BurstSpan(open.wallUs(), open.wallUs(), true));
                }
            }
            return new Result(events, bursts);
        }
    }
}
