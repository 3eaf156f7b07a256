package dev.fecunit.baseline;

import java.nio.file.Path;

/**
 * A baseline file that cannot be used: unreadable, not JSON, not a fecunit baseline, or written by a
 * format version this fecunit does not know. The message names the path and says what to do.
 */
public final class BaselineFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    /** Creates the exception for {@code path}; {@code message} is the whole sentence. */
    public BaselineFileException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /** The baseline file concerned. */
    public Path path() {
        return path;
    }
}
