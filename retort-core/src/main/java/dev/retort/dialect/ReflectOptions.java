package dev.retort.dialect;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What {@link SchemaReflector#reflect} leaves out and where it reports what it skips.
 *
 * @param excludedTables tables never part of the result (compared in any case): the version tables
 * @param warnings       receives one line per thing skipped (an expression index, an unknown type)
 */
public record ReflectOptions(Set<String> excludedTables, Consumer<String> warnings) {
    public ReflectOptions {
        excludedTables = excludedTables.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Leaves out {@code versionTable} and its log table {@code <versionTable>_log}; warnings go to {@code warnings}. */
    public static ReflectOptions excludingVersionTables(String versionTable, Consumer<String> warnings) {
        return new ReflectOptions(Set.of(versionTable, versionTable + "_log"), warnings);
    }

    /** Whether table {@code name} is left out. */
    boolean excludes(String name) {
        return excludedTables.contains(name.toLowerCase(Locale.ROOT));
    }

    void warn(String message) {
        warnings.accept(message);
    }
}
