package dev.fecunit.report;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;
import dev.fecunit.analysis.SummaryFigure;

import java.util.List;
import java.util.Map;

/**
 * The {@code --json} document and {@code summary.json}:
 * {@code {"runs":[{"name", "path", "meta", "summary":{...}, "diagnostics":[{"file","line","message"}]}]}}.
 * Summary keys are the seed's sixteen in {@code snake_case} plus {@code frame_loss_pct} and
 * {@code recovery_rate_pct}; a figure without data is {@code null}.
 */
public final class SummaryJson {

    private SummaryJson() {
    }

    /** The document for {@code runs}, in order. */
    public static String render(List<Run> runs) {
        JsonWriter json = new JsonWriter();
        json.beginObject().name("runs").beginArray();
        for (Run run : runs) {
            writeRun(json, run, RunSummary.of(run));
        }
        json.endArray().endObject();
        return json.toString();
    }

    /** Writes one run's object: name, path, meta, summary, diagnostics. */
    static void writeRun(JsonWriter json, Run run, RunSummary summary) {
        json.beginObject();
        json.name("name").value(run.name());
        json.name("path").value(run.path().toAbsolutePath().normalize().toString());
        json.name("meta").beginObject();
        for (Map.Entry<String, String> e : run.meta().values().entrySet()) {
            json.name(e.getKey()).value(e.getValue());
        }
        json.endObject();
        json.name("summary").beginObject();
        for (SummaryFigure figure : SummaryFigure.values()) {
            json.name(figure.key());
            if (figure.isFrameCount()) {
                json.value((long) figure.of(summary));
            } else {
                json.value(figure.of(summary));
            }
        }
        json.endObject();
        json.name("diagnostics").beginArray();
        for (Diagnostic d : run.diagnostics()) {
            json.beginObject().name("file").value(d.file()).name("line").value(d.line())
                    .name("message").value(d.message()).endObject();
        }
        json.endArray();
        json.endObject();
    }
}
