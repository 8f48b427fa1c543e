package dev.retort.dialect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** A table being read from catalog rows, element by element; {@link #build} makes the immutable {@link Table}. */
final class TableAccumulator {
    final String schema;
    final String name;
    String comment;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();

    TableAccumulator(String schema, String name, String comment) {
        this.schema = schema;
        this.name = name;
        this.comment = comment;
    }

    /** Replaces column {@code name} (to mark it primary key, or change its type once a check says more). */
    void replaceColumn(Column column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column.name())) {
                columns.set(i, column);
                return;
            }
        }
    }

    Column column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst().orElse(null);
    }

    /** The primary key, its columns flagged {@code isPrimaryKey}. */
    void primaryKey(PrimaryKey key) {
        primaryKey = key;
        for (String c : key.columns()) {
            Column column = column(c);
            if (column != null) {
                replaceColumn(column.primaryKey());
            }
        }
    }

    /** The table, its constraints and indexes sorted by name (unnamed ones last, in catalog order). */
    Table build() {
        return new Table(schema, name, columns, primaryKey, sorted(uniques, UniqueConstraint::name),
                sorted(foreignKeys, ForeignKey::name), sorted(indexes, Index::name), sorted(checks, CheckConstraint::name),
                comment);
    }

    private static <T> List<T> sorted(List<T> elements, Function<T, String> name) {
        return elements.stream().sorted(Comparator.comparing(name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
