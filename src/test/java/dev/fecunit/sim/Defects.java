package dev.fecunit.sim;

/**
 * Things that go wrong while the harness records a run, to be written into an otherwise
 * faithful run directory. Each one is a case a reader of run directories must survive and
 * report (see docs/run-directory.md); the simulator records where it wrote each one
 * ({@link DefectLocation}).
 *
 * @param diesAtS            the harness died this many seconds after T0: files end there, meta.env
 *                           has no {@code T1_US}, events.csv no {@code shaper_stopped}; 0 when it finished
 * @param sfuRestartAtS      the SFU restarted this many seconds after T0 (every counter restarts from
 *                           0, the publisher reconnects); 0 for no restart
 * @param sfuDowntimeS       how long the SFU was gone: no scrapes, no forwarded frames
 * @param reorderedRows      how many times two consecutive frames are logged in swapped order
 * @param duplicatedRows     how many frames are logged a second time, a little later
 * @param truncatedLastRow   frames.csv ends in a half-written row without a newline
 * @param malformedEventLine events.csv holds a stray line without a timestamp (the seed crashes on it)
 * @param malformedPromLines prom.tsv holds one line missing its value field and one whose value is not
 *                           a number
 */
public record Defects(
        double diesAtS,
        double sfuRestartAtS,
        double sfuDowntimeS,
        int reorderedRows,
        int duplicatedRows,
        boolean truncatedLastRow,
        boolean malformedEventLine,
        boolean malformedPromLines) {

    /** A clean run. */
    public static final Defects NONE = new Defects(0, 0, 0, 0, 0, false, false, false);

    /** Checks the ranges. */
    public Defects {
        if (diesAtS < 0 || sfuRestartAtS < 0 || sfuDowntimeS < 0 || reorderedRows < 0 || duplicatedRows < 0) {
            throw new IllegalArgumentException("defect parameters cannot be negative");
        }
        if (sfuRestartAtS > 0 && sfuDowntimeS <= 0) {
            throw new IllegalArgumentException("an SFU restart needs a positive downtime");
        }
    }

    /**
     * Everything at once, as in a run that died: the SFU restarts after 17.3 s (gone for 2.4 s),
     * the harness dies after 35.2 s in the middle of a burst, two frames logged out of order,
     * two logged twice, a half-written last row, a stray error line in events.csv and two broken
     * lines in prom.tsv.
     */
    public static Defects diedRun() {
        return new Defects(35.2, 17.3, 2.4, 2, 2, true, true, true);
    }

    /** Whether the harness died before writing {@code T1_US}. */
    public boolean died() {
        return diesAtS > 0;
    }

    /** Whether the SFU restarted during the run. */
    public boolean sfuRestarts() {
        return sfuRestartAtS > 0;
    }

    /** Whether any defect is injected. */
    public boolean any() {
        return !equals(NONE);
    }
}
