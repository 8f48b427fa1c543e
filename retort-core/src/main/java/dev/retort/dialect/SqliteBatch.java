package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.migration.Operation;
import dev.retort.migration.Operation.AddColumn;
import dev.retort.migration.Operation.AlterColumn;
import dev.retort.migration.Operation.BatchAlterTable;
import dev.retort.migration.Operation.CreateIndex;
import dev.retort.migration.Operation.DropIndex;
import dev.retort.migration.Operation.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Index;
import dev.retort.schema.TableElement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * batchAlterTable on SQLite, as Alembic's batch mode does it. When every change is one SQLite's
 * ALTER TABLE can make (adding a column that is not UNIQUE, renaming a column, indexes, comments)
 * the statements are plain and need no connection. Otherwise the table is moved and copied: read
 * the live table, apply the changes, {@code CREATE TABLE _retort_tmp_<table>}, copy the kept
 * columns' rows (cast when their type changed), drop the old table, rename the new one, and
 * create the indexes again. This needs the live connection; offline it fails.
 */
final class SqliteBatch {
    static final String TEMP_PREFIX = "_retort_tmp_";

    private final SqliteDialect dialect;

    SqliteBatch(SqliteDialect dialect) {
        this.dialect = dialect;
    }

    List<String> render(BatchAlterTable op, Connection connection) {
        dialect.qualify(op.schema(), op.table());
        for (Operation inner : op.operations()) {
            String innerTable = tableOf(inner);
            if (innerTable != null && !innerTable.equalsIgnoreCase(op.table())) {
                throw new RetortException("batchAlterTable(" + op.table() + ") holds an operation on another table, "
                        + innerTable + "; move it out of the batch");
            }
        }
        if (op.operations().stream().allMatch(SqliteBatch::plainAlter)) {
            List<String> out = new ArrayList<>();
            for (Operation inner : op.operations()) {
                out.addAll(dialect.render(inner, connection));
            }
            return out;
        }
        if (connection == null) {
            throw new RetortException("batchAlterTable(" + op.table() + ") on SQLite needs a live connection to read"
                    + " the table it copies; run it online, not with --sql");
        }
        return moveAndCopy(op, connection);
    }

    private List<String> moveAndCopy(BatchAlterTable op, Connection connection) {
        SqliteCatalog catalog = new SqliteCatalog(connection);
        try {
            List<String> referencing = catalog.enforcedReferencesTo(op.table());
            if (!referencing.isEmpty()) {
                throw new RetortException("batchAlterTable(" + op.table() + ") on SQLite drops and recreates the table,"
                        + " but foreign keys of " + String.join(", ", referencing) + " point at it while PRAGMA"
                        + " foreign_keys is on; run this migration with foreign keys off");
            }
        } catch (SQLException e) {
            throw new RetortException("batchAlterTable could not read SQLite foreign keys: " + e.getMessage(), e);
        }
        SqliteTable before = catalog.read(op.table());
        SqliteTableChanges changes = new SqliteTableChanges(dialect, before);
        op.operations().forEach(changes::apply);
        SqliteTable after = changes.result();
        String temp = dialect.quote(TEMP_PREFIX + op.table());
        String table = dialect.quote(op.table());
        List<String> out = new ArrayList<>();
        out.add(createTable(temp, after));
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (SqliteTable.Column c : after.columns()) {
            if (c.source() != null) {
                targets.add(dialect.quote(c.name()));
                String source = dialect.quote(c.source());
                sources.add(c.castOnCopy() && !c.type().isEmpty() ? "CAST(" + source + " AS " + c.type() + ")" : source);
            }
        }
        if (!targets.isEmpty()) {
            out.add("INSERT INTO " + temp + " (" + String.join(", ", targets) + ") SELECT " + String.join(", ", sources)
                    + " FROM " + table);
        }
        out.add("DROP TABLE " + table);
        out.add("ALTER TABLE " + temp + " RENAME TO " + table);
        for (SqliteTable.Index index : after.indexes()) {
            out.add(index.columns().isEmpty() ? index.sql()
                    : dialect.createIndex(null, op.table(), new Index(index.name(), index.columns(), index.unique(),
                    index.where())));
        }
        return out;
    }

    private String createTable(String name, SqliteTable table) {
        List<String> lines = new ArrayList<>();
        boolean inlineKey = table.autoincrement() && table.primaryKey() != null
                && table.primaryKey().columns().size() == 1;
        for (SqliteTable.Column c : table.columns()) {
            StringBuilder s = new StringBuilder(dialect.quote(c.name()));
            if (!c.type().isEmpty()) {
                s.append(' ').append(c.type());
            }
            if (c.defaultSql() != null) {
                s.append(" DEFAULT ").append(c.defaultSql());
            }
            if (inlineKey && c.name().equalsIgnoreCase(table.primaryKey().columns().get(0))) {
                s.append(" PRIMARY KEY AUTOINCREMENT");
            }
            if (c.notNull()) {
                s.append(" NOT NULL");
            }
            if (c.collate() != null) {
                s.append(" COLLATE ").append(dialect.quote(c.collate()));
            }
            for (CheckConstraint check : c.checks()) {
                s.append(' ').append(dialect.clauses.constraint(check));
            }
            lines.add(s.toString());
        }
        List<TableElement> constraints = new ArrayList<>();
        if (table.primaryKey() != null && !inlineKey) {
            constraints.add(table.primaryKey());
        }
        constraints.addAll(table.uniques());
        constraints.addAll(table.foreignKeys());
        constraints.addAll(table.checks());
        lines.addAll(constraints.stream().map(dialect.clauses::constraint).collect(Collectors.toList()));
        return "CREATE TABLE " + name + " (\n\t" + String.join(", \n\t", lines) + "\n)";
    }

    /** Whether SQLite's own ALTER TABLE does this change, so no copy is needed. */
    private static boolean plainAlter(Operation op) {
        if (op instanceof AddColumn o) {
            return !o.column().isUnique() && !o.column().isIdentity();
        } else if (op instanceof AlterColumn o) {
            return o.change().type() == null && o.change().nullable() == null && o.change().serverDefault() == null
                    && !o.change().dropsDefault();
        }
        return op instanceof CreateIndex || op instanceof DropIndex || op instanceof SetTableComment;
    }

    private static String tableOf(Operation op) {
        if (op instanceof AddColumn o) {
            return o.table();
        } else if (op instanceof Operation.DropColumn o) {
            return o.table();
        } else if (op instanceof AlterColumn o) {
            return o.table();
        } else if (op instanceof Operation.AddConstraint o) {
            return o.table();
        } else if (op instanceof Operation.DropConstraint o) {
            return o.table();
        } else if (op instanceof CreateIndex o) {
            return o.table();
        } else if (op instanceof DropIndex o) {
            return o.table();
        } else if (op instanceof SetTableComment o) {
            return o.table();
        }
        return null;
    }
}
