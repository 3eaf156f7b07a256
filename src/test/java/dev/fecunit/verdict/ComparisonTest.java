package dev.fecunit.verdict;

import dev.fecunit.Run;
import dev.fecunit.internal.verdict.Blocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ComparisonTest {

    @TempDir
    Path dir;

    @Test
    void constantLossInEveryBlockGivesADegenerateIntervalAndTheWholeStoryInWords() {
        // 10 s without bursts = two 5 s blocks of 100 frames; the candidate loses 2 per block, the baseline 1.
        Run candidate = TinyRuns.losing(dir.resolve("fec"), 10, Set.of(30L, 60L, 130L, 160L));
        Run baseline = TinyRuns.losing(dir.resolve("baseline"), 10, Set.of(30L, 130L));

        ComparisonResult result = Comparison.of(Metric.FRAME_LOSS_RATE)
                .candidate(candidate).baseline(baseline).minimumChange(0.5).compare();

        assertThat(result.verdict()).isEqualTo(Verdict.WORSE);
        assertThat(result.candidateFigure()).isEqualTo(2.0);
        assertThat(result.baselineFigure()).isEqualTo(1.0);
        assertThat(result.differenceInterval()).isEqualTo(new Interval(1.0, 1.0));
        assertThat(result.ratioInterval()).isEqualTo(new Interval(2.0, 2.0));
        assertThat(result.method()).isEqualTo(Method.WINDOWS);
        assertThat(result.describe()).isEqualTo("frame loss rate (%, lower is better): WORSE\n"
                + "  candidate: 2 % (1 run, 2 blocks, 10 s per run)\n"
                + "  baseline:  1 % (1 run, 2 blocks, 10 s per run)\n"
                + "  difference: +1 % [95 % interval +1, +1], ratio 2 [2, 2]\n"
                + "  minimum relevant change: 0.5 %\n"
                + "  method: t interval, noise from the blocks paired by position between candidate and baseline"
                + " (candidate 2 fixed blocks; baseline 2 fixed blocks)\n"
                + "  candidate runs: " + dir.resolve("fec") + "\n"
                + "  baseline runs: " + dir.resolve("baseline"));
    }

    @Test
    void aDifferenceWithinTheMinimumChangeIsSame() {
        Run candidate = TinyRuns.losing(dir.resolve("fec"), 10, Set.of(30L, 60L, 130L, 160L));
        Run baseline = TinyRuns.losing(dir.resolve("baseline"), 10, Set.of(30L, 130L));

        ComparisonResult result = Comparison.of(Metric.FRAME_LOSS_RATE).candidate(candidate).baseline(baseline)
                .minimumChange(1.0).compare();

        assertThat(result.verdict()).isEqualTo(Verdict.SAME);
    }

    @Test
    void runsOfASetArePooledAsSummedNumeratorsOverSummedDenominatorsNotAMeanOfRatios() {
        // Run a: 10 s, 10 frames lost of 200 (5 %); run b: 20 s, 0 lost of 400. Pooled: 10 / 600 = 1.667 %,
        // whereas the mean of the two rates would be 2.5 %.
        Set<Long> ten = new HashSet<>();
        for (long id = 11; id <= 200; id += 20) {
            ten.add(id);
        }
        Run a = TinyRuns.losing(dir.resolve("a/fec"), 10, ten);
        Run b = TinyRuns.losing(dir.resolve("b/fec"), 20, Set.of());

        ComparisonResult result = Comparison.of(Metric.FRAME_LOSS_RATE)
                .candidate(RunSet.of(a, b)).baseline(b).compare();

        assertThat(result.candidateFigure()).isCloseTo(100.0 * 10 / 600, within(1e-12));
        assertThat(result.method()).isEqualTo(Method.RUNS_THEN_WINDOWS);
        assertThat(result.candidate().size()).isEqualTo(2);
        assertThat(result.candidateBlocks()).isEqualTo(6);
    }

    @Test
    void theSameInputsAlwaysGiveTheSameResult() {
        Run candidate = noisy(dir.resolve("fec"), 60, 11, 0.04);
        Run baseline = noisy(dir.resolve("baseline"), 60, 12, 0.02);

        ComparisonResult first = Comparison.of(Metric.FRAME_LOSS_RATE).candidate(candidate).baseline(baseline).compare();
        ComparisonResult second = Comparison.of(Metric.FRAME_LOSS_RATE).candidate(candidate).baseline(baseline).compare();

        assertThat(second.differenceInterval()).isEqualTo(first.differenceInterval());
        assertThat(second.describe()).isEqualTo(first.describe());
        assertThat(first.differenceInterval().width()).as("noisy runs give a proper interval")
                .isNotNaN().isGreaterThan(0.0);
    }

    @Test
    void aLargeRegressionIsWorseAndNoChangeIsNotWorse() {
        Run bad = noisy(dir.resolve("bad"), 120, 1, 0.10);
        Run good = noisy(dir.resolve("good"), 120, 2, 0.01);
        Run alsoGood = noisy(dir.resolve("also-good"), 120, 3, 0.01);

        assertThat(Comparison.of(Metric.FRAME_LOSS_RATE).candidate(bad).baseline(good).compare().verdict())
                .isEqualTo(Verdict.WORSE);
        assertThat(Comparison.of(Metric.FRAME_LOSS_RATE).candidate(good).baseline(bad).compare().verdict())
                .isEqualTo(Verdict.BETTER);
        Verdict aa = Comparison.of(Metric.FRAME_LOSS_RATE).candidate(alsoGood).baseline(good).compare().verdict();
        assertThat(aa).as("the verdict of two equally good runs").isIn(Verdict.SAME, Verdict.INCONCLUSIVE);
    }

    @Test
    void burstAndSteadyWindowsAreTheBlocksWhenTheRunHasBursts() {
        Run run = TinyRuns.losingWithBurst(dir.resolve("fec"), 10, Set.of(50L), 2_000_000, 4_000_000);

        ComparisonResult result = Comparison.of(Metric.FRAME_LOSS_RATE).candidate(run).baseline(run).compare();

        assertThat(result.candidateBlocks()).isEqualTo(3);
        assertThat(result.methodDescription()).contains("(candidate 2 steady windows + 1 burst window;");
    }

    @Test
    void cyclesKeepABurstTogetherWithTheSteadyWindowAfterIt() {
        // Bursts 2-4 s and 6-7 s in a 10 s run: lead-in 0-2 s, cycles 2-6 s and 6-10 s.
        Run run = TinyRuns.builder(dir.resolve("fec"), 10, Set.of(50L))
                .event(2_000_000, "burst_on").event(4_000_000, "burst_off")
                .event(6_000_000, "burst_on").event(7_000_000, "burst_off").load();

        java.util.List<Blocks.Block> blocks = Blocks.of(run, Blocking.CYCLES, Duration.ofSeconds(5));

        assertThat(blocks).extracting(Blocks.Block::stratum).containsExactly("lead-in", "cycle", "cycle");
        assertThat(blocks.get(1).scope().durationUs()).isEqualTo(4_000_000);
        assertThat(blocks.get(2).scope().durationUs()).isEqualTo(4_000_001);
        ComparisonResult result = Comparison.of(Metric.FRAME_LOSS_RATE).candidate(run).baseline(run)
                .blocking(Blocking.CYCLES).compare();
        assertThat(result.methodDescription()).contains("(candidate 1 lead-in window + 2 loss cycles;");
    }

    @Test
    void fixedBlockingIgnoresTheBursts() {
        Run run = TinyRuns.losingWithBurst(dir.resolve("fec"), 10, Set.of(50L), 2_000_000, 4_000_000);

        assertThat(Blocks.of(run, Blocking.FIXED, Duration.ofSeconds(5))).hasSize(2);
    }

    @Test
    void freezeFiguresCompareLikeAnyOther() {
        // 10 s at 20 fps; the candidate misses ids 60..69 (a 550 ms stall: one freeze), the baseline nothing.
        Set<Long> stall = new HashSet<>();
        for (long id = 60; id <= 69; id++) {
            stall.add(id);
        }
        Run candidate = TinyRuns.losing(dir.resolve("fec"), 10, stall);
        Run baseline = TinyRuns.losing(dir.resolve("baseline"), 10, Set.of());

        ComparisonResult result = Comparison.of(Metric.FREEZES_PER_MINUTE).candidate(candidate).baseline(baseline).compare();

        assertThat(result.candidateFigure()).isCloseTo(1 / (10.000001 / 60), within(1e-9));
        // boxed, as Double.equals: -0.0 is not 0.0
        assertThat(result.baselineFigure()).isEqualTo(Double.valueOf(0.0));
        assertThat(Metric.FROZEN_TIME.of(candidate)).isCloseTo(100 * 0.55 / 10.000001, within(1e-9));
    }

    @Test
    void blockLengthCutsRunsWithoutBursts() {
        Run run = TinyRuns.losing(dir.resolve("fec"), 10, Set.of());

        ComparisonResult result = Comparison.of(Metric.LATENCY_P95).candidate(run).baseline(run)
                .blockLength(Duration.ofSeconds(3)).compare();

        assertThat(result.candidateBlocks()).isEqualTo(3); // 3 + 3 + 4 s: the last second is too short for a block
        assertThat(result.candidateFigure()).isEqualTo(10.0);
        assertThat(result.verdict()).isEqualTo(Verdict.SAME);
    }

    @Test
    void noDataIsInconclusive() {
        Run empty = dev.fecunit.testing.RunDirectoryBuilder.in(dir.resolve("empty")).window(0, 10_000_000).load();
        Run run = TinyRuns.losing(dir.resolve("fec"), 10, Set.of());

        ComparisonResult result = Comparison.of(Metric.LATENCY_MEAN).candidate(empty).baseline(run).compare();

        assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(result.candidateFigure()).isNaN();
    }

    @Test
    void compareWithoutABaselineSaysWhatIsMissing() {
        Run candidate = TinyRuns.losing(dir.resolve("x"), 5, Set.of());

        assertThatThrownBy(() -> Comparison.of(Metric.FRAME_LOSS_RATE).candidate(candidate).compare())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Comparison of [frame loss rate] needs both a candidate and a baseline: call candidate(...)"
                        + " and baseline(...) before compare()");
    }

    @Test
    void confidenceOutsideItsRangeIsRejected() {
        assertThatThrownBy(() -> Comparison.of(Metric.FRAME_LOSS_RATE).confidence(95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Confidence [95.0] must be between 0.5 and 1, e.g. 0.95");
    }

    /** A run that loses each frame with probability {@code loss}, in bursts of 1 to 4 frames. */
    private static Run noisy(Path directory, int seconds, long seed, double loss) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<Long> lost = new HashSet<>();
        long frames = seconds * 20L;
        for (long id = 2; id <= frames; id++) {
            if (random.nextDouble() < loss / 2.5) {
                int length = 1 + random.nextInt(4);
                for (int k = 0; k < length; k++) {
                    lost.add(id + k);
                }
                id += length;
            }
        }
        lost.remove(frames);
        return TinyRuns.losing(directory, seconds, lost);
    }
}
