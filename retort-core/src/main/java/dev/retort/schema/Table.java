package dev.retort.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table as a model or a database has it: what autogenerate compares. Immutable. Constraint and
 * index lists hold named or unnamed entries as the source gives them.
 *
 * @param schema      schema, or null for the default
 * @param name        table name
 * @param columns     columns in order
 * @param primaryKey  the primary key, or null
 * @param uniques     unique constraints
 * @param foreignKeys foreign keys
 * @param indexes     indexes (not those backing the primary key or unique constraints)
 * @param checks      check constraints
 * @param comment     table comment, or null
 */
public record Table(String schema, String name, List<Column> columns, PrimaryKey primaryKey,
                    List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<Index> indexes,
                    List<CheckConstraint> checks, String comment) {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
    }

    /** The column of that name, or null. */
    public Column column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The table's definition as createTable elements (columns, then constraints), the primary key said once: on
     * its columns when it is unnamed and in column order, else as a constraint.
     */
    public List<TableElement> elements() {
        List<String> flagged = columns.stream().filter(Column::isPrimaryKey).map(Column::name).toList();
        boolean keyOnColumns = primaryKey == null || primaryKey.name() == null && primaryKey.columns().equals(flagged);
        List<TableElement> elements = new ArrayList<>(columns.size() + 4);
        for (Column c : columns) {
            elements.add(keyOnColumns || !c.isPrimaryKey() ? c : new Column(c.name(), c.type(), c.isNullable(),
                    c.serverDefault(), false, c.isIdentity(), c.isUnique(), c.comment(), c.references()));
        }
        if (!keyOnColumns) {
            elements.add(primaryKey);
        }
        elements.addAll(uniques);
        elements.addAll(foreignKeys);
        elements.addAll(checks);
        return elements;
    }
}
