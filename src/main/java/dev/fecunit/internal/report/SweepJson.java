package dev.fecunit.internal.report;

import dev.fecunit.internal.format.JsonWriter;

import dev.fecunit.Diagnostic;
import dev.fecunit.sweep.CellFigures;
import dev.fecunit.sweep.SweepCell;
import dev.fecunit.sweep.SweepFigures;

import java.util.ArrayList;
import java.util.List;

/**
 * The sweep's {@code --json} document: the sweep directory, the manifest's diagnostics and skipped cells,
 * and every usable cell (in the CSV's order) with its parameters and its run as {@code summary.json}
 * writes runs:
 * {@code {"sweep", "diagnostics":[{"file","line","message"}], "cells":[{"config", "mode", "loss",
 * "loss_label", "fec_rate", "fec_mask", "leaf", "run":{"name", "path", "meta", "summary", "diagnostics"}}]}}.
 */
public final class SweepJson {

    private SweepJson() {
    }

    /** The document for {@code figures}. */
    public static String render(SweepFigures figures) {
        JsonWriter json = new JsonWriter();
        json.beginObject();
        json.name("sweep").value(figures.sweep().path().toAbsolutePath().normalize().toString());
        List<Diagnostic> diagnostics = new ArrayList<>(figures.sweep().diagnostics());
        diagnostics.addAll(figures.skipped());
        json.name("diagnostics").beginArray();
        for (Diagnostic d : diagnostics) {
            json.beginObject().name("file").value(d.file()).name("line").value(d.line())
                    .name("message").value(d.message()).endObject();
        }
        json.endArray();
        json.name("cells").beginArray();
        for (CellFigures c : figures.inCsvOrder()) {
            SweepCell cell = c.cell();
            json.beginObject();
            json.name("config").value(cell.config());
            json.name("mode").value(cell.mode());
            json.name("loss").value(cell.loss());
            json.name("loss_label").value(cell.lossLabel());
            json.name("fec_rate").value(cell.fecRate());
            json.name("fec_mask").value(cell.fecMask());
            json.name("leaf").value(cell.leaf());
            json.name("run");
            SummaryJson.writeRun(json, cell.run());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        return json.toString();
    }
}
