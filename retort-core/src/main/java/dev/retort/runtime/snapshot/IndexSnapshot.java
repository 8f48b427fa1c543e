package dev.retort.runtime.snapshot;

import java.util.List;

/**
 * An index (including those that back primary keys and unique constraints, where the database
 * reports them as indexes).
 *
 * @param name    the index's name
 * @param unique  whether it is unique
 * @param columns its columns (or expressions), in index order
 */
public record IndexSnapshot(String name, boolean unique, List<String> columns) {
    public IndexSnapshot {
        columns = List.copyOf(columns);
    }

    @Override
    public String toString() {
        return (unique ? "unique " : "") + "(" + String.join(", ", columns) + ")";
    }
}
