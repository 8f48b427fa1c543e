package dev.retort.testing;

/**
 * Thrown (and so failing the test, never skipping it) when no database server of a kind can be
 * reached or started. The message says what was tried and how to fix it.
 */
public final class ServerUnavailableError extends AssertionError {
    private static final long serialVersionUID = 1L;

    ServerUnavailableError(String message, Throwable cause) {
        super(message, cause);
    }
}
