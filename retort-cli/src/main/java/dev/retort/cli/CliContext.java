package dev.retort.cli;

import dev.retort.config.Secrets;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** What a command line runs with: its streams, environment and working directory. */
record CliContext(PrintStream out, PrintStream err, Map<String, String> environment, Path workingDirectory,
                  Consumer<Secrets> secretsSink) {
}
