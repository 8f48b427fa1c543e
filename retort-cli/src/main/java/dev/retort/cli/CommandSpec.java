package dev.retort.cli;

import java.util.List;

/**
 * What a command accepts: its options and its positional parameters, {@code minArgs} to
 * {@code maxArgs} of them ({@code maxArgs} {@link Integer#MAX_VALUE} for any number), shown as
 * {@code argsLabel} in the usage line.
 */
record CommandSpec(String name, String description, List<CliOption> options, String argsLabel,
                   String argsDescription, int minArgs, int maxArgs) {
    static CommandSpec of(String name, String description, CliOption... options) {
        return new CommandSpec(name, description, List.of(options), null, null, 0, 0);
    }

    /** The same command with positional parameters. */
    CommandSpec withArgs(String label, String description, int min, int max) {
        return new CommandSpec(name, this.description, options, label, description, min, max);
    }

    CliOption option(String name) {
        for (CliOption option : options) {
            if (option.names().contains(name)) {
                return option;
            }
        }
        return null;
    }
}
