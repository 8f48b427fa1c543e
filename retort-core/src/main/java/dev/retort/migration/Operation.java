package dev.retort.migration;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.TableElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One schema operation, as a value: what {@link Op} records and a dialect renders. Each knows its
 * reverse where one exists (autogenerate writes downgrades from it, verify checks them).
 * {@code schema} is null for the configured default schema.
 */
public sealed interface Operation {

    /** The operation that undoes this one, if it can be known from this value alone. */
    default Optional<Operation> reverse() {
        return Optional.empty();
    }

    /** True when running it loses data (dropping a table or column). */
    default boolean destructive() {
        return false;
    }

    record CreateTable(String schema, String table, List<TableElement> elements) implements Operation {
        public CreateTable {
            elements = List.copyOf(elements);
        }

        public List<Column> columns() {
            List<Column> cols = new ArrayList<>();
            for (TableElement e : elements) {
                if (e instanceof Column c) {
                    cols.add(c);
                }
            }
            return cols;
        }

        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropTable(schema, table, this));
        }
    }

    /** {@code definition} is the table as created, when known; it makes the drop reversible. */
    record DropTable(String schema, String table, CreateTable definition) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.ofNullable(definition);
        }

        @Override
        public boolean destructive() {
            return true;
        }
    }

    record RenameTable(String schema, String from, String to) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new RenameTable(schema, to, from));
        }
    }

    record AddColumn(String schema, String table, Column column) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropColumn(schema, table, column.name(), column));
        }
    }

    /** {@code existing} is the column as it was, when known. */
    record DropColumn(String schema, String table, String column, Column existing) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.ofNullable(existing).map(c -> new AddColumn(schema, table, c));
        }

        @Override
        public boolean destructive() {
            return true;
        }
    }

    /**
     * Reversible when the existing type, nullability and comment of what it changes are given; a
     * default change is always reversible, an unknown existing default being none (as in Alembic).
     */
    record AlterColumn(String schema, String table, String column, ColumnChange change) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            ColumnChange c = change;
            if ((c.type() != null && c.existingType() == null) || (c.nullable() != null && c.existingNullable() == null)
                    || (c.comment() != null && c.existingComment() == null)) {
                return Optional.empty();
            }
            boolean defaultChanged = c.serverDefault() != null || c.dropsDefault();
            ColumnChange back = new ColumnChange(c.newName() == null ? null : column,
                    c.type() == null ? null : c.existingType(), c.nullable() == null ? null : c.existingNullable(),
                    defaultChanged ? c.existingDefault() : null,
                    defaultChanged && c.existingDefault() == null,
                    c.comment() == null ? null : c.existingComment(),
                    c.type(), c.nullable(), c.serverDefault(), c.comment());
            return Optional.of(new AlterColumn(schema, table, c.newName() == null ? column : c.newName(), back));
        }
    }

    record CreateIndex(String schema, String table, Index index) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropIndex(schema, table, index.name(), index));
        }
    }

    /** {@code existing} is the index as it was, when known. */
    record DropIndex(String schema, String table, String name, Index existing) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.ofNullable(existing).map(i -> new CreateIndex(schema, table, i));
        }
    }

    /** A named primary key, unique, foreign key or check constraint added to an existing table. */
    record AddConstraint(String schema, String table, TableElement constraint) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            String name = Constraints.name(constraint);
            return name == null ? Optional.empty()
                    : Optional.of(new DropConstraint(schema, table, name, Constraints.kind(constraint), constraint));
        }
    }

    /** {@code existing} is the constraint as it was, when known. */
    record DropConstraint(String schema, String table, String name, ConstraintKind kind, TableElement existing)
            implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.ofNullable(existing).map(c -> new AddConstraint(schema, table, c));
        }
    }

    record CreateSequence(String schema, String name, Long start, Long increment) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropSequence(schema, name, this));
        }
    }

    record DropSequence(String schema, String name, CreateSequence definition) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.ofNullable(definition);
        }
    }

    /** Sets (or, with a null comment, drops) a table comment. */
    record SetTableComment(String schema, String table, String comment, String existingComment, boolean existingKnown)
            implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return existingKnown ? Optional.of(new SetTableComment(schema, table, existingComment, comment, true))
                    : Optional.empty();
        }
    }

    /** Raw SQL; {@code reverseSql} makes it reversible when given. */
    record Execute(String sql, String reverseSql) implements Operation {
        @Override
        public Optional<Operation> reverse() {
            return Optional.ofNullable(reverseSql).map(r -> new Execute(r, sql));
        }
    }

    /** Rows to insert; the columns give the types used to render literals offline. */
    record BulkInsert(String schema, String table, List<Column> columns, List<Map<String, Object>> rows)
            implements Operation {
        public BulkInsert {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /**
     * Several changes to one table, applied together: on SQLite by moving and copying the table
     * (it cannot ALTER most things), elsewhere as plain ALTERs.
     */
    record BatchAlterTable(String schema, String table, List<Operation> operations) implements Operation {
        public BatchAlterTable {
            operations = List.copyOf(operations);
        }

        @Override
        public Optional<Operation> reverse() {
            List<Operation> back = new ArrayList<>();
            for (int i = operations.size() - 1; i >= 0; i--) {
                Optional<Operation> r = operations.get(i).reverse();
                if (r.isEmpty()) {
                    return Optional.empty();
                }
                back.add(r.get());
            }
            return Optional.of(new BatchAlterTable(schema, table, back));
        }

        @Override
        public boolean destructive() {
            return operations.stream().anyMatch(Operation::destructive);
        }
    }

    record CreateEnum(String schema, String name, List<String> values) implements Operation {
        public CreateEnum {
            values = List.copyOf(values);
        }

        @Override
        public Optional<Operation> reverse() {
            return Optional.of(new DropEnum(schema, name, values));
        }
    }

    /** {@code values} are the enum's values when known (empty otherwise). */
    record DropEnum(String schema, String name, List<String> values) implements Operation {
        public DropEnum {
            values = List.copyOf(values);
        }

        @Override
        public Optional<Operation> reverse() {
            return values.isEmpty() ? Optional.empty() : Optional.of(new CreateEnum(schema, name, values));
        }
    }

    /** Adds a value to an existing enum type (PostgreSQL {@code ALTER TYPE ... ADD VALUE}). */
    record AddEnumValue(String schema, String name, String value) implements Operation {
    }
}
