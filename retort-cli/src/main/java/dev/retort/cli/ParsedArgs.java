package dev.retort.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A parsed command line: the command (or null), the options by {@link CliOption#key()}, the positionals. */
final class ParsedArgs {
    private final Map<String, List<String>> options = new HashMap<>();
    private final List<String> positionals = new ArrayList<>();
    private CliCommand command;

    CliCommand command() {
        return command;
    }

    void command(CliCommand chosen) {
        command = chosen;
    }

    void add(CliOption option, String value) {
        List<String> values = options.get(option.key());
        if (values == null) {
            values = new ArrayList<>();
            options.put(option.key(), values);
        }
        values.add(value);
    }

    void addPositional(String value) {
        positionals.add(value);
    }

    List<String> positionals() {
        return positionals;
    }

    /** The first positional, or null. */
    String positional() {
        return positionals.isEmpty() ? null : positionals.get(0);
    }

    boolean has(String key) {
        return options.containsKey(key);
    }

    /** The last value given for an option, or {@code otherwise}. */
    String value(String key, String otherwise) {
        List<String> values = options.get(key);
        return values == null ? otherwise : values.get(values.size() - 1);
    }

    /** Every value given for a repeatable option, in order. */
    List<String> values(String key) {
        return options.getOrDefault(key, List.of());
    }
}
