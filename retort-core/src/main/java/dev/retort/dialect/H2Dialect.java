package dev.retort.dialect;

import dev.retort.schema.ColumnType;

/**
 * H2 (2.x). Choices: DDL is not transactional (H2 commits the open transaction at each DDL
 * statement), so offline SQL has no BEGIN/COMMIT and the runtime treats H2 like MySQL for
 * resuming; text is {@code CLOB} (unbounded, as TEXT elsewhere); json and uuid use H2's own
 * {@code JSON} and {@code UUID}; enums are a VARCHAR with a CHECK, like the other databases without
 * enum types. Indexes are named in their table's schema; partial indexes do not exist.
 */
final class H2Dialect extends SqlDialect {

    H2Dialect() {
        super("h2", new Identifiers("\"", "\"", ReservedWords.H2),
                new Literals(Literals.Booleans.WORDS, Literals.Binary.X_QUOTED, false, false));
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /** {@code SET SCHEMA app}: H2 folds the unquoted name to APP, as it does in {@code app.t}. */
    @Override
    public String useSchemaStatement(String schema) {
        return "SET SCHEMA " + quote(schema);
    }

    @Override
    public String type(ColumnType type) {
        switch (type.kind()) {
            case INTEGER: return "INTEGER";
            case BIGINT: return "BIGINT";
            case SMALLINT: return "SMALLINT";
            case BOOLEAN: return "BOOLEAN";
            case VARCHAR: return type.length() == null ? "VARCHAR" : "VARCHAR(" + type.length() + ")";
            case TEXT: return "CLOB";
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

    @Override
    String alterTypeClause(ColumnType type) {
        return "SET DATA TYPE " + type(type);
    }

    @Override
    String indexName(String schema, String index) {
        return qualify(schema, index);
    }
}
