package dev.fecunit.junit;

/**
 * Attached to a failing test's exception (as a suppressed exception) when the report of its runs
 * could not be rendered or published; the test's own failure stays what it was. The cause is the
 * rendering error.
 */
final class ReportRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
