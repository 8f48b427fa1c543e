package dev.retort.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The {@code retort} executable. */
public final class Main {
    static {
        // MariaDB Connector/J logs to the console when no SLF4J is present (the shaded jar has
        // none): a failed probe such as "does the version table exist?" printed a "[ WARN] ...
        // Table ... doesn't exist" line on stderr. retort reports errors itself, on one line.
        if (System.getProperty("mariadb.logging.disable") == null) {
            System.setProperty("mariadb.logging.disable", "true");
        }
    }

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line with the process's environment and working directory. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv(), Path.of("").toAbsolutePath());
    }

    /**
     * Runs one command line; everything printed passes through a filter that replaces every
     * password retort knows of with {@code ***}.
     *
     * @return the exit code: 0 success, 1 a user error, 2 bad usage
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment,
                          Path workingDirectory) {
        MaskingStream maskedOut = new MaskingStream(out);
        MaskingStream maskedErr = new MaskingStream(err);
        maskedOut.addSecrets(MaskingStream.secretsInArguments(args));
        maskedErr.addSecrets(MaskingStream.secretsInArguments(args));
        PrintStream cliOut = new PrintStream(maskedOut, true, StandardCharsets.UTF_8);
        PrintStream cliErr = new PrintStream(maskedErr, true, StandardCharsets.UTF_8);
        try {
            return RetortCli.execute(args, new CliContext(cliOut, cliErr, environment, workingDirectory,
                    secrets -> {
                        maskedOut.addSecrets(secrets);
                        maskedErr.addSecrets(secrets);
                    }));
        } finally {
            cliOut.flush();
            cliErr.flush();
        }
    }
}
