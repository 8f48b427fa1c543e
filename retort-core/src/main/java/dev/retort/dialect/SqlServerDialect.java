package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.Operation.BulkInsert;
import dev.retort.migration.Operation.DropColumn;
import dev.retort.migration.Operation.DropIndex;
import dev.retort.migration.Operation.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL Server (offline only here: no server runs in the tests, the golden files are its
 * coverage). Choices: boolean is {@code BIT}; varchar and text are {@code VARCHAR(n)} and
 * {@code VARCHAR(max)} as SQLAlchemy writes them (the portable types do not ask for Unicode), json
 * is {@code NVARCHAR(max)}, SQL Server's convention for JSON text; timestamp is {@code DATETIME2}
 * (the precise type; DATETIME rounds to 3 ms), timestamptz {@code DATETIMEOFFSET}; uuid is
 * {@code UNIQUEIDENTIFIER}; identity is {@code IDENTITY(1,1)}; enums are a VARCHAR with a CHECK.
 * Nullability is always written ({@code NULL} or {@code NOT NULL}) since the server's default
 * depends on session settings. Renames use {@code sp_rename}; defaults are constraints, so
 * changing one or dropping a column first drops the column's default constraint; comments are
 * {@code MS_Description} extended properties in schema {@code dbo} unless one is given. Filtered
 * (partial) indexes are supported.
 */
final class SqlServerDialect extends SqlDialect {
    private final SqlServerScripts scripts = new SqlServerScripts(this);

    SqlServerDialect() {
        super("sqlserver", new Identifiers("[", "]", ReservedWords.SQLSERVER),
                new Literals(Literals.Booleans.DIGITS, Literals.Binary.HEX_0X, false, false));
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    /** {@code sp_getapplock} owned by a session of its own ({@link SqlServerAppLock}). */
    @Override
    public MigrationLock migrationLock(LockScope scope) {
        return new SqlServerAppLock(scope.name(), scope.connector());
    }

    @Override
    public String batchSeparator() {
        return "GO";
    }

    @Override
    public String beginTransaction() {
        return "BEGIN TRANSACTION";
    }

    @Override
    protected String dialectType(ColumnType type) {
        switch (type.kind()) {
            case BOOLEAN: return "BIT";
            case VARCHAR: return type.length() == null ? "VARCHAR(max)" : "VARCHAR(" + type.length() + ")";
            case TEXT: return "VARCHAR(max)";
            case TIMESTAMP: return "DATETIME2";
            case TIMESTAMPTZ: return "DATETIMEOFFSET";
            case BINARY: return type.length() == null ? "VARBINARY(max)" : "VARBINARY(" + type.length() + ")";
            case UUID: return "UNIQUEIDENTIFIER";
            case JSON: return "NVARCHAR(max)";
            default: return null;
        }
    }

    /** name TYPE NULL|NOT NULL [IDENTITY(1,1)] [DEFAULT] [CHECK], in SQLAlchemy's order. */
    @Override
    String columnDefinition(String schema, Column column, boolean inlinePrimaryKey) {
        StringBuilder s = new StringBuilder(quote(column.name())).append(' ').append(type(column.type()))
                .append(column.isNullable() ? " NULL" : " NOT NULL");
        if (column.isIdentity()) {
            s.append(" IDENTITY(1,1)");
        }
        if (column.serverDefault() != null) {
            s.append(" DEFAULT ").append(column.serverDefault());
        }
        String check = enumCheck(column);
        if (check != null) {
            s.append(' ').append(check);
        }
        return s.toString();
    }

    @Override
    String addColumnKeyword() {
        return "ADD";
    }

    @Override
    List<String> columnComment(String schema, String table, String column, String comment) {
        return List.of(scripts.comment(schema, table, column, comment));
    }

    @Override
    List<String> tableComment(String schema, String table, String comment) {
        return List.of(scripts.comment(schema, table, null, comment));
    }

    @Override
    String renameTable(RenameTable op) {
        return "EXEC sp_rename " + scripts.text(qualify(op.schema(), op.from())) + ", " + scripts.text(op.to());
    }

    @Override
    String renameColumn(String schema, String table, String column, String newName) {
        return "EXEC sp_rename " + scripts.text(qualify(schema, table) + "." + quote(column)) + ", "
                + scripts.text(newName) + ", 'COLUMN'";
    }

    /** Drops the column's default constraint first: SQL Server refuses to drop a column that has one. */
    @Override
    List<String> dropColumn(DropColumn op) {
        return List.of(scripts.dropDefaultConstraint(op.schema(), op.table(), op.column()),
                alterTable(op.schema(), op.table()) + " DROP COLUMN " + quote(op.column()));
    }

    /**
     * ALTER COLUMN restates type and nullability together, so either needs the other's existing
     * value; a default is dropped (its constraint) and added anew with ADD DEFAULT ... FOR.
     */
    @Override
    List<String> alterColumn(String schema, String table, String column, ColumnChange change) {
        List<String> out = new ArrayList<>();
        String alter = alterTable(schema, table);
        if (change.type() != null || change.nullable() != null) {
            ColumnType type = change.type() != null ? change.type() : change.existingType();
            Boolean nullable = change.nullable() != null ? change.nullable() : change.existingNullable();
            if (type == null) {
                throw new RetortException("SQL Server's ALTER COLUMN restates the type: give existingType to change"
                        + " the nullability of " + table + "." + column);
            }
            if (nullable == null) {
                throw new RetortException("SQL Server's ALTER COLUMN makes the column NULL unless told otherwise:"
                        + " give existingNullable to change the type of " + table + "." + column);
            }
            out.add(alter + " ALTER COLUMN " + quote(column) + " " + type(type) + (nullable ? " NULL" : " NOT NULL"));
        }
        if (change.serverDefault() != null || change.dropsDefault()) {
            out.add(scripts.dropDefaultConstraint(schema, table, column));
            if (change.serverDefault() != null) {
                out.add(alter + " ADD DEFAULT " + change.serverDefault() + " FOR " + quote(column));
            }
        }
        if (change.comment() != null) {
            out.addAll(columnComment(schema, table, column, change.comment()));
        }
        if (change.newName() != null) {
            out.add(renameColumn(schema, table, column, change.newName()));
        }
        return out;
    }

    /** Rows that give an identity column's value need IDENTITY_INSERT on around them, as Alembic does. */
    @Override
    List<String> bulkInsert(BulkInsert op) {
        List<String> rows = super.bulkInsert(op);
        boolean givesIdentity = op.columns().stream().anyMatch(c -> c.isIdentity()
                && op.rows().stream().anyMatch(r -> r.containsKey(c.name())));
        if (!givesIdentity || rows.isEmpty()) {
            return rows;
        }
        String table = qualify(op.schema(), op.table());
        List<String> out = new ArrayList<>();
        out.add("SET IDENTITY_INSERT " + table + " ON");
        out.addAll(rows);
        out.add("SET IDENTITY_INSERT " + table + " OFF");
        return out;
    }

    @Override
    boolean supportsPartialIndexes() {
        return true;
    }

    @Override
    String dropIndex(DropIndex op) {
        return "DROP INDEX " + quote(op.name()) + " ON " + qualify(op.schema(), op.table());
    }
}
