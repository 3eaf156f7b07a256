package dev.fecunit.sweep;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepTest {

    @TempDir
    Path dir;

    private void manifest(String text) throws Exception {
        Files.writeString(dir.resolve("manifest.tsv"), text);
    }

    @Test
    void readsEveryRowIntoACellWithItsParametersAndConfigLabel() throws Exception {
        manifest(TinySweep.HEADER + "\n"
                + "c1/baseline\tbaseline\t0.30\t-\t-\n"
                + "c2/fec\tfec\t0.30\t30\tbursty\n");

        Sweep sweep = Sweep.load(dir);

        assertThat(sweep.diagnostics()).isEmpty();
        assertThat(sweep.cells()).hasSize(2);
        SweepCell baseline = sweep.cells().get(0);
        assertThat(baseline.config()).isEqualTo("baseline");
        assertThat(baseline.isBaseline()).isTrue();
        assertThat(baseline.lossLabel()).isEqualTo("0.30");
        assertThat(baseline.loss()).isEqualTo(0.30);
        assertThat(baseline.fecRate()).isEqualTo("-");
        assertThat(baseline.protectionRate()).isEmpty();
        assertThat(baseline.manifestLine()).isEqualTo(2);
        assertThat(baseline.directory()).isEqualTo(dir.resolve("c1/baseline"));
        SweepCell fec = sweep.cells().get(1);
        assertThat(fec.config()).isEqualTo("FEC r30/bursty");
        assertThat(fec.fecMask()).isEqualTo("bursty");
        assertThat(fec.protectionRate()).hasValue(30.0);
        assertThat(fec.toString()).isEqualTo("FEC r30/bursty at loss 0.30 (c2/fec)");
    }

    @Test
    void readsColumnsByTheirHeaderNamesAndToleratesCrlfAndBlankLines() throws Exception {
        manifest("mode\tleaf\tfec_mask\tfec_rate\tloss\r\n\r\nfec\tc/fec\trandom\t50\t5\r\n");

        SweepCell cell = Sweep.load(dir).cells().get(0);

        assertThat(cell.leaf()).isEqualTo("c/fec");
        assertThat(cell.config()).isEqualTo("FEC r50/random");
        assertThat(cell.loss()).isEqualTo(5.0);
        assertThat(cell.manifestLine()).isEqualTo(3);
    }

    @Test
    void aMalformedRowBecomesADiagnosticWithItsLineNumber() throws Exception {
        manifest(TinySweep.HEADER + "\n"
                + "c1/fec\tfec\t0.1\t30\n"
                + "\tfec\t0.1\t30\trandom\n"
                + "c3/fec\tfec\t0.1\t30\trandom\n");

        Sweep sweep = Sweep.load(dir);

        assertThat(sweep.cells()).extracting(SweepCell::leaf).containsExactly("c3/fec");
        assertThat(sweep.diagnostics()).containsExactly(
                new Diagnostic("manifest.tsv", 2, "row has 4 tab-separated fields but the header has 5; row skipped"),
                new Diagnostic("manifest.tsv", 3, "row names no run directory (leaf []); row skipped"));
    }

    @Test
    void aNonNumericLossReadsAsZeroAndIsNoted() throws Exception {
        manifest(TinySweep.HEADER + "\nc/fec\tfec\theavy\t30\trandom\nd/fec\tfec\t1_0.5e-1\t30\trandom\n");

        Sweep sweep = Sweep.load(dir);

        assertThat(sweep.cells()).extracting(SweepCell::loss).containsExactly(0.0, 1.05);
        assertThat(sweep.cells().get(0).lossLabel()).isEqualTo("heavy");
        assertThat(sweep.diagnostics()).containsExactly(new Diagnostic("manifest.tsv", 2,
                "loss [heavy] is not a number; the cell is placed at loss 0.0, as the sweep script does"));
    }

    @Test
    void aHeaderWithoutTheManifestColumnsYieldsNoCellsAndSaysWhy() throws Exception {
        manifest("leaf,mode,loss,fec_rate,fec_mask\nc/fec,fec,0.1,30,random\n");

        Sweep sweep = Sweep.load(dir);

        assertThat(sweep.cells()).isEmpty();
        assertThat(sweep.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).startsWith("header [leaf,mode,loss,fec_rate,fec_mask] lacks one of the "
                    + "tab-separated columns [leaf, mode, loss, fec_rate, fec_mask]");
        });
    }

    @Test
    void undecodableBytesAreReplacedAndNoted() throws Exception {
        // "c\xE9/fec": a Latin-1 e-acute, not valid UTF-8.
        byte[] row = {'c', (byte) 0xE9, '/', 'f', 'e', 'c', '\t', 'f', 'e', 'c', '\t', '1', '\t', '3', '0', '\t', 'r', '\n'};
        Files.write(dir.resolve("manifest.tsv"), (TinySweep.HEADER + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(dir.resolve("manifest.tsv"), row, java.nio.file.StandardOpenOption.APPEND);

        Sweep sweep = Sweep.load(dir);

        assertThat(sweep.cells()).extracting(SweepCell::leaf).containsExactly("c\uFFFD/fec");
        assertThat(sweep.diagnostics()).containsExactly(new Diagnostic("manifest.tsv", 0,
                "file is not valid UTF-8; undecodable bytes were replaced with U+FFFD"));
    }

    @Test
    void aMissingManifestIsAnErrorNamingItsPath() {
        assertThatThrownBy(() -> Sweep.load(dir))
                .isInstanceOf(Sweep.SweepLoadException.class)
                .hasMessageStartingWith("Sweep manifest " + dir.toAbsolutePath().normalize().resolve("manifest.tsv")
                        + " does not exist;");
    }

    @Test
    void aMissingSweepDirectoryIsAnErrorNamingItsPath() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> Sweep.load(missing))
                .isInstanceOf(Sweep.SweepLoadException.class)
                .hasMessageStartingWith("Sweep directory " + missing.toAbsolutePath().normalize() + " does not exist;");
    }

    @Test
    void pairsEachFecCellWithTheBaselineAtTheSameLossLevel() throws Exception {
        manifest(TinySweep.HEADER + "\n"
                + "a\tbaseline\t0.1\t-\t-\n"
                + "b\tfec\t0.1\t30\trandom\n"
                + "c\tbaseline\t0.2\t-\t-\n"
                + "d\tfec\t0.20\t30\tbursty\n"
                + "e\tfec\t0.1\t30\tbursty\n"
                + "f\tfec\t0.5\t30\tbursty\n");

        Sweep sweep = Sweep.load(dir);

        assertThat(sweep.baselinePairs()).extracting(p -> p.baseline().leaf() + "+" + p.fec().leaf())
                .containsExactly("a+e", "a+b", "c+d");
        assertThat(sweep.baselinePairs().get(0)).hasToString("FEC r30/bursty vs baseline at loss 0.1");
        assertThat(sweep.cellsWhere(c -> c.fecMask().equals("bursty"))).extracting(SweepCell::leaf)
                .containsExactly("d", "e", "f");
        assertThat(sweep.lossLevels()).containsExactly(0.1, 0.2, 0.5);
    }

    @Test
    void aCellLoadsItsRunOnceEvenFromManyThreads() throws Exception {
        Path sweepDir = TinySweep.in(dir).cell("c/fec", "fec", "0.1", "30", "random", 10, Set.of(), 0, 0).write();
        SweepCell cell = Sweep.load(sweepDir).cells().get(0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Run>> loads = java.util.Collections.nCopies(8, cell::run);
            List<Future<Run>> runs = pool.invokeAll(loads);
            Run first = runs.get(0).get();
            for (Future<Run> run : runs) {
                assertThat(run.get()).isSameAs(first);
            }
            assertThat(cell.run()).isSameAs(first);
        } finally {
            pool.shutdownNow();
        }
    }
}
