package dev.fecunit.analysis;

import dev.fecunit.Run;
import dev.fecunit.internal.analysis.BurstBreakdown;
import dev.fecunit.internal.analysis.FrameAnalysis;
import dev.fecunit.internal.analysis.FreezeAnalysis;
import dev.fecunit.internal.analysis.HeldFigures;
import dev.fecunit.internal.analysis.RecoveryTime;
import dev.fecunit.internal.analysis.RunWindows;
import dev.fecunit.internal.analysis.SteadyRange;
import dev.fecunit.testing.TwoBurstRun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysedRunTest {

    private static final int THREADS = 8;

    @TempDir
    Path dir;

    @Test
    void threadsAskingForARunsFiguresAtOnceAllGetTheOneComputation() throws Exception {
        List<Function<Run, Object>> figures = List.of(AnalysedRun::of, RunSummary::of, BurstBreakdown::of,
                SteadyRange::of, FreezeAnalysis::of, RecoveryTime::afterEachBurst, FrameAnalysis::fpsSeries,
                FrameAnalysis::gaps, FrameAnalysis::latencySeries, HeldFigures::of, r -> RunSummary.of(r, Scope.bursts(r)),
                Scope::outsideBursts);

        for (int f = 0; f < figures.size(); f++) {
            Function<Run, Object> figure = figures.get(f);
            Run run = TwoBurstRun.load(dir, "run" + f, TwoBurstRun.LOST); // fresh: its holder is created in the race too
            List<Object> seen = atOnce(() -> figure.apply(run));
            assertThat(seen).hasSize(THREADS).allSatisfy(result -> assertThat(result).isSameAs(seen.get(0)));
        }
    }

    @Test
    void eachRunHoldsItsOwnFigures() {
        Run first = TwoBurstRun.load(dir, "a", TwoBurstRun.LOST);
        Run second = TwoBurstRun.load(dir, "b", TwoBurstRun.LOST);

        assertThat(AnalysedRun.of(first)).isNotSameAs(AnalysedRun.of(second));
        assertThat(AnalysedRun.of(first).run()).isSameAs(first);
        assertThat(RunSummary.of(first)).isEqualTo(RunSummary.of(second)).isNotSameAs(RunSummary.of(second));
        assertThat(FrameAnalysis.fpsSeries(first)).isNotSameAs(FrameAnalysis.fpsSeries(second));
    }

    @Test
    void theHeldScopesGiveTheHeldFiguresAndAnEqualScopeGivesEqualFigures() {
        Run run = TwoBurstRun.load(dir, "fec", TwoBurstRun.LOST);
        AnalysedRun analysed = AnalysedRun.of(run);

        assertThat(RunSummary.of(run, Scope.bursts(run))).isSameAs(analysed.summaryDuringBursts());
        assertThat(FreezeAnalysis.of(run, Scope.outsideBursts(run))).isSameAs(FreezeAnalysis.of(run, Scope.outsideBursts(run)));
        Scope burst0 = RunWindows.bursts(run).get(0).scope();
        assertThat(FreezeAnalysis.of(run, burst0)).isNotSameAs(FreezeAnalysis.of(run, burst0));
        assertThat(RunSummary.of(run, burst0)).isEqualTo(RunSummary.of(run, burst0));
    }

    /** Runs {@code task} on {@link #THREADS} real threads released together; their results in thread order. */
    private static List<Object> atOnce(Callable<Object> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<Object>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
