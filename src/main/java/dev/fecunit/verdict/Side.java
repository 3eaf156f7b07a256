package dev.fecunit.verdict;

import dev.fecunit.Run;
import dev.fecunit.analysis.Ratio;
import dev.fecunit.internal.verdict.Blocks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One side of a comparison (the candidate or the baseline): its runs cut into measured blocks. */
final class Side {

    final int blockCount;
    final int runCount;
    final double secondsPerRun;
    final Map<String, Integer> strata = new LinkedHashMap<>();
    /** Per run, the stratum of each block. */
    final List<List<String>> runStrata = new ArrayList<>();
    /** Per run, what each block contributes ({@link Metric#measure}). */
    final List<List<Object>> runMeasures = new ArrayList<>();

    Side(RunSet runs, Metric metric, Blocking blocking, long fixedBlockUs) {
        long totalUs = 0;
        int blocks = 0;
        for (Run run : runs) {
            List<String> kinds = new ArrayList<>();
            List<Object> measures = new ArrayList<>();
            for (Blocks.Block block : Blocks.of(run, blocking, fixedBlockUs)) {
                kinds.add(block.stratum());
                measures.add(metric.measure(run, block.scope()));
                strata.merge(block.stratum(), 1, Integer::sum);
                totalUs += block.scope().durationUs();
                blocks++;
            }
            runStrata.add(kinds);
            runMeasures.add(measures);
        }
        this.blockCount = blocks;
        this.runCount = runs.size();
        this.secondsPerRun = totalUs / 1e6 / runs.size();
    }

    /** Blocks given directly, ratio figures, each with its kind. */
    Side(List<List<Ratio>> ratiosPerRun, List<List<String>> kindsPerRun) {
        if (ratiosPerRun.size() != kindsPerRun.size()) {
            throw new IllegalArgumentException("Blocks of " + ratiosPerRun.size() + " runs but kinds of " + kindsPerRun.size());
        }
        int blocks = 0;
        for (int r = 0; r < ratiosPerRun.size(); r++) {
            List<Ratio> run = ratiosPerRun.get(r);
            List<String> kinds = kindsPerRun.get(r);
            if (run.size() != kinds.size()) {
                throw new IllegalArgumentException("Run " + r + " has " + run.size() + " blocks but " + kinds.size() + " kinds");
            }
            runStrata.add(List.copyOf(kinds));
            runMeasures.add(new ArrayList<>(run));
            kinds.forEach(k -> strata.merge(k, 1, Integer::sum));
            blocks += run.size();
        }
        this.blockCount = blocks;
        this.runCount = ratiosPerRun.size();
        this.secondsPerRun = Double.NaN;
    }

    /** The side's figure, linearized block by block. */
    Spread spread(Metric metric, double confidence, String sideName) {
        return Spread.of(runStrata, runMeasures, metric == null || metric.isRatio() ? Double.NaN : metric.fraction(),
                confidence, sideName);
    }
}
