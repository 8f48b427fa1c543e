package dev.retort.autogenerate;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** Small builders for the two sides of a comparison. */
final class Schemas {
    private Schemas() {
    }

    static SchemaModel schema(Table... tables) {
        return new SchemaModel(List.of(tables), List.of(), List.of());
    }

    static SchemaModel schema(List<Table> tables, List<EnumType> enums, List<Sequence> sequences) {
        return new SchemaModel(tables, enums, sequences);
    }

    /** A table with an integer {@code id} primary key named {@code <name>_pkey} and the given columns. */
    static TableBuilder table(String name, Column... columns) {
        return new TableBuilder(name, List.of(columns));
    }

    static final class TableBuilder {
        private final String name;
        private final List<Column> columns;
        private PrimaryKey pk;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<ForeignKey> fks = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private String comment;

        TableBuilder(String name, List<Column> columns) {
            this.name = name;
            this.columns = columns;
        }

        TableBuilder pk(String pkName, String... cols) {
            pk = new PrimaryKey(pkName, List.of(cols));
            return this;
        }

        TableBuilder unique(String uqName, String... cols) {
            uniques.add(new UniqueConstraint(uqName, List.of(cols)));
            return this;
        }

        TableBuilder fk(String fkName, String column, String parent, String parentColumn) {
            fks.add(new ForeignKey(fkName, List.of(column), null, parent, List.of(parentColumn), null, null));
            return this;
        }

        TableBuilder index(Index index) {
            indexes.add(index);
            return this;
        }

        TableBuilder check(String ckName, String condition) {
            checks.add(new CheckConstraint(ckName, condition));
            return this;
        }

        TableBuilder comment(String text) {
            comment = text;
            return this;
        }

        Table build() {
            return new Table(null, name, columns, pk, uniques, fks, indexes, checks, comment);
        }
    }
}
