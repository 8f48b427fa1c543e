package dev.retort.maven;

import dev.retort.command.Report;
import dev.retort.command.Reports;
import dev.retort.config.Secrets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.logging.Log;

/**
 * What a goal prints, through Maven's {@link Log}: the text lines the CLI prints, each passed
 * through {@link Secrets#mask} first, so that no password reaches the build log (not even in a
 * driver's message).
 */
final class MavenOutput {
    private final Log log;
    private Secrets secrets;

    MavenOutput(Log log, Secrets secrets) {
        this.log = log;
        this.secrets = secrets;
    }

    /** Masks these passwords too from now on (the config's, once it is read). */
    void addSecrets(Secrets more) {
        secrets = secrets.and(more);
    }

    String mask(String text) {
        return secrets.mask(text);
    }

    void info(String line) {
        log.info(mask(line));
    }

    void warn(String line) {
        log.warn(mask(line));
    }

    void error(String line) {
        log.error(mask(line));
    }

    /** Logs the report's text form, one {@code [INFO]} line per line the CLI would print. */
    void report(Report report, String command) {
        lines(text(report, command));
    }

    /** Logs each line of {@code text}; empty lines too, so that printed files keep their shape. */
    void lines(String text) {
        if (text.isEmpty()) {
            return;
        }
        for (String line : text.split("\\R", -1)) {
            info(line);
        }
    }

    /** The text form of a report, as {@code retort COMMAND} prints it; without the final newline. */
    static String text(Report report, String command) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        Reports.print(report, command, Reports.Format.TEXT, out);
        String text = buffer.toString(StandardCharsets.UTF_8);
        return text.endsWith(System.lineSeparator()) ? text.substring(0, text.length() - System.lineSeparator().length())
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * {@code e} as a copy whose message is masked and whose stack trace is the original, with
     * its causes, masked the same way, attached as suppressed exceptions rather than as causes:
     * Maven appends each cause's message to the failure's one line (a driver's "Connection
     * refused" after retort's own sentence), but prints suppressed ones only in the {@code -e}
     * stack trace, where they belong.
     */
    Throwable masked(Throwable e) {
        Throwable copy = copy(e);
        for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            copy.addSuppressed(copy(cause));
        }
        return copy;
    }

    private Throwable copy(Throwable e) {
        Throwable copy = new MaskedException(e.getClass().getName(), mask(String.valueOf(e.getMessage())));
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /**
     * An exception standing in for another: its message, masked, is the original's (so Maven,
     * which appends a cause's message when the failure's own does not contain it, prints the
     * message once), and it prints as the original class.
     */
    static final class MaskedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String originalClass;

        MaskedException(String originalClass, String message) {
            super(message);
            this.originalClass = originalClass;
        }

        @Override
        public String toString() {
            return originalClass + ": " + getMessage();
        }
    }
}
