package dev.fecunit.hostile;

import dev.fecunit.sim.Defects;
import dev.fecunit.sim.HarnessSimulator;
import dev.fecunit.sim.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A realistic run directory written by the harness simulator, before any mutation: the starting
 * point of a generated case. Simulating is deterministic, so each base run is simulated once per JVM.
 *
 * @param seed      the simulator's seed
 * @param durationS the planned measurement window, seconds
 * @param fec       FlexFEC on (else the baseline)
 * @param shaped    burst loss from the shaper (events.csv); else a uniform drop at the SFU (no events.csv)
 * @param defects   the harness died: no T1_US, an SFU restart, reordered, duplicated and cut rows, broken lines
 */
record BaseRun(long seed, int durationS, boolean fec, boolean shaped, boolean defects) {

    private static final Map<BaseRun, RunFiles> SIMULATED = new ConcurrentHashMap<>();

    /** The run's files (a copy the caller may mutate). */
    RunFiles files() {
        return SIMULATED.computeIfAbsent(this, BaseRun::simulate).copy();
    }

    /** Smaller base runs, for shrinking: a shorter window, no defects, no shaping. */
    List<BaseRun> simpler() {
        List<BaseRun> simpler = new ArrayList<>();
        if (defects) {
            simpler.add(new BaseRun(seed, durationS, fec, shaped, false));
        }
        if (durationS > 8) {
            simpler.add(new BaseRun(seed, Math.max(8, durationS / 2), fec, shaped, defects));
        }
        if (shaped) {
            simpler.add(new BaseRun(seed, durationS, fec, false, defects));
        }
        return simpler;
    }

    private RunFiles simulate() {
        Scenario.Mode mode = fec ? Scenario.Mode.FEC : Scenario.Mode.BASELINE;
        Scenario.Builder scenario = (shaped ? Scenario.burstLoss(mode) : Scenario.uniformDrop(mode, 5)).toBuilder()
                .seed(seed).durationS(durationS);
        if (defects) {
            // as Defects.diedRun(), scaled to the window
            scenario.defects(new Defects(durationS * 0.8, durationS * 0.4, 1.0, 1, 1, true, true, true));
        }
        try {
            Path dir = Files.createTempDirectory("fecunit-base-run");
            try {
                HarnessSimulator.write(scenario.build(), dir);
                return RunFiles.read(dir);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Files.delete(file);
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
