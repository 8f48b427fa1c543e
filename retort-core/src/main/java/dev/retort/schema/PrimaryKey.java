package dev.retort.schema;

import java.util.List;

/** A primary key; {@code name} may be null for the database's default name. */
public record PrimaryKey(String name, List<String> columns) implements TableElement {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
