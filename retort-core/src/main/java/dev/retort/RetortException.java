package dev.retort;

import java.util.Map;

/**
 * An error the user can act on: its message is one line that says what is wrong and what to
 * do. The CLI prints it as {@code FAILED: <message>} and exits 1, with the stack trace only
 * under {@code -v}; with {@code --format json} it prints {@link #kind()} and {@link #details()}
 * as the fields of the {@code "error"} object (docs/json.md).
 */
public class RetortException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kind of an error no subclass names more precisely. */
    public static final String GENERIC = "error";

    public RetortException(String message) {
        super(message);
    }

    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What went wrong, as a stable lower-case word a script can switch on ({@code config},
     * {@code revision}, {@code connection}, {@code migration}, ...); {@value #GENERIC} unless a
     * subclass says more.
     */
    public String kind() {
        return GENERIC;
    }

    /**
     * The parts of the message a script may want on their own (a revision id, a file and line),
     * by field name in snake case, in a fixed order; values are strings, numbers, lists of
     * strings, or null. Empty unless a subclass says more.
     */
    public Map<String, Object> details() {
        return Map.of();
    }
}
