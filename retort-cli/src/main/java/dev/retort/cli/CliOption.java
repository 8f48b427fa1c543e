package dev.retort.cli;

import java.util.List;

/**
 * One option of the command line: its names ({@code -c}, {@code --config}), the label of its value
 * ({@code FILE}; null for a flag) and its one-line description for the help.
 */
record CliOption(List<String> names, String valueLabel, String description) {
    static CliOption flag(String description, String... names) {
        return new CliOption(List.of(names), null, description);
    }

    static CliOption valued(String valueLabel, String description, String... names) {
        return new CliOption(List.of(names), valueLabel, description);
    }

    boolean takesValue() {
        return valueLabel != null;
    }

    /** The name values are stored under: the last (long) one. */
    String key() {
        return names.get(names.size() - 1);
    }
}
