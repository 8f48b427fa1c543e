package dev.retort.schema;

import java.util.List;

/**
 * A whole schema: what a model source describes and what reflection reads from a database, the
 * two sides autogenerate compares. Immutable; tables in a stable order (by name).
 */
public record SchemaModel(List<Table> tables, List<EnumType> enums, List<Sequence> sequences) {
    public SchemaModel {
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
        sequences = List.copyOf(sequences);
    }

    public static SchemaModel empty() {
        return new SchemaModel(List.of(), List.of(), List.of());
    }

    /** The table of that name (in any schema when {@code schema} is null), or null. */
    public Table table(String schema, String name) {
        for (Table t : tables) {
            if (t.name().equals(name) && (schema == null || schema.equals(t.schema()))) {
                return t;
            }
        }
        return null;
    }
}
