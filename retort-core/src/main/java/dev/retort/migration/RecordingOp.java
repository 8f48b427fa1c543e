package dev.retort.migration;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The {@link Op} a revision runs against: it records each call as an {@link Operation}, in order. */
public final class RecordingOp implements Op {
    private final String schema;
    private final List<Operation> operations;

    public RecordingOp() {
        this(null, new ArrayList<>());
    }

    private RecordingOp(String schema, List<Operation> operations) {
        this.schema = schema;
        this.operations = operations;
    }

    /** Everything recorded so far, in call order. */
    public List<Operation> operations() {
        return Collections.unmodifiableList(operations);
    }

    private void add(Operation op) {
        operations.add(op);
    }

    @Override
    public Op schema(String name) {
        return new RecordingOp(name, operations);
    }

    @Override
    public void createTable(String table, TableElement... elements) {
        add(new Operation.CreateTable(schema, table, List.of(elements)));
    }

    @Override
    public void dropTable(String table) {
        add(new Operation.DropTable(schema, table, null));
    }

    @Override
    public void renameTable(String from, String to) {
        add(new Operation.RenameTable(schema, from, to));
    }

    @Override
    public void addColumn(String table, Column column) {
        add(new Operation.AddColumn(schema, table, column));
    }

    @Override
    public void dropColumn(String table, String column) {
        add(new Operation.DropColumn(schema, table, column, null));
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange change) {
        add(new Operation.AlterColumn(schema, table, column, change));
    }

    @Override
    public void createIndex(String table, Index index) {
        add(new Operation.CreateIndex(schema, table, index));
    }

    @Override
    public void dropIndex(String name, String table) {
        add(new Operation.DropIndex(schema, table, name, null));
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        add(new Operation.AddConstraint(schema, table, new PrimaryKey(name, List.of(columns))));
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        add(new Operation.AddConstraint(schema, table, new UniqueConstraint(name, List.of(columns))));
    }

    @Override
    public void createForeignKey(String table, ForeignKey foreignKey) {
        add(new Operation.AddConstraint(schema, table, foreignKey));
    }

    @Override
    public void createCheckConstraint(String name, String table, String condition) {
        add(new Operation.AddConstraint(schema, table, new CheckConstraint(name, condition)));
    }

    @Override
    public void dropConstraint(String name, String table, ConstraintKind kind) {
        add(new Operation.DropConstraint(schema, table, name, kind, null));
    }

    @Override
    public void createSequence(String name, Long start, Long increment) {
        add(new Operation.CreateSequence(schema, name, start, increment));
    }

    @Override
    public void dropSequence(String name) {
        add(new Operation.DropSequence(schema, name, null));
    }

    @Override
    public void createTableComment(String table, String comment) {
        add(new Operation.SetTableComment(schema, table, comment, null, false));
    }

    @Override
    public void dropTableComment(String table) {
        add(new Operation.SetTableComment(schema, table, null, null, false));
    }

    @Override
    public void execute(String sql) {
        add(new Operation.Execute(sql, null));
    }

    @Override
    public void bulkInsert(String table, List<Column> columns, List<Map<String, Object>> rows) {
        add(new Operation.BulkInsert(schema, table, columns, rows));
    }

    @Override
    public void batchAlterTable(String table, Consumer<Op> changes) {
        RecordingOp inner = new RecordingOp(schema, new ArrayList<>());
        changes.accept(inner);
        add(new Operation.BatchAlterTable(schema, table, inner.operations));
    }

    @Override
    public void createEnum(String name, String... values) {
        add(new Operation.CreateEnum(schema, name, List.of(values)));
    }

    @Override
    public void dropEnum(String name) {
        add(new Operation.DropEnum(schema, name, List.of()));
    }

    @Override
    public void addEnumValue(String name, String value) {
        add(new Operation.AddEnumValue(schema, name, value));
    }
}
