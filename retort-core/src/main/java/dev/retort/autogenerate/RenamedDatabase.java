package dev.retort.autogenerate;

import dev.retort.migration.ColumnChange;
import dev.retort.migration.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database's tables as they are after the hinted renames: the {@code RenameTable} and column
 * rename operations, and the tables with new names (columns, constraints, indexes, and the foreign
 * keys of other tables that refer to them), so that the rest compares like with like.
 */
final class RenamedDatabase {
    private final List<Table> tables = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private RenamedDatabase() {
    }

    /** The database tables after applying the {@code hints} that fit the model. */
    static RenamedDatabase apply(List<Table> database, List<Table> model, Renames hints) {
        RenamedDatabase r = new RenamedDatabase();
        Map<String, String> tableNames = new LinkedHashMap<>();
        Map<String, Map<String, String>> columnNames = new LinkedHashMap<>();
        for (Table t : database) {
            String newName = hints.table(t.name());
            if (newName != null && find(model, t.schema(), newName) != null && find(database, t.schema(), newName) == null) {
                r.steps.add(Step.of(new Operation.RenameTable(t.schema(), t.name(), newName)));
                tableNames.put(TableOrder.key(t.schema(), t.name()), newName);
            } else if (newName != null) {
                r.notes.add("--rename " + t.name() + "=" + newName + " ignored: the model has no table " + newName
                        + " or the database has one already");
            }
            String name = newName != null && tableNames.containsKey(TableOrder.key(t.schema(), t.name())) ? newName : t.name();
            Table target = find(model, t.schema(), name);
            Map<String, String> renamed = new LinkedHashMap<>();
            hints.columnsOf(t.name(), name).forEach((from, to) -> {
                if (target != null && t.column(from) != null && target.column(to) != null && t.column(to) == null) {
                    renamed.put(from, to);
                    r.steps.add(Step.of(new Operation.AlterColumn(t.schema(), name, from,
                            ColumnChange.NONE.rename(to))));
                } else {
                    r.notes.add("--rename " + t.name() + "." + from + "=" + to + " ignored: no such column in the "
                            + "database, or no " + to + " in the model's " + name);
                }
            });
            columnNames.put(TableOrder.key(t.schema(), t.name()), renamed);
        }
        for (Table t : database) {
            r.tables.add(rename(t, tableNames, columnNames));
        }
        return r;
    }

    private static Table find(List<Table> tables, String schema, String name) {
        for (Table t : tables) {
            if (t.name().equals(name) && java.util.Objects.equals(schema, t.schema())) {
                return t;
            }
        }
        return null;
    }

    private static Table rename(Table t, Map<String, String> tableNames, Map<String, Map<String, String>> columnNames) {
        String key = TableOrder.key(t.schema(), t.name());
        Map<String, String> cols = columnNames.getOrDefault(key, Map.of());
        List<Column> columns = t.columns().stream().map(c -> c.withName(cols.getOrDefault(c.name(), c.name()))).toList();
        PrimaryKey pk = t.primaryKey() == null ? null : new PrimaryKey(t.primaryKey().name(), names(t.primaryKey().columns(), cols));
        List<UniqueConstraint> uniques = t.uniques().stream()
                .map(u -> new UniqueConstraint(u.name(), names(u.columns(), cols))).toList();
        List<Index> indexes = t.indexes().stream()
                .map(i -> new Index(i.name(), names(i.columns(), cols), i.isUnique(), i.where())).toList();
        List<ForeignKey> fks = new ArrayList<>();
        for (ForeignKey fk : t.foreignKeys()) {
            String parentKey = TableOrder.key(fk.referredSchema() != null ? fk.referredSchema() : t.schema(), fk.referredTable());
            Map<String, String> parentCols = columnNames.getOrDefault(parentKey, Map.of());
            fks.add(new ForeignKey(fk.name(), names(fk.columns(), cols), fk.referredSchema(),
                    tableNames.getOrDefault(parentKey, fk.referredTable()), names(fk.referredColumns(), parentCols),
                    fk.onDelete(), fk.onUpdate()));
        }
        return new Table(t.schema(), tableNames.getOrDefault(key, t.name()), columns, pk, uniques, fks, indexes,
                t.checks(), t.comment());
    }

    private static List<String> names(List<String> columns, Map<String, String> renamed) {
        return columns.stream().map(c -> renamed.getOrDefault(c, c)).toList();
    }

    List<Table> tables() {
        return tables;
    }

    List<Step> steps() {
        return steps;
    }

    List<String> notes() {
        return notes;
    }
}
