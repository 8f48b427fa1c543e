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

    /** The spelling most databases share; {@link SqlDialect#dialectType} overrides the rest. */
    static String standard(ColumnType type) {
        switch (type.kind()) {
            case INTEGER: return "INTEGER";
            case BIGINT: return "BIGINT";
            case SMALLINT: return "SMALLINT";
            case BOOLEAN: return "BOOLEAN";
            case VARCHAR: return type.length() == null ? "VARCHAR" : "VARCHAR(" + type.length() + ")";
            case TEXT: return "TEXT";
            case NUMERIC: return AnsiTypes.numeric(type);
            case REAL: return "REAL";
            case DOUBLE: return "DOUBLE PRECISION";
            case DATE: return "DATE";
            case TIME: return "TIME";
            case TIMESTAMP: return "TIMESTAMP";
            case TIMESTAMPTZ: return "TIMESTAMP WITH TIME ZONE";
            case BINARY: return type.length() == null ? "BLOB" : "VARBINARY(" + type.length() + ")";
            case UUID: return "UUID";
            case JSON: return "JSON";
            case ENUM: return AnsiTypes.enumVarchar(type);
            default: throw new IllegalArgumentException(type.toString());
        }
    }
}
