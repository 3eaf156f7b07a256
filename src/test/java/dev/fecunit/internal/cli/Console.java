package dev.fecunit.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process and keeps what it printed, for the CLI tests. */
final class Console {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code java -jar fecunit-cli.jar args...}; returns the exit status. */
    int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /** Everything printed on stdout so far. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Everything printed on stderr so far. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed, for a test that runs several commands. */
    void reset() {
        out.reset();
        err.reset();
    }
}
