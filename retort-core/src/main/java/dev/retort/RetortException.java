package dev.retort;

/**
 * An error the user can act on: its message is one line that says what is wrong and what to
 * do. The CLI prints it as {@code FAILED: <message>} and exits 1, with the stack trace only
 * under {@code -v}.
 */
public class RetortException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RetortException(String message) {
        super(message);
    }

    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
