package dev.retort.config;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * One table of a parsed TOML file, its keys in file order. Values are {@link String},
 * {@link Long} (every TOML integer), {@link Double}, {@link Boolean}, {@code java.time} values,
 * {@link java.util.List} (arrays) and {@link TomlTable} (sub-tables and inline tables).
 */
final class TomlTable {
    private final Map<String, Object> values;

    /** @param values the table's entries, insertion-ordered; kept, not copied */
    TomlTable(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** The value of the single (undotted) key {@code key}, or null. */
    Object get(String key) {
        return values.get(key);
    }

    /** The keys, in the order the file first wrote them. */
    Set<String> keySet() {
        return values.keySet();
    }
}
