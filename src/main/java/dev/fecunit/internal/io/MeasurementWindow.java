package dev.fecunit.internal.io;

import java.util.List;
import java.util.OptionalLong;

/**
 * The measurement window {@code [T0_US, T1_US]} of {@code meta.env}, and where the file cannot be
 * right, the window the data allows, each correction a {@link Finding}. No window is longer
 * than {@value #MAX_DAYS} days (a 24-hour soak is the longest run):
 * <ul>
 *   <li>no {@code T0_US} (or no {@code meta.env}), or a negative one: the window starts at the first
 *       frame received (the seed's 0 would start it in 1970), or {@value #MAX_DAYS} days before the
 *       last one when the frames span more (the rows before are left out);</li>
 *   <li>{@code T1_US} before {@code T0_US}: the window is the first to the last frame received (the
 *       last {@value #MAX_DAYS} days of them at most);</li>
 *   <li>a window longer than {@value #MAX_DAYS} days: it is narrowed to the first and last frame
 *       received inside it, and rows stamped more than {@value #MAX_DAYS} days after {@code T0_US}
 *       are left out;</li>
 *   <li>no {@code T1_US} (the run died): as in the seed, everything after {@code T0_US} is judged,
 *       up to {@value #MAX_DAYS} days after it; rows stamped later are left out.</li>
 * </ul>
 * Where a run has no frame, its Prometheus samples stand for the data. All arithmetic on the
 * timestamps saturates, so any {@code long} in the files is read without overflow.
 */
final class MeasurementWindow {

    /** The longest window taken from {@code meta.env} as it is; a 24-hour soak is the longest run. */
    static final int MAX_DAYS = 30;

    static final long MAX_WINDOW_US = MAX_DAYS * 24L * 3600 * 1_000_000;

    private static final String FILE = MetaEnvReader.FILE;

    private final MetaEnvReader.Values meta;
    private final OptionalLong t0;
    private final OptionalLong t1;
    private final boolean t0Usable;
    private final boolean t1Usable;
    private final boolean inverted;

    private MeasurementWindow(MetaEnvReader.Values meta, OptionalLong t0, OptionalLong t1) {
        this.meta = meta;
        this.t0 = t0;
        this.t1 = t1;
        this.t0Usable = t0.isPresent() && t0.getAsLong() >= 0;
        boolean t1Positive = t1.isPresent() && t1.getAsLong() >= 0;
        this.inverted = t0Usable && t1Positive && t1.getAsLong() < t0.getAsLong();
        this.t1Usable = t1Positive && !inverted;
    }

    /** Reads {@code T0_US} and {@code T1_US}; {@code metaExists} is false when {@code meta.env} is absent. */
    static MeasurementWindow of(MetaEnvReader.Values meta, boolean metaExists, List<Finding> diagnostics) {
        OptionalLong t0 = MetaEnvReader.time(meta, "T0_US", diagnostics);
        OptionalLong t1 = MetaEnvReader.time(meta, "T1_US", diagnostics);
        if (metaExists && !meta.values().containsKey("T1_US")) {
            diagnostics.add(new Finding(FILE, 0, "T1_US is missing: the run did not finish, so the"
                    + " measurement window has no end and everything after T0_US is judged"));
        }
        return new MeasurementWindow(meta, t0, t1);
    }

    /** Frames received before this are not kept. */
    long keepFromUs() {
        return t0Usable && !inverted ? t0.getAsLong() : Long.MIN_VALUE;
    }

    /** Frames received after this are not kept: {@code T1_US}, and never more than 30 days after {@code T0_US}. */
    long keepToUs() {
        long end = t1Usable ? t1.getAsLong() : Long.MAX_VALUE;
        if (t0Usable && !inverted) {
            end = Math.min(end, saturatedAdd(t0.getAsLong(), MAX_WINDOW_US));
        }
        return end;
    }

    /**
     * The window as judged, and the frames inside it.
     *
     * @param t0Us the start of the measurement window
     * @param t1Us its end, empty when the run has none (it died before writing {@code T1_US})
     */
    record Judged(long t0Us, OptionalLong t1Us, FrameTable frames) {
    }

    /**
     * The window judged against the data read: the frames kept inside {@link #keepFromUs()}..
     * {@link #keepToUs()} and, when there is no frame, the Prometheus {@code series}. Findings on
     * {@code meta.env} go to {@code metaDiagnostics}, on {@code frames.csv} to {@code frameDiagnostics}.
     */
    Judged judge(FramesCsvReader.Result framesRead, List<Samples> series,
                 List<Finding> metaDiagnostics, List<Finding> frameDiagnostics) {
        Data data = Data.of(framesRead, series, keepFromUs(), keepToUs());
        long start;
        long framesFrom = Long.MIN_VALUE;
        if (t0Usable && !inverted) {
            start = t0.getAsLong();
        } else {
            start = data.any ? data.first : t0Usable ? t0.getAsLong() : 0;
            String from = "at the " + data.firstName + " (" + data.first + ")";
            if (data.any && longerThanAnyRun(data.first, data.last)) {
                // no T0_US and data over more than 30 days: the last 30 days are the run
                start = saturatedAdd(data.last, -MAX_WINDOW_US);
                framesFrom = start;
                from = MAX_DAYS + " days before the " + data.lastName + " (" + start + ")";
                long before = framesRead.rowsBefore(start);
                if (before > 0) {
                    frameDiagnostics.add(new Finding(FramesCsvReader.FILE, framesRead.firstLineBefore(start), before
                            + (before == 1 ? " row is" : " rows are") + " stamped more than " + MAX_DAYS + " days before"
                            + " the last frame (the first at this line) and the run has no T0_US: no run is that long,"
                            + " so they are left out"));
                }
            }
            if (inverted) {
                metaDiagnostics.add(new Finding(FILE, lineOf("T1_US"), "T1_US (" + t1.getAsLong()
                        + ") is before T0_US (" + t0.getAsLong() + "); the measurement window is taken from the data"
                        + (data.any ? ": " + data.span() : ", which holds nothing")));
            } else if (data.any || t0.isPresent()) {
                String why = t0.isPresent() ? "T0_US is negative (" + t0.getAsLong() + "), which no wall clock is"
                        : meta.values().containsKey("T0_US") ? "T0_US cannot be read" : "T0_US is missing";
                metaDiagnostics.add(new Finding(FILE, lineOf("T0_US"), why + ", so the measurement window starts "
                        + (data.any ? from : "at 0: the run holds no frame or sample to start it at")));
            }
        }
        OptionalLong end = t1Usable ? t1 : inverted ? OptionalLong.of(data.any ? data.last : start) : OptionalLong.empty();
        if (end.isPresent() && longerThanAnyRun(start, end.getAsLong())) {
            long from = data.any ? Math.max(start, data.first) : start;
            long to = data.any ? Math.min(end.getAsLong(), data.last) : start;
            metaDiagnostics.add(new Finding(FILE, lineOf("T1_US"), "the window T0_US.." + "T1_US (" + start + " to "
                    + end.getAsLong() + ") is longer than " + MAX_DAYS + " days, longer than any run; it is narrowed to "
                    + (data.any ? "the data: " + data.span() : "nothing, as the run holds no data inside it")));
            start = from;
            end = OptionalLong.of(Math.max(from, to));
        }
        boolean cutAt30Days = t0Usable && !inverted && (!t1Usable || keepToUs() < t1.getAsLong());
        if (cutAt30Days && framesRead.rowsAfterEnd() > 0) {
            frameDiagnostics.add(new Finding(FramesCsvReader.FILE, framesRead.firstLineAfterEnd(),
                    framesRead.rowsAfterEnd() + (framesRead.rowsAfterEnd() == 1 ? " row is" : " rows are")
                    + " stamped more than " + MAX_DAYS + " days after T0_US (the first at this line)"
                    + (t1Usable ? "" : " and the run has no T1_US") + ": no run is that long, so they are left out"));
        }
        return new Judged(start, end, framesRead.frames(framesFrom, Long.MAX_VALUE));
    }

    private long lineOf(String key) {
        Long line = meta.lineOf().get(key);
        return line == null ? 0 : line;
    }

    /** Whether {@code [start, end]} is longer than {@link #MAX_WINDOW_US}, without overflow. */
    static boolean longerThanAnyRun(long start, long end) {
        if (end <= start) {
            return false;
        }
        long length = end - start;
        return length < 0 || length > MAX_WINDOW_US; // a negative length overflowed: longer than any
    }

    /** {@code a + b}, or the nearest {@code long} when the sum does not fit. */
    static long saturatedAdd(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    /** The first and last timestamp of the data kept: frames, or Prometheus samples when there is no frame. */
    private static final class Data {
        final boolean any;
        final long first;
        final long last;
        final String firstName;
        final String lastName;

        private Data(boolean any, long first, long last, String firstName, String lastName) {
            this.any = any;
            this.first = first;
            this.last = last;
            this.firstName = firstName;
            this.lastName = lastName;
        }

        static Data of(FramesCsvReader.Result frames, List<Samples> series, long from, long to) {
            if (frames.size() > 0) {
                return new Data(true, frames.firstReceiveUs(), frames.lastReceiveUs(),
                        "first frame received", "last frame received");
            }
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (Samples s : series) {
                for (int i = 0; i < s.size(); i++) {
                    long wall = s.wallUs(i);
                    if (wall >= from && wall <= to) {
                        first = Math.min(first, wall);
                        last = Math.max(last, wall);
                    }
                }
            }
            return first <= last ? new Data(true, first, last, "first Prometheus sample", "last Prometheus sample")
                    : new Data(false, 0, 0, "", "");
        }

        String span() {
            return "the " + firstName + " (" + first + ") to the " + lastName + " (" + last + ")";
        }
    }
}
