package dev.fecunit.hostile;

import dev.fecunit.Run;
import dev.fecunit.analysis.RunSummary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of reading run directories that need no oracle, checked on generated cases (simulated
 * runs, then mutated), with shrinking to the smallest failing case: what must not change a figure,
 * what every figure satisfies whatever the input, and what a load may cost. A fixed number of cases
 * per property and a fixed seed keep the suite's share of a build small and the same every time;
 * {@code -Dfecunit.properties.tries=500} runs longer (docs/hostile-inputs.md).
 *
 * <p>Isolated: the cost of a load is measured over every thread of the JVM, so nothing else may run then.
 */
@Isolated
class HostileInputPropertiesTest {

    /**
     * Allocation allowed per byte of input, and on top of it for any load (generous: a bound, not a
     * benchmark). The largest ratio the fuzzer met is ~330 bytes per byte, for thousands of one-millisecond
     * bursts in a short run (each burst's figures cost ~23 KB, its events.csv lines ~40 bytes).
     */
    static final long BYTES_PER_INPUT_BYTE = 1000;
    static final long BYTES_PER_LOAD = 64L << 20;
    /** CPU time allowed per byte of input, and on top of it for any load (JIT warm-up included). */
    static final long CPU_NANOS_PER_INPUT_BYTE = 2_000;
    static final long CPU_NANOS_PER_LOAD = 5_000_000_000L;
    /** A case still running after this long is a hang. */
    static final long WATCHDOG_SECONDS = 60;

    @TempDir
    Path temp;

    private final AtomicInteger directories = new AtomicInteger();

    @Test
    void garbageLinesChangeNoFigureAndAddOneDiagnosticEach() {
        PropertyCheck.forAll("garbage lines change no figure and add one diagnostic each", 12,
                random -> Generate.withMutations(random, 4, Generate::garbageLine), Case::simpler, c -> {
                    Run original = load(c.base().files());
                    Run garbled = load(c.files());

                    assertThat(Figures.of(garbled)).isEqualTo(Figures.of(original));
                    assertThat(garbled.diagnostics()).hasSize(original.diagnostics().size() + c.mutations().size());
                });
    }

    @Test
    void shufflingFrameRowsChangesNoFigure() {
        PropertyCheck.forAll("shuffling the rows of frames.csv changes no figure", 8,
                random -> Generate.withMutations(random, 1, (r, base) -> new Mutation.ShuffleFrameRows(r.nextLong())),
                Case::simpler, c -> assertThat(Figures.of(load(c.files()))).isEqualTo(Figures.of(load(c.base().files()))));
    }

    @Test
    void duplicatingRowsChangesNeitherFramesExpectedNorLost() {
        PropertyCheck.forAll("duplicating frames.csv rows changes neither frames expected nor lost", 8,
                random -> Generate.withMutations(random, 3,
                        (r, base) -> new Mutation.DuplicateRows(RunFiles.FRAMES, r.nextDouble(), r.nextInt(1, 60))),
                Case::simpler, c -> {
                    RunSummary original = RunSummary.of(load(c.base().files()));
                    RunSummary duplicated = RunSummary.of(load(c.files()));

                    assertThat(duplicated.framesExpected()).isEqualTo(original.framesExpected());
                    assertThat(duplicated.framesLost()).isEqualTo(original.framesLost());
                });
    }

    @Test
    void loadingTwiceGivesTheSameFigures() {
        PropertyCheck.forAll("loading twice gives the same figures", 6,
                random -> Generate.withMutations(random, 3, Generate::garbageLine), Case::simpler, c -> {
                    Path directory = c.files().writeTo(nextDirectory());

                    assertThat(Figures.of(Run.load(directory))).isEqualTo(Figures.of(Run.load(directory)));
                });
    }

    @Test
    void everyFigureSatisfiesItsInvariantsOnSimulatedRuns() {
        PropertyCheck.forAll("every figure satisfies its invariants on simulated runs", 8,
                random -> new Case(Generate.baseRun(random), List.of()), Case::simpler, c -> {
                    RunFiles files = c.files();
                    Run run = load(files);

                    assertThat(Figures.of(run).violations(run)).isEmpty();
                    assertThat(RunSummary.of(run).framesReceived()).isEqualTo(rowsInWindow(files));
                });
    }

    @Test
    void everyLoadCostsAtMostABoundProportionalToItsInput() {
        PropertyCheck.forAll("every load costs at most a bound proportional to its input", 8,
                random -> Generate.withMutations(random, 3, Generate::garbageLine), Case::simpler, c -> {
                    RunFiles files = c.files();
                    Path directory = files.writeTo(nextDirectory());

                    Loading.Outcome outcome = Loading.load(directory, WATCHDOG_SECONDS, Figures::of);

                    assertThat(outcome.thrown()).isNull();
                    assertThat(outcome.cost().allocatedBytes()).as("bytes allocated loading %d bytes", files.size())
                            .isLessThanOrEqualTo(BYTES_PER_LOAD + BYTES_PER_INPUT_BYTE * files.size());
                    assertThat(outcome.cost().cpuNanos()).as("CPU nanoseconds loading %d bytes", files.size())
                            .isLessThanOrEqualTo(CPU_NANOS_PER_LOAD + CPU_NANOS_PER_INPUT_BYTE * files.size());
                });
    }

    @Test
    void hostileInputsNeverCrashHangOrBreakAnInvariant() {
        PropertyCheck.forAll("hostile inputs never crash, hang or break an invariant", 20,
                random -> Generate.withMutations(random, 3, (r, base) -> Generate.hostile(r)), Case::simpler, c -> {
                    RunFiles files = c.files();
                    Path directory = files.writeTo(nextDirectory());

                    Loading.Outcome outcome = Loading.load(directory, WATCHDOG_SECONDS, Figures::of);

                    if (outcome.thrown() != null) {
                        assertThat(outcome.thrown()).isInstanceOf(Run.RunLoadException.class);
                        assertThat(outcome.thrown()).hasMessageContaining(directory.toAbsolutePath().toString());
                    } else {
                        assertThat(outcome.figures().violations(outcome.run())).isEmpty();
                    }
                    assertThat(outcome.cost().allocatedBytes()).as("bytes allocated loading %d bytes", files.size())
                            .isLessThanOrEqualTo(BYTES_PER_LOAD + BYTES_PER_INPUT_BYTE * files.size());
                });
    }

    private Run load(RunFiles files) {
        return Run.load(files.writeTo(nextDirectory()));
    }

    /** A fresh directory named {@code fec} (a run's name is its directory's, and figures name the run). */
    private Path nextDirectory() {
        return temp.resolve("case-" + directories.incrementAndGet()).resolve("fec");
    }

    /**
     * The frames.csv rows of a simulated run that lie in its window, counted from the text: five
     * integer fields and a receive time in [T0_US, T1_US] (no T1_US: from T0_US on).
     */
    private static long rowsInWindow(RunFiles files) {
        long t0 = Mutation.metaValue(files, "T0_US", 0);
        long t1 = Mutation.metaValue(files, "T1_US", Long.MAX_VALUE);
        List<String> lines = new ArrayList<>(files.lines(RunFiles.FRAMES));
        long count = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = Mutation.body(line).split(",", -1);
            if (fields.length != 5 || Mutation.end(line).isEmpty()) {
                continue;
            }
            long recv = Long.parseLong(fields[0]);
            if (t0 <= recv && recv <= t1) {
                count++;
            }
        }
        return count;
    }
}
