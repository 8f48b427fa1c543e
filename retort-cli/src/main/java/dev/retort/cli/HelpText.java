package dev.retort.cli;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;

/** The text of {@code retort --help} (the command list) and of {@code retort COMMAND --help}. */
final class HelpText {
    /** Width of the left column; a longer option name puts its description on the next line. */
    private static final int COLUMN = 26;
    /** Width of the text; descriptions wrap at spaces. */
    private static final int WIDTH = 100;

    private HelpText() {
    }

    static void printCommandList(PrintStream out, String description, Collection<CliCommand> commands,
                                 List<CliOption> globalOptions) {
        out.println("Usage: retort [OPTIONS] COMMAND [ARGS]");
        out.println(description);
        out.println();
        out.println("Commands:");
        for (CliCommand command : commands) {
            row(out, "  " + command.spec().name(), command.spec().description());
        }
        out.println();
        out.println("Options (before or after the command):");
        options(out, globalOptions);
    }

    static void printCommand(PrintStream out, CommandSpec spec, List<CliOption> globalOptions) {
        out.println("Usage: retort " + spec.name() + " [OPTIONS]" + (spec.argsLabel() == null ? ""
                : spec.minArgs() == 0 ? " [" + spec.argsLabel() + "]" : " " + spec.argsLabel()));
        out.println(spec.description());
        if (spec.argsLabel() != null) {
            out.println();
            out.println("Arguments:");
            row(out, "  " + spec.argsLabel(), spec.argsDescription());
        }
        if (!spec.options().isEmpty()) {
            out.println();
            out.println("Options:");
            options(out, spec.options());
        }
        out.println();
        out.println("Global options:");
        options(out, globalOptions);
    }

    private static void options(PrintStream out, List<CliOption> options) {
        for (CliOption option : options) {
            StringBuilder left = new StringBuilder(option.names().get(0).startsWith("--") ? "      " : "  ");
            left.append(String.join(", ", option.names()));
            if (option.takesValue()) {
                left.append(' ').append(option.valueLabel());
            }
            row(out, left.toString(), option.description());
        }
    }

    private static void row(PrintStream out, String left, String description) {
        StringBuilder line = new StringBuilder(left);
        if (left.length() + 2 > COLUMN) {
            out.println(line);
            line.setLength(0);
        }
        for (String word : description.split(" ")) {
            if (line.length() > COLUMN && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
            }
            if (line.length() < COLUMN) {
                line.append(" ".repeat(COLUMN - line.length()));
            } else {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(line);
    }
}
