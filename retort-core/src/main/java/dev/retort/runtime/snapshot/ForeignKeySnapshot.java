package dev.retort.runtime.snapshot;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name            its name; where the database names none (SQLite), made of its columns and target
 * @param columns         the referring columns, in key order
 * @param referredTable   the table referred to
 * @param referredColumns the columns referred to, in key order
 */
public record ForeignKeySnapshot(String name, List<String> columns, String referredTable,
                                 List<String> referredColumns) {
    public ForeignKeySnapshot {
        columns = List.copyOf(columns);
        referredColumns = List.copyOf(referredColumns);
    }

    @Override
    public String toString() {
        return "(" + String.join(", ", columns) + ") -> " + referredTable + "(" + String.join(", ", referredColumns)
                + ")";
    }
}
