package dev.fecunit.internal.cli;

import java.io.PrintStream;

/**
 * What every command does with its arguments before its work, in one place: a usage error prints the
 * sentence and the usage and exits 2; {@code --help} prints the usage and exits 0.
 */
final class CommandLine {

    /** A command's parsed arguments. */
    interface ParsedArguments {
        /** Whether {@code --help} was asked for. */
        boolean help();
    }

    /** Parses a command's arguments, throwing {@link Main.UsageException} on a usage error. */
    interface Parser<A> {
        A parse(String[] args);
    }

    /** A command's work on its parsed arguments; returns the exit status. */
    interface Command<A> {
        int execute(A arguments);
    }

    private CommandLine() {
    }

    /** Parses {@code args} with {@code parser} and runs {@code command} on them; returns the exit status. */
    static <A extends ParsedArguments> int run(String[] args, Parser<A> parser, String usage, PrintStream out,
                                               PrintStream err, Command<A> command) {
        A arguments;
        try {
            arguments = parser.parse(args);
        } catch (Main.UsageException e) {
            err.println("fecunit: " + e.getMessage());
            err.print(usage);
            return 2;
        }
        if (arguments.help()) {
            out.print(usage);
            return 0;
        }
        return command.execute(arguments);
    }

    /** The value of {@code option}, {@code args[i]}; a usage error when it is missing or is the next option. */
    static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new Main.UsageException(option + " needs a value");
        }
        return args[i];
    }

    /**
     * The value of an option that may be given once, {@code args[i]}; a usage error when it is missing or
     * {@code previous} (the option's value so far) is not null.
     */
    static String once(String previous, String[] args, int i, String option) {
        String value = value(args, i, option);
        if (previous != null) {
            throw new Main.UsageException(option + " given twice ('" + previous + "' and '" + value + "')");
        }
        return value;
    }
}
