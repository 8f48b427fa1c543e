package dev.retort.jpa;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

/**
 * One table of Hibernate's relational model as a retort {@link Table}. Names are Hibernate's own,
 * explicit or generated ({@code FK...}, {@code UK...}), so that a database Hibernate created
 * compares equal; the primary key is unnamed, as Hibernate's DDL leaves it. Constraints and
 * indexes are ordered by name.
 */
final class TableReader {
    private final PortableTypes types;

    TableReader(PortableTypes types) {
        this.types = types;
    }

    Table read(org.hibernate.mapping.Table table) {
        org.hibernate.mapping.PrimaryKey pk = table.getPrimaryKey();
        List<Column> columns = columns(table);
        return new Table(table.getSchema(), table.getName(), columns, pk == null ? null
                : new PrimaryKey(null, names(pk.getColumns())), uniques(table), foreignKeys(table), indexes(table),
                checks(table, columns), table.getComment());
    }

    private List<Column> columns(org.hibernate.mapping.Table table) {
        List<org.hibernate.mapping.Column> key = table.hasPrimaryKey() ? table.getPrimaryKey().getColumns() : List.of();
        List<Column> columns = new ArrayList<>();
        for (org.hibernate.mapping.Column c : table.getColumns()) {
            columns.add(new Column(c.getName(), types.of(c), c.isNullable(), c.getDefaultValue(), key.contains(c),
                    c.isIdentity(), false, c.getComment(), null));
        }
        return columns;
    }

    /**
     * Single-column keys ({@code @Column(unique = true)}, a one-to-one's join column), which
     * Hibernate keeps on the column with their name, then the table's multi-column keys; none that
     * repeats the primary key.
     */
    private static List<UniqueConstraint> uniques(org.hibernate.mapping.Table table) {
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (org.hibernate.mapping.Column c : table.getColumns()) {
            if (c.isUnique() && !table.isPrimaryKey(c)) {
                uniques.add(new UniqueConstraint(c.getUniqueKeyName(), List.of(c.getName())));
            }
        }
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (!isPrimaryKey(table, key)) {
                uniques.add(new UniqueConstraint(key.getName(), names(key.getColumns())));
            }
        }
        uniques.sort(Comparator.comparing(UniqueConstraint::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return uniques;
    }

    private static boolean isPrimaryKey(org.hibernate.mapping.Table table, UniqueKey key) {
        return table.getPrimaryKey() != null
                && key.getColumns().size() == table.getPrimaryKey().getColumns().size()
                && table.getPrimaryKey().getColumns().containsAll(key.getColumns());
    }

    /** The foreign keys Hibernate creates (not those mapped with {@code ConstraintMode.NO_CONSTRAINT}). */
    private static List<ForeignKey> foreignKeys(org.hibernate.mapping.Table table) {
        List<ForeignKey> keys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeys().values()) {
            if (!fk.isCreationEnabled() || !fk.isPhysicalConstraint()) {
                continue;
            }
            org.hibernate.mapping.Table referred = fk.getReferencedTable();
            List<org.hibernate.mapping.Column> referredColumns = fk.isReferenceToPrimaryKey()
                    ? referred.getPrimaryKey().getColumns() : fk.getReferencedColumns();
            keys.add(new ForeignKey(fk.getName(), names(fk.getColumns()), referred.getSchema(), referred.getName(),
                    names(referredColumns), onDelete(fk.getOnDeleteAction()), null));
        }
        keys.sort(Comparator.comparing(ForeignKey::name));
        return keys;
    }

    /** {@code @OnDelete} as SQL; none (the database's NO ACTION) as null. */
    private static String onDelete(OnDeleteAction action) {
        return action == null || action == OnDeleteAction.NO_ACTION ? null
                : action.toSqlString().toUpperCase(java.util.Locale.ROOT);
    }

    private static List<Index> indexes(org.hibernate.mapping.Table table) {
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            List<String> columns = index.getSelectables().stream().map(Selectable::getText).toList();
            indexes.add(new Index(index.getName(), columns, index.isUnique(), null));
        }
        indexes.sort(Comparator.comparing(Index::name));
        return indexes;
    }

    /**
     * The table's checks ({@code @Check} on the class) and its columns' ({@code @Check} on a field,
     * and those Hibernate derives from the type, such as an ordinal's range); not the anonymous
     * {@code IN} list Hibernate derives for an enum stored by name, which the column's ENUM type
     * carries and each dialect renders its own way.
     */
    private static List<CheckConstraint> checks(org.hibernate.mapping.Table table, List<Column> columns) {
        List<CheckConstraint> checks = new ArrayList<>();
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            checks.add(new CheckConstraint(check.getName(), check.getConstraint()));
        }
        int i = 0;
        for (org.hibernate.mapping.Column c : table.getColumns()) {
            boolean isEnum = columns.get(i++).type().kind() == ColumnType.Kind.ENUM;
            for (org.hibernate.mapping.CheckConstraint check : c.getCheckConstraints()) {
                if (!(isEnum && check.isAnonymous())) {
                    checks.add(new CheckConstraint(check.getName(), check.getConstraint()));
                }
            }
        }
        return checks;
    }

    private static List<String> names(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(org.hibernate.mapping.Column::getName).toList();
    }
}
