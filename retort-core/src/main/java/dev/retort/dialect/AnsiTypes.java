package dev.retort.dialect;

import dev.retort.schema.ColumnType;

/** Type spellings several dialects share. */
final class AnsiTypes {
    private AnsiTypes() {
    }

    /** {@code NUMERIC(p, s)}, {@code NUMERIC(p)} or {@code NUMERIC}, as SQLAlchemy writes it. */
    static String numeric(ColumnType type) {
        if (type.precision() == null) {
            return "NUMERIC";
        }
        return "NUMERIC(" + type.precision() + (type.scale() == null ? "" : ", " + type.scale()) + ")";
    }

    /** {@code VARCHAR(n)} sized for an enum's longest value. */
    static String enumVarchar(ColumnType type) {
        return "VARCHAR(" + type.enumValues().stream().mapToInt(String::length).max().orElse(1) + ")";
    }
}
