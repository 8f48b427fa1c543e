package dev.retort.schema;

import java.util.List;

/** A named enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}). */
public record EnumType(String schema, String name, List<String> values) {
    public EnumType {
        values = List.copyOf(values);
    }
}
