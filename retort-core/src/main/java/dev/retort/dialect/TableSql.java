package dev.retort.dialect;

import dev.retort.migration.Operation.AddColumn;
import dev.retort.migration.Operation.CreateTable;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE TABLE and ADD COLUMN, laid out as SQLAlchemy does: one line per column, then the primary
 * key, the columns' own unique and foreign keys, and the table's other constraints; comments
 * follow as the dialect sets them.
 */
final class TableSql {
    private final SqlDialect dialect;

    TableSql(SqlDialect dialect) {
        this.dialect = dialect;
    }

    List<String> createTable(CreateTable op) {
        List<Column> columns = op.columns();
        PrimaryKey primaryKey = primaryKey(op.elements(), columns);
        Column inlineKey = inlineKeyColumn(primaryKey, columns);
        List<String> lines = new ArrayList<>();
        for (Column c : columns) {
            lines.add(dialect.columnDefinition(op.schema(), c, c == inlineKey));
        }
        if (primaryKey != null && inlineKey == null) {
            lines.add(dialect.clauses.constraint(primaryKey));
        }
        for (TableElement e : columnConstraints(columns)) {
            lines.add(dialect.clauses.constraint(e));
        }
        for (TableElement e : op.elements()) {
            if (!(e instanceof Column) && !(e instanceof PrimaryKey)) {
                lines.add(dialect.clauses.constraint(e));
            }
        }
        List<String> out = new ArrayList<>();
        out.add("CREATE TABLE " + dialect.qualify(op.schema(), op.table()) + " (\n\t" + String.join(", \n\t", lines)
                + "\n)");
        for (Column c : columns) {
            if (c.comment() != null) {
                out.addAll(dialect.columnComment(op.schema(), op.table(), c.name(), c.comment()));
            }
        }
        return out;
    }

    /**
     * ADD COLUMN, then the column's unique and foreign key as constraints of their own, then its
     * comment. A primary-key flag is ignored, as Alembic does: a table has its key already.
     */
    List<String> addColumn(AddColumn op) {
        List<String> out = new ArrayList<>();
        String alter = dialect.alterTable(op.schema(), op.table());
        out.add(alter + " " + dialect.addColumnKeyword() + " " + dialect.columnDefinition(op.schema(), op.column(), false));
        for (TableElement e : columnConstraints(List.of(op.column()))) {
            out.add(alter + " ADD " + dialect.clauses.constraint(e));
        }
        if (op.column().comment() != null) {
            out.addAll(dialect.columnComment(op.schema(), op.table(), op.column().name(), op.column().comment()));
        }
        return out;
    }

    /** The table's explicit primary key, or one over the columns flagged as key, or null. */
    static PrimaryKey primaryKey(List<TableElement> elements, List<Column> columns) {
        for (TableElement e : elements) {
            if (e instanceof PrimaryKey pk) {
                return pk;
            }
        }
        List<String> keyColumns = new ArrayList<>();
        for (Column c : columns) {
            if (c.isPrimaryKey()) {
                keyColumns.add(c.name());
            }
        }
        return keyColumns.isEmpty() ? null : new PrimaryKey(null, keyColumns);
    }

    private Column inlineKeyColumn(PrimaryKey primaryKey, List<Column> columns) {
        if (primaryKey == null || primaryKey.columns().size() != 1) {
            return null;
        }
        for (Column c : columns) {
            if (c.name().equals(primaryKey.columns().get(0)) && dialect.inlinesPrimaryKey(c)) {
                return c;
            }
        }
        return null;
    }

    /** The unique and foreign keys declared on columns, as table constraints. */
    static List<TableElement> columnConstraints(List<Column> columns) {
        List<TableElement> out = new ArrayList<>();
        for (Column c : columns) {
            if (c.isUnique()) {
                out.add(new UniqueConstraint(null, List.of(c.name())));
            }
            if (c.references() != null) {
                ForeignKey fk = c.references();
                out.add(new ForeignKey(fk.name(), List.of(c.name()), fk.referredSchema(), fk.referredTable(),
                        fk.referredColumns(), fk.onDelete(), fk.onUpdate()));
            }
        }
        return out;
    }
}
