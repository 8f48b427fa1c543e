package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.Operation.DropConstraint;
import dev.retort.migration.Operation.DropIndex;
import dev.retort.migration.Operation.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * MySQL; {@link MariaDbDialect} differs in two places. Choices, following SQLAlchemy's MySQL types:
 * boolean is {@code BOOL} (TINYINT(1)); text is {@code TEXT} and unsized binary {@code BLOB} (both
 * hold 64 KB, as Alembic projects have them); real is {@code FLOAT} (MySQL's REAL means DOUBLE);
 * timestamp is {@code DATETIME} and timestamptz is {@code TIMESTAMP}, the type that stores an
 * instant (converted from the session time zone to UTC), at the price of its 1970-2038 range,
 * and which is written with an explicit NULL when nullable since older servers make TIMESTAMP
 * columns NOT NULL by default; uuid is {@code CHAR(36)}; enums are inline {@code ENUM(...)}.
 * A schema is a database. DDL is not transactional, there are no sequences nor partial indexes,
 * comments are inline ({@code COMMENT '...'}, {@code ALTER TABLE t COMMENT = '...'}), and changing
 * a column restates it whole with MODIFY/CHANGE, so the {@code existing...} values must be given.
 */
class MySqlDialect extends SqlDialect {

    MySqlDialect() {
        this("mysql");
    }

    MySqlDialect(String name) {
        super(name, new Identifiers("`", "`", ReservedWords.MYSQL),
                new Literals(Literals.Booleans.WORDS, Literals.Binary.X_QUOTED, true, true));
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /** {@code GET_LOCK} on a connection of its own ({@link NamedLock}). */
    @Override
    public MigrationLock migrationLock(LockScope scope) {
        return new NamedLock(name().equals("mariadb") ? "MariaDB" : "MySQL", scope.name(), scope.connector());
    }

    @Override
    public SchemaReflector reflector() {
        return new MySqlReflector(this, false, "EXPRESSION", false);
    }

    /** A schema is a database. */
    @Override
    public String useSchemaStatement(String schema) {
        return "USE " + quote(schema);
    }

    /** Connector/J ignores {@code setSchema}: the database is the catalog. */
    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        connection.setCatalog(schema);
    }

    @Override
    protected String dialectType(ColumnType type) {
        switch (type.kind()) {
            case BOOLEAN: return "BOOL";
            case VARCHAR: return "VARCHAR(" + requireLength(type) + ")";
            case REAL: return "FLOAT";
            case DOUBLE: return "DOUBLE";
            case TIMESTAMP: return "DATETIME";
            case TIMESTAMPTZ: return "TIMESTAMP";
            case UUID: return "CHAR(36)";
            case ENUM: return "ENUM(" + type.enumValues().stream().map(this::stringLiteral)
                    .collect(Collectors.joining(", ")) + ")";
            default: return null;
        }
    }

    private int requireLength(ColumnType type) {
        if (type.length() == null) {
            throw new RetortException(name() + " needs a length for VARCHAR; use varchar(n) or text()");
        }
        return type.length();
    }

    @Override
    String columnDefinition(String schema, Column column, boolean inlinePrimaryKey) {
        return definition(column.name(), column.type(), column.isNullable(), column.serverDefault(),
                column.isIdentity(), column.comment(), false);
    }

    /** name TYPE [NULL|NOT NULL] [DEFAULT] [AUTO_INCREMENT] [COMMENT], in SQLAlchemy's order. */
    private String definition(String name, ColumnType type, boolean nullable, String serverDefault, boolean identity,
                              String comment, boolean explicitNull) {
        StringBuilder s = new StringBuilder(quote(name)).append(' ').append(type(type));
        if (!nullable) {
            s.append(" NOT NULL");
        } else if (explicitNull || type.kind() == ColumnType.Kind.TIMESTAMPTZ) {
            s.append(" NULL");
        }
        if (serverDefault != null) {
            s.append(" DEFAULT ").append(serverDefault);
        }
        if (identity) {
            s.append(" AUTO_INCREMENT");
        }
        if (comment != null) {
            s.append(" COMMENT ").append(stringLiteral(comment));
        }
        return s.toString();
    }

    @Override
    boolean enumsAsCheck() {
        return false;
    }

    /** Nothing: MySQL column comments are part of the column definition. */
    @Override
    List<String> columnComment(String schema, String table, String column, String comment) {
        return List.of();
    }

    @Override
    List<String> tableComment(String schema, String table, String comment) {
        return List.of(alterTable(schema, table) + " COMMENT = " + stringLiteral(comment == null ? "" : comment));
    }

    /**
     * A default alone changes with ALTER COLUMN SET/DROP DEFAULT; anything else restates the column
     * with MODIFY (or CHANGE to rename), taking what does not change from the existing values.
     */
    @Override
    List<String> alterColumn(String schema, String table, String column, ColumnChange change) {
        String alter = alterTable(schema, table);
        boolean restate = change.type() != null || change.nullable() != null || change.newName() != null
                || change.comment() != null;
        if (!restate) {
            if (change.serverDefault() != null) {
                return List.of(alter + " ALTER COLUMN " + quote(column) + " SET DEFAULT " + change.serverDefault());
            }
            return change.dropsDefault() ? List.of(alter + " ALTER COLUMN " + quote(column) + " DROP DEFAULT")
                    : List.of();
        }
        List<String> missing = new ArrayList<>();
        if (change.type() == null && change.existingType() == null) {
            missing.add("existingType (its current type)");
        }
        if (change.nullable() == null && change.existingNullable() == null) {
            missing.add("existingNullable (whether it allows NULL now)");
        }
        if (!missing.isEmpty()) {
            throw new RetortException(name() + " restates the whole column to alter " + table + "." + column
                    + ": give " + String.join(" and ", missing) + " in the change");
        }
        ColumnType type = change.type() != null ? change.type() : change.existingType();
        boolean nullable = change.nullable() != null ? change.nullable() : change.existingNullable();
        String serverDefault = change.serverDefault() != null ? change.serverDefault()
                : change.dropsDefault() ? null : change.existingDefault();
        String comment = change.comment() != null ? change.comment() : change.existingComment();
        String name = change.newName() != null ? change.newName() : column;
        String definition = definition(name, type, nullable, serverDefault, false, comment, true);
        return List.of(change.newName() != null ? alter + " CHANGE " + quote(column) + " " + definition
                : alter + " MODIFY " + definition);
    }

    /** The new name is qualified too: an unqualified one would move the table into the connection's database. */
    @Override
    String renameTable(RenameTable op) {
        return alterTable(op.schema(), op.from()) + " RENAME TO " + qualify(op.schema(), op.to());
    }

    /** MySQL (8.0.13+) takes an expression key part only in parentheses of its own: {@code ((lower(email)))}. */
    @Override
    String indexExpression(Index index, String expression) {
        return "(" + expression + ")";
    }

    @Override
    String dropIndex(DropIndex op) {
        return "DROP INDEX " + quote(op.name()) + " ON " + qualify(op.schema(), op.table());
    }

    @Override
    String dropConstraint(DropConstraint op) {
        String alter = alterTable(op.schema(), op.table());
        if (op.kind() == null) {
            throw new RetortException(name() + " drops each kind of constraint its own way: give the kind of "
                    + op.name() + " (PRIMARY_KEY, UNIQUE, FOREIGN_KEY or CHECK)");
        }
        switch (op.kind()) {
            case PRIMARY_KEY: return alter + " DROP PRIMARY KEY";
            case UNIQUE: return alter + " DROP INDEX " + quote(op.name());
            case FOREIGN_KEY: return alter + " DROP FOREIGN KEY " + quote(op.name());
            default: return alter + " " + dropCheckKeyword() + " " + quote(op.name());
        }
    }

    /** {@code DROP CHECK} (MySQL 8.0.16+). */
    String dropCheckKeyword() {
        return "DROP CHECK";
    }

    @Override
    boolean supportsSequences() {
        return false;
    }
}
