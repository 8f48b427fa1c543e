package dev.retort.script;

import dev.retort.RetortException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the {@code [retort.hooks] post_write} commands on a newly written revision file, in
 * order, each with {@code {file}} replaced by the file's path. A command is split into words on
 * whitespace, with single or double quotes grouping words; no shell is involved. The commands'
 * output (stdout and stderr together) goes to a consumer, line by line.
 */
public final class PostWriteHooks {
    private final List<String> commands;
    private final Path workingDirectory;
    private final Consumer<String> output;

    /**
     * @param commands         e.g. {@code google-java-format --replace {file}}
     * @param workingDirectory where the commands run (the config file's directory)
     * @param output           receives each line the commands print
     */
    public PostWriteHooks(List<String> commands, Path workingDirectory, Consumer<String> output) {
        this.commands = List.copyOf(commands);
        this.workingDirectory = workingDirectory;
        this.output = output;
    }

    /**
     * Runs every hook on {@code file}.
     *
     * @throws RetortException naming the first hook that fails to start or exits non-zero
     */
    public void run(Path file) {
        for (String command : commands) {
            List<String> words = new ArrayList<>();
            for (String word : split(command)) {
                words.add(word.replace("{file}", file.toString()));
            }
            if (words.isEmpty()) {
                throw new RetortException("Post-write hook '" + command + "' is empty");
            }
            int exit = runOne(command, words);
            if (exit != 0) {
                throw new RetortException("Post-write hook '" + command + "' failed with exit code " + exit);
            }
        }
    }

    private int runOne(String command, List<String> words) {
        try {
            Process process = new ProcessBuilder(words)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            process.getOutputStream().close();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.accept(line);
                }
            }
            return process.waitFor();
        } catch (IOException e) {
            throw new RetortException("Post-write hook '" + command + "' could not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("Post-write hook '" + command + "' was interrupted", e);
        }
    }

    /** Words of a command line: whitespace separates, quotes group. */
    static List<String> split(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new RetortException("Post-write hook '" + command + "' has an unclosed quote");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
