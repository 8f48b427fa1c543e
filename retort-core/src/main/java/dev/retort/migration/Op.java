package dev.retort.migration;

import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.TableElement;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The operations a revision runs (Alembic's {@code op}). Each call records an {@link Operation};
 * the runtime renders it for the database's dialect and runs it, or writes it out with
 * {@code --sql}. Table names are in the configured schema unless {@link #schema(String)} says
 * otherwise.
 */
public interface Op {

    /** The same operations in another schema. */
    Op schema(String schema);

    void createTable(String table, TableElement... elements);

    void dropTable(String table);

    void renameTable(String from, String to);

    void addColumn(String table, Column column);

    void dropColumn(String table, String column);

    /** Changes a column; build the change with {@link Types#change()}. */
    void alterColumn(String table, String column, ColumnChange change);

    void createIndex(String table, Index index);

    /** A plain index on columns. */
    default void createIndex(String name, String table, String... columns) {
        createIndex(table, new Index(name, List.of(columns), false, null));
    }

    void dropIndex(String name, String table);

    void createPrimaryKey(String name, String table, String... columns);

    void createUniqueConstraint(String name, String table, String... columns);

    void createForeignKey(String table, ForeignKey foreignKey);

    /** A foreign key from {@code table(localColumns)} to {@code referredTable(referredColumns)}. */
    default void createForeignKey(String name, String table, String referredTable, List<String> localColumns,
                                  List<String> referredColumns) {
        createForeignKey(table, new ForeignKey(name, localColumns, null, referredTable, referredColumns, null, null));
    }

    void createCheckConstraint(String name, String table, String condition);

    void dropConstraint(String name, String table, ConstraintKind kind);

    default void createSequence(String name) {
        createSequence(name, null, null);
    }

    /** A sequence starting at {@code start} by {@code increment}; either may be null for the database's default. */
    void createSequence(String name, Long start, Long increment);

    void dropSequence(String name);

    void createTableComment(String table, String comment);

    void dropTableComment(String table);

    /** Runs SQL as it is. */
    void execute(String sql);

    /** Inserts rows; the columns give the types used to write literals with {@code --sql}. */
    void bulkInsert(String table, List<Column> columns, List<Map<String, Object>> rows);

    /**
     * Changes one table in a batch: on SQLite, which cannot ALTER most things, by creating the new
     * table, copying the rows and indexes, and swapping it in; elsewhere as plain ALTERs.
     */
    void batchAlterTable(String table, Consumer<Op> changes);

    /** An enum type: PostgreSQL {@code CREATE TYPE}; nothing elsewhere (columns get ENUM or CHECK). */
    void createEnum(String name, String... values);

    void dropEnum(String name);

    /** Adds a value to an enum type (PostgreSQL {@code ALTER TYPE ... ADD VALUE}). */
    void addEnumValue(String name, String value);
}
