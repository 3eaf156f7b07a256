package dev.fecunit.internal.report;

import dev.fecunit.internal.format.JsonWriter;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import dev.fecunit.analysis.Figure;
import dev.fecunit.analysis.Figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code --json} document and {@code summary.json}:
 * {@code {"runs":[{"name", "path", "meta", "summary":{...}, "diagnostics":[{"file","line","message"}]}]}}.
 * Summary keys are the figure catalogue's ({@link Figures#summary()}): the seed's sixteen in
 * {@code snake_case}, {@code frame_loss_pct}, {@code recovery_rate_pct}, then the FEC recovery figures
 * ({@code fec_recovery_success_pct}, {@code loss_repaired_by_fec_pct}, {@code residual_loss_per_second},
 * {@code fec_overhead_pct}) and {@code network_loss_pct}; a figure without data is {@code null}.
 *
 * <pre>{@code
 * Files.writeString(Path.of("summary.json"), SummaryJson.render(List.of(baseline, fec)));
 * }</pre>
 *
 * <p>Each run's object is written member by member ({@link RunJsonMember}); add a member to
 * {@link #standardMembers()} (or pass your own list) to extend the document.
 */
public final class SummaryJson {

    private SummaryJson() {
    }

    /** The document for {@code runs}, in order, with the standard members. */
    public static String render(List<Run> runs) {
        return render(ReportedRun.of(runs), standardMembers());
    }

    /** The document for already summarised {@code runs}, each run's object made of {@code members}. */
    public static String render(List<ReportedRun> runs, List<RunJsonMember> members) {
        JsonWriter json = new JsonWriter();
        json.beginObject().name("runs").beginArray();
        for (ReportedRun run : runs) {
            writeRun(json, run, members);
        }
        json.endArray().endObject();
        return json.toString();
    }

    /** Writes one run's object with the standard members (the sweep document embeds these). */
    static void writeRun(JsonWriter json, Run run) {
        writeRun(json, new ReportedRun(run), standardMembers());
    }

    private static void writeRun(JsonWriter json, ReportedRun run, List<RunJsonMember> members) {
        json.beginObject();
        for (RunJsonMember member : members) {
            json.name(member.key());
            member.writeValue(run, json);
        }
        json.endObject();
    }

    /**
     * The members of a run's object, in order: {@code name}, {@code path} (absolute),
     * {@code meta} (every {@code meta.env} pair), {@code summary}, {@code diagnostics}, then the
     * per-burst figures and freezes ({@link BurstSections}): {@code bursts}, {@code burst_totals},
     * {@code steady_totals}, {@code freezes}.
     */
    public static List<RunJsonMember> standardMembers() {
        List<RunJsonMember> members = new ArrayList<>();
        members.add(RunJsonMember.of("name", (run, json) -> json.value(run.name())));
        members.add(RunJsonMember.of("path",
                (run, json) -> json.value(run.run().path().toAbsolutePath().normalize().toString())));
        members.add(RunJsonMember.of("meta", SummaryJson::writeMeta));
        members.add(RunJsonMember.of("summary", SummaryJson::writeSummary));
        members.add(RunJsonMember.of("diagnostics", SummaryJson::writeDiagnostics));
        members.add(BurstSections.burstsMember());
        members.add(BurstSections.burstTotalsMember());
        members.add(BurstSections.steadyTotalsMember());
        members.add(BurstSections.freezesMember());
        return List.copyOf(members);
    }

    private static void writeMeta(ReportedRun run, JsonWriter json) {
        json.beginObject();
        for (Map.Entry<String, String> e : run.run().meta().values().entrySet()) {
            json.name(e.getKey()).value(e.getValue());
        }
        json.endObject();
    }

    /** The catalogue's summary figures ({@link Figures#summary()}): the run summary's, then those computed on the run. */
    private static void writeSummary(ReportedRun run, JsonWriter json) {
        json.beginObject();
        for (Figure figure : Figures.summary()) {
            json.name(figure.summaryKey());
            if (figure.isFrameCount()) {
                json.value((long) figure.of(run.summary()));
            } else {
                json.value(figure.inSummary() ? figure.of(run.summary()) : figure.of(run.run()));
            }
        }
        json.endObject();
    }

    private static void writeDiagnostics(ReportedRun run, JsonWriter json) {
        json.beginArray();
        for (Diagnostic d : run.run().diagnostics()) {
            json.beginObject().name("file").value(d.file()).name("line").value(d.line())
                    .name("message").value(d.message()).endObject();
        }
        json.endArray();
    }
}
