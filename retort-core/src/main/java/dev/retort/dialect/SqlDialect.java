package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.Operation;
import dev.retort.migration.Operation.AddColumn;
import dev.retort.migration.Operation.AddConstraint;
import dev.retort.migration.Operation.AddEnumValue;
import dev.retort.migration.Operation.AlterColumn;
import dev.retort.migration.Operation.BatchAlterTable;
import dev.retort.migration.Operation.BulkInsert;
import dev.retort.migration.Operation.CreateEnum;
import dev.retort.migration.Operation.CreateIndex;
import dev.retort.migration.Operation.CreateSequence;
import dev.retort.migration.Operation.CreateTable;
import dev.retort.migration.Operation.DropColumn;
import dev.retort.migration.Operation.DropConstraint;
import dev.retort.migration.Operation.DropEnum;
import dev.retort.migration.Operation.DropIndex;
import dev.retort.migration.Operation.DropSequence;
import dev.retort.migration.Operation.DropTable;
import dev.retort.migration.Operation.Execute;
import dev.retort.migration.Operation.RenameTable;
import dev.retort.migration.Operation.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shared, ANSI-leaning rendering of every operation; each database's dialect extends it and
 * overrides the small hooks (types, identity, ALTER COLUMN spelling, comments) and the few
 * operations it spells its own way. Statements come without terminators.
 */
abstract class SqlDialect implements Dialect {
    private final String name;
    private final Identifiers identifiers;
    private final Literals literals;
    final Clauses clauses;
    private final TableSql tables;

    SqlDialect(String name, Identifiers identifiers, Literals literals) {
        this.name = name;
        this.identifiers = identifiers;
        this.literals = literals;
        this.clauses = new Clauses(this);
        this.tables = new TableSql(this);
    }

    @Override
    public String type(ColumnType type) {
        String own = dialectType(type);
        return own != null ? own : AnsiTypes.standard(type);
    }

    /** This database's spelling of a type where it differs from {@link AnsiTypes#standard}, else null. */
    protected String dialectType(ColumnType type) {
        return null;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supportsSchemas() {
        return true;
    }

    @Override
    public String statementTerminator() {
        return ";";
    }

    @Override
    public String batchSeparator() {
        return null;
    }

    @Override
    public String beginTransaction() {
        return transactionalDdl() ? "BEGIN" : null;
    }

    @Override
    public String commitTransaction() {
        return transactionalDdl() ? "COMMIT" : null;
    }

    @Override
    public String quote(String identifier) {
        return identifiers.quote(identifier);
    }

    @Override
    public String qualify(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    @Override
    public String literal(Object value, ColumnType type) {
        return literals.render(value, type);
    }

    /** A string literal, escaped for this dialect. */
    String stringLiteral(String text) {
        return literals.string(text);
    }

    @Override
    public List<String> createVersionTable(String schema, String table) {
        return render(VersionTables.versionTable(schema, table), null);
    }

    @Override
    public List<String> createLogTable(String schema, String table) {
        return render(VersionTables.logTable(schema, table), null);
    }

    @Override
    public List<String> render(Operation operation, Connection connection) {
        if (operation instanceof CreateTable o) {
            return tables.createTable(o);
        } else if (operation instanceof DropTable o) {
            return List.of("DROP TABLE " + qualify(o.schema(), o.table()));
        } else if (operation instanceof RenameTable o) {
            return List.of(renameTable(o));
        } else if (operation instanceof AddColumn o) {
            return addColumn(o);
        } else if (operation instanceof DropColumn o) {
            return dropColumn(o);
        } else if (operation instanceof AlterColumn o) {
            return alterColumn(o.schema(), o.table(), o.column(), o.change());
        } else if (operation instanceof CreateIndex o) {
            return List.of(createIndex(o.schema(), o.table(), o.index()));
        } else if (operation instanceof DropIndex o) {
            return List.of(dropIndex(o));
        } else if (operation instanceof AddConstraint o) {
            return List.of(addConstraint(o));
        } else if (operation instanceof DropConstraint o) {
            return List.of(dropConstraint(o));
        } else if (operation instanceof CreateSequence o) {
            return List.of(createSequence(o));
        } else if (operation instanceof DropSequence o) {
            requireSequences(o.name());
            return List.of("DROP SEQUENCE " + qualify(o.schema(), o.name()));
        } else if (operation instanceof SetTableComment o) {
            return tableComment(o.schema(), o.table(), o.comment());
        } else if (operation instanceof Execute o) {
            return List.of(o.sql());
        } else if (operation instanceof BulkInsert o) {
            return bulkInsert(o);
        } else if (operation instanceof BatchAlterTable o) {
            return batchAlterTable(o, connection);
        } else if (operation instanceof CreateEnum o) {
            return createEnum(o);
        } else if (operation instanceof DropEnum o) {
            return dropEnum(o);
        } else if (operation instanceof AddEnumValue o) {
            return addEnumValue(o);
        }
        throw new IllegalArgumentException("unknown operation " + operation);
    }

    // ----- hooks: columns

    /** A column as it appears in CREATE TABLE and ADD COLUMN: name, type, default, identity, NOT NULL, checks. */
    String columnDefinition(String schema, Column column, boolean inlinePrimaryKey) {
        StringBuilder s = new StringBuilder(quote(column.name())).append(' ').append(columnType(schema, column));
        if (column.serverDefault() != null) {
            s.append(" DEFAULT ").append(column.serverDefault());
        }
        String identity = identityClause(column, inlinePrimaryKey);
        if (identity != null) {
            s.append(' ').append(identity);
        }
        if (!column.isNullable()) {
            s.append(" NOT NULL");
        }
        String check = enumCheck(column);
        if (check != null) {
            s.append(' ').append(check);
        }
        return s.toString();
    }

    /**
     * The column's SQL type in a table of {@code schema} (null: the default one); SQLite's
     * autoincrement columns must say exactly INTEGER, PostgreSQL's enum types live in the table's schema.
     */
    String columnType(String schema, Column column) {
        return type(column.type());
    }

    /** What makes the column generated by the database, or null when it is not. */
    String identityClause(Column column, boolean inlinePrimaryKey) {
        return column.isIdentity() ? "GENERATED BY DEFAULT AS IDENTITY" : null;
    }

    /** Whether this column carries the primary key inline (SQLite's INTEGER PRIMARY KEY AUTOINCREMENT). */
    boolean inlinesPrimaryKey(Column column) {
        return false;
    }

    /** Whether enum columns are a VARCHAR with a CHECK (all but PostgreSQL and MySQL). */
    boolean enumsAsCheck() {
        return true;
    }

    /** {@code CHECK (c IN ('a', 'b'))} for an enum column where enums are checks, else null. */
    String enumCheck(Column column) {
        String condition = enumCondition(column.name(), column.type());
        return condition == null ? null : "CHECK (" + condition + ")";
    }

    /** {@code c IN ('a', 'b')} for an enum type where enums are checks, else null. */
    String enumCondition(String column, ColumnType type) {
        if (!enumsAsCheck() || type.kind() != ColumnType.Kind.ENUM) {
            return null;
        }
        return quote(column) + " IN ("
                + type.enumValues().stream().map(this::stringLiteral).collect(Collectors.joining(", ")) + ")";
    }

    /** The keyword(s) after ALTER TABLE t for adding a column. */
    String addColumnKeyword() {
        return "ADD COLUMN";
    }

    /** Statements that set a column comment after the column exists (COMMENT ON COLUMN). */
    List<String> columnComment(String schema, String table, String column, String comment) {
        return List.of("COMMENT ON COLUMN " + qualify(schema, table) + "." + quote(column) + " IS "
                + (comment == null ? "NULL" : stringLiteral(comment)));
    }

    /** Statements that set or (null) drop a table comment. */
    List<String> tableComment(String schema, String table, String comment) {
        return List.of("COMMENT ON TABLE " + qualify(schema, table) + " IS "
                + (comment == null ? "NULL" : stringLiteral(comment)));
    }

    // ----- operations a dialect may spell its own way

    String alterTable(String schema, String table) {
        return "ALTER TABLE " + qualify(schema, table);
    }

    String renameTable(RenameTable op) {
        return alterTable(op.schema(), op.from()) + " RENAME TO " + quote(op.to());
    }

    List<String> bulkInsert(BulkInsert op) {
        return new BulkInsertSql(this).render(op);
    }

    List<String> addColumn(AddColumn op) {
        return tables.addColumn(op);
    }

    List<String> dropColumn(DropColumn op) {
        return List.of(alterTable(op.schema(), op.table()) + " DROP COLUMN " + quote(op.column()));
    }

    /** ALTER COLUMN, one statement per change: type, nullability, default, comment, then the rename. */
    List<String> alterColumn(String schema, String table, String column, ColumnChange change) {
        List<String> out = new ArrayList<>();
        String alter = alterTable(schema, table) + " ALTER COLUMN " + quote(column);
        if (change.type() != null) {
            out.add(alter + " " + alterTypeClause(schema, change.type()));
        }
        if (change.nullable() != null) {
            out.add(alter + (change.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (change.serverDefault() != null) {
            out.add(alter + " SET DEFAULT " + change.serverDefault());
        } else if (change.dropsDefault()) {
            out.add(alter + " DROP DEFAULT");
        }
        if (change.comment() != null) {
            out.addAll(columnComment(schema, table, column, change.comment()));
        }
        if (change.newName() != null) {
            out.add(renameColumn(schema, table, column, change.newName()));
        }
        return out;
    }

    /** What follows ALTER COLUMN c to change its type: {@code TYPE x} (PostgreSQL). */
    String alterTypeClause(String schema, ColumnType type) {
        return "TYPE " + type(type);
    }

    String renameColumn(String schema, String table, String column, String newName) {
        return alterTable(schema, table) + " RENAME COLUMN " + quote(column) + " TO " + quote(newName);
    }

    /** Whether CREATE INDEX takes a WHERE condition. */
    boolean supportsPartialIndexes() {
        return false;
    }

    String createIndex(String schema, String table, Index index) {
        StringBuilder s = new StringBuilder(index.isUnique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
                .append(indexName(schema, index.name())).append(" ON ").append(qualify(schema, table)).append(" (")
                .append(index.columns().stream().map(c -> Identifiers.isName(c) ? quote(c) : indexExpression(index, c))
                        .collect(Collectors.joining(", ")))
                .append(')');
        if (index.where() != null) {
            if (!supportsPartialIndexes()) {
                throw new RetortException("partial indexes are not supported on " + name() + ": index "
                        + index.name() + " has where " + index.where() + "; drop the condition or make it a full index");
            }
            s.append(" WHERE ").append(index.where());
        }
        return s.toString();
    }

    /** An expression among an index's columns, as CREATE INDEX writes it. */
    String indexExpression(Index index, String expression) {
        return expression;
    }

    /** The index name in CREATE INDEX (unqualified: it lives in its table's schema). */
    String indexName(String schema, String index) {
        return quote(index);
    }

    String dropIndex(DropIndex op) {
        return "DROP INDEX " + qualify(op.schema(), op.name());
    }

    String addConstraint(AddConstraint op) {
        return alterTable(op.schema(), op.table()) + " ADD " + clauses.constraint(op.constraint());
    }

    String dropConstraint(DropConstraint op) {
        return alterTable(op.schema(), op.table()) + " DROP CONSTRAINT " + quote(op.name());
    }

    /** Whether CREATE SEQUENCE exists. */
    boolean supportsSequences() {
        return true;
    }

    void requireSequences(String sequence) {
        if (!supportsSequences()) {
            throw new RetortException(name() + " has no sequences (sequence " + sequence
                    + "); use an identity column instead");
        }
    }

    String createSequence(CreateSequence op) {
        requireSequences(op.name());
        StringBuilder s = new StringBuilder("CREATE SEQUENCE ").append(qualify(op.schema(), op.name()));
        if (op.start() != null) {
            s.append(" START WITH ").append(op.start());
        }
        if (op.increment() != null) {
            s.append(" INCREMENT BY ").append(op.increment());
        }
        return s.toString();
    }

    List<String> batchAlterTable(BatchAlterTable op, Connection connection) {
        List<String> out = new ArrayList<>();
        for (Operation inner : op.operations()) {
            out.addAll(render(inner, connection));
        }
        return out;
    }

    /** Nothing: enum columns carry their values (inline ENUM or CHECK) where there are no enum types. */
    List<String> createEnum(CreateEnum op) {
        return List.of();
    }

    List<String> dropEnum(DropEnum op) {
        return List.of();
    }

    List<String> addEnumValue(AddEnumValue op) {
        throw new RetortException(name() + " has no enum types, so value " + op.value() + " cannot be added to "
                + op.name() + "; alter the column's type to the new enumeration instead");
    }
}
