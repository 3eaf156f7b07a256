package dev.fecunit.sim;

import dev.fecunit.sim.HarnessSimulator.Recording;
import dev.fecunit.sim.TrackSimulator.DeliveredFrame;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Spells a {@link Recording} into the four files of a run directory, exactly as the harness
 * writes them, and injects the scenario's {@link Defects}, noting the line of each.
 */
final class RunDirectoryWriter {

    private static final String FRAMES_HEADER = "recv_wall_us,frame_id,user_timestamp_us,width,height";
    /** A Go scraper printing a nil value: the non-numeric value of the broken prom.tsv line. */
    private static final String NON_NUMERIC_VALUE = "<nil>";
    /** A tc error the shaper script echoed into its log, without a timestamp. */
    private static final String STRAY_EVENT_LINE = "shaper_error,tc qdisc change failed";

    private final Recording recording;
    private final Scenario scenario;
    private final Defects defects;
    private final SplittableRandom random;
    private final List<DefectLocation> locations = new ArrayList<>();

    RunDirectoryWriter(Recording recording) {
        this.recording = recording;
        this.scenario = recording.scenario();
        this.defects = scenario.defects();
        this.random = recording.defectRandom();
    }

    WrittenRun writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        writeMeta(dir.resolve("meta.env"));
        int rows = writeFrames(dir.resolve("frames.csv"));
        writeProm(dir.resolve("prom.tsv"));
        writeEvents(dir.resolve("events.csv"));
        locations.sort(Comparator.comparing(DefectLocation::file).thenComparingInt(DefectLocation::line));
        return new WrittenRun(dir, rows, locations);
    }

    private String newline() {
        return scenario.windowsLineEndings() ? "\r\n" : "\n";
    }

    // ---------- meta.env ----------

    private void writeMeta(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "MODE=" + scenario.mode().metaValue(),
                "T0_US=" + scenario.t0Us(),
                "DURATION_S=" + scenario.durationS(),
                "BASE_LOSS=" + Scenario.decimal(scenario.baseLoss()),
                "BURST_LOSS=" + Scenario.decimal(scenario.burstLoss()),
                "BURST_EVERY=" + scenario.burstEveryS(),
                "BURST_LEN=" + scenario.burstLenS(),
                "SHAPING=" + (scenario.shaping() ? 1 : 0),
                "DEBUG_DROP=" + scenario.debugDropPercent(),
                "FEC_RATE=" + scenario.fecRatePercent(),
                "FEC_MASK_TYPE=" + scenario.fecMask().metaValue(),
                "CODEC=" + scenario.codec()));
        // The harness appends T1_US when the window closes; a run that died never got there.
        if (defects.died()) {
            locations.add(new DefectLocation("meta.env", lines.size() + 1,
                    "T1_US missing: the harness died before closing the measurement window"));
        } else {
            lines.add("T1_US=" + recording.t1Us());
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line + newline());
            }
        }
    }

    // ---------- frames.csv ----------

    /** One logged row; {@code note} says what is wrong with it, null for a faithful row. */
    private record Row(long recvUs, long frameId, long captureUs, String note) {
    }

    private int writeFrames(Path file) throws IOException {
        List<DeliveredFrame> rendered = recording.frames();
        List<Row> rows = new ArrayList<>();
        DeliveredFrame firstUnlogged = null;
        for (DeliveredFrame f : rendered) {
            if (f.recvUs() > recording.stopUs()) {
                firstUnlogged = f;
                break;
            }
            rows.add(new Row(f.recvUs(), f.frameId(), f.captureUs(), null));
        }
        long windowEndUs = Math.min(recording.stopUs(), recording.t1Us());
        long spanUs = windowEndUs - scenario.t0Us();
        for (int n = 0; n < defects.reorderedRows(); n++) {
            reorder(rows, scenario.t0Us() + spanUs * (25 + 30 * n) / 100);
        }
        for (int n = 0; n < defects.duplicatedRows(); n++) {
            duplicate(rows, scenario.t0Us() + spanUs * (40 + 35 * n) / 100);
        }
        rows.sort(Comparator.comparingLong(Row::recvUs)); // a reordered row moves behind its successor

        String nl = newline();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(FRAMES_HEADER + nl);
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                out.write(row.recvUs() + "," + row.frameId() + "," + row.captureUs() + ","
                        + scenario.width() + "," + scenario.height() + nl);
                if (row.note() != null) {
                    locations.add(new DefectLocation("frames.csv", i + 2, row.note()));
                }
            }
            if (defects.truncatedLastRow() && firstUnlogged != null) {
                // The harness died while writing the next row: cut inside user_timestamp_us.
                String capture = Long.toString(firstUnlogged.captureUs());
                out.write(firstUnlogged.recvUs() + "," + firstUnlogged.frameId() + "," + capture.substring(0, 5));
                locations.add(new DefectLocation("frames.csv", rows.size() + 2,
                        "half-written last row (2 of 5 fields and a cut number, no newline)"));
            }
        }
        return rows.size();
    }

    /** Frame N is logged a few milliseconds after frame N+1 (the logging thread lagged). */
    private void reorder(List<Row> rows, long aroundUs) {
        int i = consecutiveFrom(rows, aroundUs);
        Row late = rows.get(i);
        Row next = rows.get(i + 1);
        long recvUs = Math.min(next.recvUs() + random.nextLong(2_000, 5_000), rows.get(i + 2).recvUs() - 1);
        rows.set(i, new Row(recvUs, late.frameId(), late.captureUs(),
                "frame " + late.frameId() + " logged after frame " + next.frameId() + " (reordered)"));
        rows.set(i + 1, new Row(next.recvUs(), next.frameId(), next.captureUs(),
                "frame " + next.frameId() + " logged before frame " + late.frameId() + " (reordered)"));
    }

    /** Frame N is logged a second time between frames N+1 and N+2. */
    private void duplicate(List<Row> rows, long aroundUs) {
        int i = consecutiveFrom(rows, aroundUs);
        Row original = rows.get(i);
        long recvUs = (rows.get(i + 1).recvUs() + rows.get(i + 2).recvUs()) / 2;
        rows.add(i + 2, new Row(recvUs, original.frameId(), original.captureUs(),
                "frame " + original.frameId() + " logged a second time (duplicate)"));
    }

    /** The first faithful row at or after {@code aroundUs} that starts three consecutive faithful frames. */
    private static int consecutiveFrom(List<Row> rows, long aroundUs) {
        for (int i = 0; i + 2 < rows.size(); i++) {
            Row a = rows.get(i);
            Row b = rows.get(i + 1);
            Row c = rows.get(i + 2);
            boolean faithful = a.note() == null && b.note() == null && c.note() == null;
            if (a.recvUs() >= aroundUs && faithful && b.frameId() == a.frameId() + 1
                    && c.frameId() == b.frameId() + 1) {
                return i;
            }
        }
        throw new IllegalStateException("no three consecutive frames after " + aroundUs);
    }

    // ---------- prom.tsv ----------

    private void writeProm(Path file) throws IOException {
        SfuCounters counters = recording.counters();
        long[][] values = counters.values();
        int polls = counters.pollCount();
        int missingValuePoll = defects.malformedPromLines() ? polls * 2 / 5 : -1;
        int nonNumericPoll = defects.malformedPromLines() ? polls * 7 / 10 : -1;
        int nackSeries = counters.seriesIndex("livekit_nack_total{");
        int packetSeries = counters.seriesIndex("livekit_packet_total{");
        int line = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int p = 0; p < polls; p++) {
                long pollUs = counters.pollUs(p);
                if (p == counters.firstPollAfterRestart()) {
                    locations.add(new DefectLocation("prom.tsv", line + 1,
                            "SFU restarted: from this poll on every counter counts again from 0"));
                }
                for (int s = 0; s < counters.seriesCount(); s++) {
                    line++;
                    String prefix = pollUs + "\t" + counters.seriesName(s);
                    if (p == missingValuePoll && s == nackSeries) {
                        out.write(prefix + "\n");
                        locations.add(new DefectLocation("prom.tsv", line, "value field missing (2 fields)"));
                    } else if (p == nonNumericPoll && s == packetSeries) {
                        out.write(prefix + "\t" + NON_NUMERIC_VALUE + "\n");
                        locations.add(new DefectLocation("prom.tsv", line,
                                "non-numeric value " + NON_NUMERIC_VALUE));
                    } else {
                        out.write(prefix + "\t" + PromText.value(values[s][p]) + "\n");
                    }
                }
            }
        }
    }

    // ---------- events.csv ----------

    private void writeEvents(Path file) throws IOException {
        List<ShapedLink.Event> events = recording.events();
        if (events.isEmpty()) {
            // No shaping, no shaper log: a file left from an earlier run would lie.
            Files.deleteIfExists(file);
            return;
        }
        List<String> lines = new ArrayList<>();
        int burstsOn = 0;
        ShapedLink.Event last = null;
        for (ShapedLink.Event event : events) {
            if (event.wallUs() > recording.stopUs()) {
                break;
            }
            lines.add(event.line());
            last = event;
            if (event.text().equals("burst_on") && ++burstsOn == 3 && defects.malformedEventLine()) {
                lines.add(STRAY_EVENT_LINE);
                locations.add(new DefectLocation("events.csv", lines.size(),
                        "no timestamp: a tc error echoed into the shaper log"));
            }
        }
        if (defects.died() && last != null && last.text().equals("burst_on")) {
            locations.add(new DefectLocation("events.csv", lines.size(),
                    "burst_on without burst_off: the harness died during the burst"));
        }
        if (defects.died()) {
            locations.add(new DefectLocation("events.csv", lines.size() + 1, "shaper_stopped missing"));
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line + "\n");
            }
        }
    }
}
