package dev.retort.runtime.snapshot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A table: its columns in table order, its primary key and its indexes and foreign keys by name.
 *
 * @param name        the table's name
 * @param columns     its columns by name, in table order
 * @param primaryKey  the primary key's columns in key order; empty when it has none
 * @param indexes     its indexes by name
 * @param foreignKeys its foreign keys by name
 */
public record TableSnapshot(String name, Map<String, ColumnSnapshot> columns, List<String> primaryKey,
                            SortedMap<String, IndexSnapshot> indexes,
                            SortedMap<String, ForeignKeySnapshot> foreignKeys) {
    public TableSnapshot {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        primaryKey = List.copyOf(primaryKey);
        indexes = Collections.unmodifiableSortedMap(new TreeMap<>(indexes));
        foreignKeys = Collections.unmodifiableSortedMap(new TreeMap<>(foreignKeys));
    }
}
