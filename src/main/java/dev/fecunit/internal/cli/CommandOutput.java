package dev.fecunit.internal.cli;

import dev.fecunit.Diagnostic;
import dev.fecunit.Run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the commands print and write the same way: paths, a run's diagnostics, the {@code --json} file. */
final class CommandOutput {

    /** Diagnostics printed per run before the rest is summarised as a count. */
    static final int DIAGNOSTICS_SHOWN = 10;

    private CommandOutput() {
    }

    /** Python's {@code os.path.join(dir, file)}, as the seed and the sweep script print their paths. */
    static String join(String dir, String file) {
        return dir.isEmpty() || dir.endsWith("/") ? dir + file : dir + "/" + file;
    }

    /** A diagnostic of {@code file} as a warning names it: {@code file:line: message} ({@code file: message} without a line). */
    static String located(Path file, Diagnostic d) {
        return file + (d.line() > 0 ? ":" + d.line() : "") + ": " + d.message();
    }

    /** Prints a run's diagnostics to {@code err}: the first {@value #DIAGNOSTICS_SHOWN}, then a count of the rest. */
    static void printDiagnostics(PrintStream err, Run run) {
        List<Diagnostic> diagnostics = run.diagnostics();
        int shown = Math.min(DIAGNOSTICS_SHOWN, diagnostics.size());
        for (int i = 0; i < shown; i++) {
            Diagnostic d = diagnostics.get(i);
            err.println("warning: " + located(run.path().resolve(d.file()), d));
        }
        if (diagnostics.size() > shown) {
            err.println("warning: " + (diagnostics.size() - shown) + " more diagnostics for " + run.path()
                    + " (" + diagnostics.size() + " in all; --json FILE lists every one)");
        }
    }

    /** Writes {@code document} to {@code json} (UTF-8), creating its directory when missing. */
    static void writeJson(Path json, String document) throws IOException {
        Path parent = json.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(json, document, StandardCharsets.UTF_8);
    }
}
