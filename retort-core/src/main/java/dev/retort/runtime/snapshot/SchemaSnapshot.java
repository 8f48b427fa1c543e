package dev.retort.runtime.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The tables of one schema as JDBC {@link java.sql.DatabaseMetaData} reports them: columns with
 * type, nullability and default, primary keys, indexes (unique or not) and foreign keys. Read
 * with {@link SnapshotReader}; compared with {@link #differencesFrom(SchemaSnapshot)}.
 *
 * @param tables the tables by name
 */
public record SchemaSnapshot(SortedMap<String, TableSnapshot> tables) {
    /** A schema without tables. */
    public static final SchemaSnapshot EMPTY = new SchemaSnapshot(new TreeMap<>());

    public SchemaSnapshot {
        tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
    }

    /**
     * How this schema differs from {@code expected}, tables in name order. A table present on one
     * side only is one difference (its columns are not listed); so is a column.
     */
    public List<Difference> differencesFrom(SchemaSnapshot expected) {
        List<Difference> out = new ArrayList<>();
        for (TableSnapshot table : union(tables, expected.tables)) {
            TableSnapshot mine = tables.get(table.name());
            TableSnapshot theirs = expected.tables.get(table.name());
            if (theirs == null) {
                out.add(Difference.extra("table " + table.name()));
            } else if (mine == null) {
                out.add(Difference.missing("table " + table.name()));
            } else {
                compare(mine, theirs, out);
            }
        }
        return out;
    }

    private static void compare(TableSnapshot mine, TableSnapshot expected, List<Difference> out) {
        String t = mine.name();
        for (ColumnSnapshot column : union(mine.columns(), expected.columns())) {
            ColumnSnapshot a = mine.columns().get(column.name());
            ColumnSnapshot e = expected.columns().get(column.name());
            String subject = "column " + t + "." + column.name();
            if (e == null) {
                out.add(Difference.extra(subject));
            } else if (a == null) {
                out.add(Difference.missing(subject));
            } else if (!a.equals(e)) {
                out.add(Difference.changed(subject, a.differenceFrom(e)));
            }
        }
        if (!mine.primaryKey().equals(expected.primaryKey())) {
            out.add(Difference.changed("primary key of " + t, keyText(mine.primaryKey()) + " (expected "
                    + keyText(expected.primaryKey()) + ")"));
        }
        compareNamed("index " + t + ".", mine.indexes(), expected.indexes(), out);
        compareNamed("foreign key " + t + ".", mine.foreignKeys(), expected.foreignKeys(), out);
    }

    private static <V> void compareNamed(String prefix, SortedMap<String, V> mine, SortedMap<String, V> expected,
                                         List<Difference> out) {
        TreeMap<String, V> all = new TreeMap<>(expected);
        all.putAll(mine);
        for (String name : all.keySet()) {
            V a = mine.get(name);
            V e = expected.get(name);
            if (e == null) {
                out.add(Difference.extra(prefix + name));
            } else if (a == null) {
                out.add(Difference.missing(prefix + name));
            } else if (!Objects.equals(a, e)) {
                out.add(Difference.changed(prefix + name, a + " (expected " + e + ")"));
            }
        }
    }

    /** The values of both maps, keys of {@code mine} first in its order, then those only {@code other} has. */
    private static <V> List<V> union(Map<String, V> mine, Map<String, V> other) {
        List<V> all = new ArrayList<>(mine.values());
        other.forEach((name, value) -> {
            if (!mine.containsKey(name)) {
                all.add(value);
            }
        });
        return all;
    }

    private static String keyText(List<String> columns) {
        return columns.isEmpty() ? "none" : "(" + String.join(", ", columns) + ")";
    }
}
