package dev.retort.schema;

import java.util.List;

/** A unique constraint; {@code name} may be null for the database's default name. */
public record UniqueConstraint(String name, List<String> columns) implements TableElement {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
