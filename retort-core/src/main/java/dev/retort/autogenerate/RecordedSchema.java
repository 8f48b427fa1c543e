package dev.retort.autogenerate;

import dev.retort.RetortException;
import dev.retort.migration.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The schema that a list of recorded create operations builds from nothing: what a
 * {@link dev.retort.migration.SchemaDefinition} describes. Only {@code createTable},
 * {@code createIndex}, the {@code create*Constraint} methods, {@code createTableComment},
 * {@code createEnum} and {@code createSequence} describe a schema; any other operation is an
 * error that names it.
 */
final class RecordedSchema {
    private final Map<List<String>, TableBuilder> tables = new LinkedHashMap<>();
    private final List<EnumType> enums = new ArrayList<>();
    private final List<Sequence> sequences = new ArrayList<>();

    private RecordedSchema() {
    }

    /**
     * The schema {@code operations} create, tables ordered by schema and name, each column's type
     * passed through {@code readBack} (the target's {@code SchemaReflector#readBack}).
     */
    static SchemaModel toModel(List<Operation> operations, UnaryOperator<ColumnType> readBack) {
        RecordedSchema schema = new RecordedSchema();
        operations.forEach(schema::apply);
        return schema.model(readBack);
    }

    private void apply(Operation operation) {
        if (operation instanceof Operation.CreateTable t) {
            if (tables.putIfAbsent(key(t.schema(), t.table()), new TableBuilder(t)) != null) {
                throw new RetortException("The schema definition creates table " + t.table() + " twice");
            }
        } else if (operation instanceof Operation.CreateIndex i) {
            table(i.schema(), i.table(), "index " + i.index().name()).indexes.add(i.index());
        } else if (operation instanceof Operation.AddConstraint c) {
            table(c.schema(), c.table(), "a constraint").add(c.constraint());
        } else if (operation instanceof Operation.SetTableComment c) {
            table(c.schema(), c.table(), "a comment").comment = c.comment();
        } else if (operation instanceof Operation.CreateEnum e) {
            enums.add(new EnumType(e.schema(), e.name(), e.values()));
        } else if (operation instanceof Operation.CreateSequence s) {
            sequences.add(new Sequence(s.schema(), s.name(), s.start(), s.increment()));
        } else {
            throw new RetortException("A schema definition only creates tables, indexes, constraints, enum types "
                    + "and sequences; it called " + operation.getClass().getSimpleName());
        }
    }

    private TableBuilder table(String schema, String name, String what) {
        TableBuilder table = tables.get(key(schema, name));
        if (table == null) {
            throw new RetortException("The schema definition adds " + what + " to table " + name
                    + " before creating it");
        }
        return table;
    }

    private SchemaModel model(UnaryOperator<ColumnType> readBack) {
        List<Table> built = tables.values().stream().map(t -> t.build(readBack))
                .sorted(Comparator.comparing((Table t) -> Objects.toString(t.schema(), ""))
                        .thenComparing(Table::name))
                .toList();
        return new SchemaModel(built, enums, sequences);
    }

    private static List<String> key(String schema, String table) {
        return Arrays.asList(schema, table);
    }

    /** One table as its createTable call and the later operations on it make it. */
    private static final class TableBuilder {
        private final String schema;
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private String comment;

        TableBuilder(Operation.CreateTable create) {
            this.schema = create.schema();
            this.name = create.table();
            create.elements().forEach(this::add);
        }

        void add(TableElement element) {
            if (element instanceof Column c) {
                columns.add(c);
            } else if (element instanceof PrimaryKey p) {
                setPrimaryKey(p);
            } else if (element instanceof UniqueConstraint u) {
                uniques.add(u);
            } else if (element instanceof ForeignKey f) {
                foreignKeys.add(f);
            } else if (element instanceof CheckConstraint c) {
                checks.add(c);
            }
        }

        private void setPrimaryKey(PrimaryKey p) {
            if (primaryKey != null) {
                throw new RetortException("The schema definition gives table " + name + " two primary keys");
            }
            primaryKey = p;
        }

        /**
         * The table in reflection's canonical form: inline primary key, unique and references
         * markers become table-level constraints; primary key columns are flagged
         * {@code isPrimaryKey}; column types are as the target reads them back.
         */
        Table build(UnaryOperator<ColumnType> readBack) {
            List<String> inlineKey = columns.stream().filter(Column::isPrimaryKey).map(Column::name).toList();
            if (!inlineKey.isEmpty()) {
                setPrimaryKey(new PrimaryKey(null, inlineKey));
            }
            List<String> keyColumns = primaryKey == null ? List.of() : primaryKey.columns();
            List<Column> canonical = new ArrayList<>();
            for (Column c : columns) {
                if (c.isUnique()) {
                    uniques.add(new UniqueConstraint(null, List.of(c.name())));
                }
                if (c.references() != null) {
                    foreignKeys.add(c.references());
                }
                canonical.add(new Column(c.name(), readBack.apply(c.type()), c.isNullable(), c.serverDefault(),
                        keyColumns.contains(c.name()), c.isIdentity(), false, c.comment(), null));
            }
            return new Table(schema, name, canonical, primaryKey, uniques, foreignKeys, indexes, checks, comment);
        }
    }
}
