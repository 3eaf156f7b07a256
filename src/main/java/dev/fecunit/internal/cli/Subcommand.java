package dev.fecunit.internal.cli;

import java.io.PrintStream;

/**
 * A command after its name ({@code sweep}, {@code history}, {@code failures}): where it prints, its usage
 * and its parser, so that each command only says what it does with its parsed arguments. {@link #run}
 * handles usage errors and {@code --help} the same way for all ({@link CommandLine#run}).
 *
 * @param <A> the command's parsed arguments
 */
abstract class Subcommand<A extends CommandLine.ParsedArguments> {

    /** Where the command prints its result. */
    final PrintStream out;
    /** Where the command prints warnings and errors. */
    final PrintStream err;
    private final String usage;
    private final CommandLine.Parser<A> parser;

    Subcommand(PrintStream out, PrintStream err, String usage, CommandLine.Parser<A> parser) {
        this.out = out;
        this.err = err;
        this.usage = usage;
        this.parser = parser;
    }

    /** Runs the command on the arguments after its name; returns the exit status. */
    final int run(String[] args) {
        return CommandLine.run(args, parser, usage, out, err, this::execute);
    }

    /** The command's work on its parsed arguments; returns the exit status. */
    abstract int execute(A arguments);
}
