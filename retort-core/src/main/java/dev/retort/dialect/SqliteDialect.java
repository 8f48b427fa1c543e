package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.Operation.AddColumn;
import dev.retort.migration.Operation.AddConstraint;
import dev.retort.migration.Operation.BatchAlterTable;
import dev.retort.migration.Operation.DropConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite. Choices: no schemas (a schema is an error); identity is {@code INTEGER PRIMARY KEY
 * AUTOINCREMENT} on the table's single key column (typed INTEGER whatever the portable type, as
 * SQLite requires); booleans are {@code BOOLEAN} holding 0/1; timestamps (with or without zone)
 * are {@code DATETIME} text; uuid is {@code CHAR(36)}; json is {@code TEXT} (a declared JSON type
 * would get NUMERIC affinity and turn numeric strings into numbers); enums are a VARCHAR with a
 * CHECK. SQLite keeps no comments: table and column comments render to no statement at all, so
 * one revision runs on every database. It cannot alter a column's type, nullability or default,
 * nor add or drop constraints: those fail with a message pointing to batchAlterTable, which moves
 * and copies the table ({@link SqliteBatch}).
 */
final class SqliteDialect extends SqlDialect {

    SqliteDialect() {
        super("sqlite", new Identifiers("\"", "\"", ReservedWords.SQLITE),
                new Literals(Literals.Booleans.DIGITS, Literals.Binary.X_QUOTED, false, false));
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    /** A {@link LockFile} beside the database file; none in memory. */
    @Override
    public MigrationLock migrationLock(LockScope scope) {
        String path = scope.url().jdbcUrl().substring("jdbc:sqlite:".length());
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        int query = path.indexOf('?');
        boolean memory = path.isEmpty() || path.startsWith(":memory:") || (query >= 0 && path.contains("mode=memory"));
        return memory ? MigrationLock.NONE : LockFile.beside(Path.of(query < 0 ? path : path.substring(0, query)));
    }

    @Override
    public SchemaReflector reflector() {
        return new SqliteReflector(this);
    }

    @Override
    public boolean supportsSchemas() {
        return false;
    }

    @Override
    public String qualify(String schema, String name) {
        if (schema != null) {
            throw new RetortException("SQLite has no schemas, but " + name + " is given schema " + schema
                    + "; remove the schema (and version_table_schema) for SQLite");
        }
        return quote(name);
    }

    @Override
    protected String dialectType(ColumnType type) {
        switch (type.kind()) {
            case DOUBLE: return "DOUBLE";
            case TIMESTAMP: return "DATETIME";
            case TIMESTAMPTZ: return "DATETIME";
            case BINARY: return "BLOB";
            case UUID: return "CHAR(36)";
            case JSON: return "TEXT";
            default: return null;
        }
    }

    @Override
    String columnType(String schema, Column column) {
        return column.isIdentity() ? "INTEGER" : type(column.type());
    }

    @Override
    String identityClause(Column column, boolean inlinePrimaryKey) {
        if (!column.isIdentity()) {
            return null;
        }
        if (!inlinePrimaryKey) {
            throw new RetortException("SQLite generates values only for an INTEGER PRIMARY KEY: make " + column.name()
                    + " the table's single primary key column, created with the table");
        }
        return "PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    boolean inlinesPrimaryKey(Column column) {
        return column.isIdentity();
    }

    @Override
    boolean supportsPartialIndexes() {
        return true;
    }

    @Override
    boolean supportsSequences() {
        return false;
    }

    @Override
    List<String> columnComment(String schema, String table, String column, String comment) {
        return List.of();
    }

    @Override
    List<String> tableComment(String schema, String table, String comment) {
        return List.of();
    }

    /** ADD COLUMN with its foreign key inline (SQLite allows that, but not an added UNIQUE column). */
    @Override
    List<String> addColumn(AddColumn op) {
        Column column = op.column();
        if (column.isUnique()) {
            throw new RetortException("SQLite cannot add a UNIQUE column to an existing table (" + op.table() + "."
                    + column.name() + "); add it inside batchAlterTable");
        }
        String definition = columnDefinition(op.schema(), column, false);
        if (column.references() != null) {
            definition += " " + clauses.references(column.references());
        }
        return List.of(alterTable(op.schema(), op.table()) + " ADD COLUMN " + definition);
    }

    @Override
    List<String> alterColumn(String schema, String table, String column, ColumnChange change) {
        List<String> unsupported = new ArrayList<>();
        if (change.type() != null) {
            unsupported.add("type");
        }
        if (change.nullable() != null) {
            unsupported.add("nullability");
        }
        if (change.serverDefault() != null || change.dropsDefault()) {
            unsupported.add("default");
        }
        if (!unsupported.isEmpty()) {
            throw new RetortException("SQLite cannot change the " + String.join(", ", unsupported) + " of column "
                    + table + "." + column + " with ALTER TABLE; do it inside batchAlterTable");
        }
        return change.newName() == null ? List.of() : List.of(renameColumn(schema, table, column, change.newName()));
    }

    @Override
    String addConstraint(AddConstraint op) {
        throw noConstraintAlter(op.table());
    }

    @Override
    String dropConstraint(DropConstraint op) {
        throw noConstraintAlter(op.table());
    }

    private static RetortException noConstraintAlter(String table) {
        return new RetortException("SQLite cannot add or drop constraints of an existing table (" + table
                + "); do it inside batchAlterTable");
    }

    @Override
    List<String> batchAlterTable(BatchAlterTable op, Connection connection) {
        return new SqliteBatch(this).render(op, connection);
    }
}
