package dev.fecunit.verdict;

import dev.fecunit.Run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** One side of a comparison (the candidate or the baseline): its runs cut into measured blocks. */
final class Side {

    final RunSet runs;
    final int blockCount;
    final double secondsPerRun;
    final Map<String, Integer> strata = new LinkedHashMap<>();
    private final Metric.Estimator estimator;
    /** For each run, for each stratum, the global indices of its blocks. */
    private final List<List<int[]>> runStrata = new ArrayList<>();
    /** For each stratum across all runs, the global indices of its blocks. */
    private final List<int[]> pooledStrata = new ArrayList<>();
    private final List<int[]> runBlocks = new ArrayList<>();

    Side(RunSet runs, Metric metric, Blocking blocking, long fixedBlockUs) {
        this.runs = runs;
        List<Object> measures = new ArrayList<>();
        Map<String, List<Integer>> pooled = new LinkedHashMap<>();
        long totalUs = 0;
        for (Run run : runs) {
            Map<String, List<Integer>> byStratum = new LinkedHashMap<>();
            List<Integer> all = new ArrayList<>();
            for (Blocks.Block block : Blocks.of(run, blocking, fixedBlockUs)) {
                int index = measures.size();
                measures.add(metric.measure(run, block.scope()));
                byStratum.computeIfAbsent(block.stratum(), s -> new ArrayList<>()).add(index);
                pooled.computeIfAbsent(block.stratum(), s -> new ArrayList<>()).add(index);
                all.add(index);
                strata.merge(block.stratum(), 1, Integer::sum);
                totalUs += block.scope().durationUs();
            }
            List<int[]> perRun = new ArrayList<>();
            byStratum.values().forEach(list -> perRun.add(toArray(list)));
            runStrata.add(perRun);
            runBlocks.add(toArray(all));
        }
        pooled.values().forEach(list -> pooledStrata.add(toArray(list)));
        this.blockCount = measures.size();
        this.secondsPerRun = totalUs / 1e6 / runs.size();
        this.estimator = metric.estimator(measures);
    }

    /** The figure of all blocks of all runs, each once. */
    double figure() {
        int[] weights = new int[blockCount];
        java.util.Arrays.fill(weights, 1);
        return estimator.value(weights);
    }

    /** The figure of one resample drawn with {@code method}. */
    double resample(Method method, SplittableRandom random, int[] weights) {
        java.util.Arrays.fill(weights, 0);
        switch (method) {
            case WINDOWS -> pooledStrata.forEach(stratum -> draw(stratum, random, weights));
            case RUNS_THEN_WINDOWS -> {
                for (int r = 0; r < runStrata.size(); r++) {
                    runStrata.get(random.nextInt(runStrata.size())).forEach(stratum -> draw(stratum, random, weights));
                }
            }
            case RUNS -> {
                for (int r = 0; r < runBlocks.size(); r++) {
                    for (int b : runBlocks.get(random.nextInt(runBlocks.size()))) {
                        weights[b]++;
                    }
                }
            }
            default -> throw new IllegalStateException("unresolved method " + method);
        }
        return estimator.value(weights);
    }

    private static void draw(int[] stratum, SplittableRandom random, int[] weights) {
        for (int k = 0; k < stratum.length; k++) {
            weights[stratum[random.nextInt(stratum.length)]]++;
        }
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
