package dev.fecunit.internal.io;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiFunction;

/** The check that a directory fecunit is asked to read is one, with the same sentence for a run and a sweep. */
public final class InputDirectories {

    private InputDirectories() {
    }

    /**
     * The absolute, normalized path of {@code directory} when it is a directory; otherwise throws the
     * exception {@code failure} makes of what is wrong and what the directory should hold, e.g.
     * {@code Run directory /x/run does not exist; a run directory holds meta.env, ...}.
     *
     * @param kind    what the directory is, capitalised: {@code Run directory}
     * @param holds   what such a directory holds, as a clause: {@code a run directory holds ...}
     * @param failure the reader's exception from the sentence and a {@link NoSuchFileException} naming the path
     */
    public static <E extends RuntimeException> Path require(Path directory, String kind, String holds,
                                                            BiFunction<String, NoSuchFileException, E> failure) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            String what = Files.exists(absolute) ? "is not a directory" : "does not exist";
            throw failure.apply(kind + " " + absolute + " " + what + "; " + holds,
                    new NoSuchFileException(absolute.toString()));
        }
        return absolute;
    }
}
