package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.Operation;
import dev.retort.migration.Operation.AddColumn;
import dev.retort.migration.Operation.AddConstraint;
import dev.retort.migration.Operation.AlterColumn;
import dev.retort.migration.Operation.CreateIndex;
import dev.retort.migration.Operation.DropColumn;
import dev.retort.migration.Operation.DropConstraint;
import dev.retort.migration.Operation.DropIndex;
import dev.retort.migration.Operation.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies a batch's operations to a SQLite table definition, giving the table to create:
 * columns added, dropped (with the keys and indexes that use them) and altered (type,
 * nullability, default, name, carried into keys and indexes), constraints and indexes added and
 * dropped. Comments are ignored, as SQLite has none.
 */
final class SqliteTableChanges {
    private final SqliteDialect dialect;
    private final String table;
    private final List<SqliteTable.Column> columns;
    private PrimaryKey primaryKey;
    private boolean autoincrement;
    private final List<UniqueConstraint> uniques;
    private final List<ForeignKey> foreignKeys;
    private final List<CheckConstraint> checks;
    private final List<SqliteTable.Index> indexes;

    SqliteTableChanges(SqliteDialect dialect, SqliteTable start) {
        this.dialect = dialect;
        this.table = start.name();
        this.columns = new ArrayList<>(start.columns());
        this.primaryKey = start.primaryKey();
        this.autoincrement = start.autoincrement();
        this.uniques = new ArrayList<>(start.uniques());
        this.foreignKeys = new ArrayList<>(start.foreignKeys());
        this.checks = new ArrayList<>(start.checks());
        this.indexes = new ArrayList<>(start.indexes());
    }

    SqliteTable result() {
        return new SqliteTable(table, columns, primaryKey, autoincrement, uniques, foreignKeys, checks, indexes);
    }

    void apply(Operation op) {
        if (op instanceof AddColumn o) {
            addColumn(o.column());
        } else if (op instanceof DropColumn o) {
            dropColumn(o.column());
        } else if (op instanceof AlterColumn o) {
            alterColumn(o.column(), o.change());
        } else if (op instanceof AddConstraint o) {
            addConstraint(o.constraint());
        } else if (op instanceof DropConstraint o) {
            dropConstraint(o.name());
        } else if (op instanceof CreateIndex o) {
            indexes.add(new SqliteTable.Index(o.index().name(), o.index().isUnique(), o.index().columns(),
                    o.index().where(), null));
        } else if (op instanceof DropIndex o) {
            if (!indexes.removeIf(i -> i.name().equalsIgnoreCase(o.name()))) {
                throw new RetortException("batchAlterTable(" + table + "): no index named " + o.name());
            }
        } else if (!(op instanceof SetTableComment)) {
            throw new RetortException("batchAlterTable(" + table + ") holds column, constraint, index and comment"
                    + " changes of its table only, not " + op.getClass().getSimpleName());
        }
    }

    private void addColumn(Column c) {
        if (c.isIdentity()) {
            throw new RetortException("SQLite cannot add identity column " + c.name() + " to " + table
                    + ": only the key column made with the table can be AUTOINCREMENT");
        }
        List<CheckConstraint> own = new ArrayList<>();
        String enumCondition = dialect.enumCondition(c.name(), c.type());
        if (enumCondition != null) {
            own.add(new CheckConstraint(null, enumCondition));
        }
        columns.add(new SqliteTable.Column(c.name(), null, dialect.type(c.type()), !c.isNullable(), c.serverDefault(),
                null, own, false));
        for (TableElement e : TableSql.columnConstraints(List.of(c))) {
            addConstraint(e);
        }
    }

    private void dropColumn(String name) {
        SqliteTable.Column column = column(name);
        columns.remove(column);
        if (primaryKey != null && contains(primaryKey.columns(), name)) {
            List<String> rest = without(primaryKey.columns(), name);
            primaryKey = rest.isEmpty() ? null : new PrimaryKey(primaryKey.name(), rest);
            autoincrement = false;
        }
        uniques.removeIf(u -> contains(u.columns(), name));
        foreignKeys.removeIf(f -> contains(f.columns(), name));
        indexes.removeIf(i -> contains(i.columns(), name));
    }

    private void alterColumn(String name, ColumnChange change) {
        SqliteTable.Column c = column(name);
        String type = change.type() == null ? c.type() : dialect.type(change.type());
        boolean notNull = change.nullable() == null ? c.notNull() : !change.nullable();
        String defaultSql = change.serverDefault() != null ? change.serverDefault()
                : change.dropsDefault() ? null : c.defaultSql();
        String newName = change.newName() == null ? c.name() : change.newName();
        List<CheckConstraint> own = new ArrayList<>(c.checks());
        String enumCondition = change.type() == null ? null : dialect.enumCondition(newName, change.type());
        if (enumCondition != null) {
            own.add(new CheckConstraint(null, enumCondition));
        }
        columns.set(columns.indexOf(c), new SqliteTable.Column(newName, c.source(), type, notNull, defaultSql,
                c.collate(), own, c.castOnCopy() || change.type() != null));
        if (change.newName() != null) {
            UnaryOperator<List<String>> rename = cols -> renamed(cols, name, newName);
            if (primaryKey != null) {
                primaryKey = new PrimaryKey(primaryKey.name(), rename.apply(primaryKey.columns()));
            }
            uniques.replaceAll(u -> new UniqueConstraint(u.name(), rename.apply(u.columns())));
            foreignKeys.replaceAll(f -> new ForeignKey(f.name(), rename.apply(f.columns()), f.referredSchema(),
                    f.referredTable(), f.referredColumns(), f.onDelete(), f.onUpdate()));
            indexes.replaceAll(i -> new SqliteTable.Index(i.name(), i.unique(), rename.apply(i.columns()), i.where(),
                    i.sql()));
        }
    }

    private void addConstraint(TableElement constraint) {
        if (constraint instanceof PrimaryKey pk) {
            primaryKey = pk;
            autoincrement = false;
        } else if (constraint instanceof UniqueConstraint u) {
            uniques.add(u);
        } else if (constraint instanceof ForeignKey f) {
            foreignKeys.add(f);
        } else if (constraint instanceof CheckConstraint ck) {
            checks.add(ck);
        }
    }

    private void dropConstraint(String name) {
        boolean dropped = uniques.removeIf(u -> name.equalsIgnoreCase(u.name()))
                | foreignKeys.removeIf(f -> name.equalsIgnoreCase(f.name()))
                | checks.removeIf(ck -> name.equalsIgnoreCase(ck.name()));
        for (int i = 0; i < columns.size(); i++) {
            SqliteTable.Column c = columns.get(i);
            List<CheckConstraint> kept = new ArrayList<>(c.checks());
            if (kept.removeIf(ck -> name.equalsIgnoreCase(ck.name()))) {
                columns.set(i, new SqliteTable.Column(c.name(), c.source(), c.type(), c.notNull(), c.defaultSql(),
                        c.collate(), kept, c.castOnCopy()));
                dropped = true;
            }
        }
        if (primaryKey != null && name.equalsIgnoreCase(primaryKey.name())) {
            primaryKey = null;
            autoincrement = false;
            dropped = true;
        }
        if (!dropped) {
            throw new RetortException("batchAlterTable(" + table + "): no constraint named " + name
                    + " (SQLite keeps unnamed constraints without a name, so they cannot be dropped by name)");
        }
    }

    private SqliteTable.Column column(String name) {
        for (SqliteTable.Column c : columns) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new RetortException("batchAlterTable(" + table + "): no column named " + name);
    }

    private static boolean contains(List<String> names, String name) {
        return names.stream().anyMatch(n -> n != null && n.equalsIgnoreCase(name));
    }

    private static List<String> without(List<String> names, String name) {
        List<String> out = new ArrayList<>(names);
        out.removeIf(n -> n.equalsIgnoreCase(name));
        return out;
    }

    private static List<String> renamed(List<String> names, String from, String to) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(n != null && n.equalsIgnoreCase(from) ? to : n);
        }
        return out;
    }
}
