package dev.retort.dialect;

import static dev.retort.migration.Types.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.config.DatabaseKind;
import dev.retort.migration.Op;
import dev.retort.migration.RecordingOp;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each refusal is a RetortException whose one-line message says what to do. */
class ErrorMessagesTest {

    private static void fails(DatabaseKind kind, Consumer<Op> body, String message) {
        RecordingOp op = new RecordingOp();
        body.accept(op);
        Dialect dialect = Dialects.of(kind);
        assertThatThrownBy(() -> op.operations().forEach(o -> dialect.render(o, null)))
                .isInstanceOf(RetortException.class).hasMessage(message);
    }

    @Test
    void mysqlNeedsTheExistingValuesToRestateAColumn() {
        fails(DatabaseKind.MYSQL, op -> op.alterColumn("t", "c", change().nullable(false)),
                "mysql restates the whole column to alter t.c: give existingType (its current type) in the change");
        fails(DatabaseKind.MARIADB, op -> op.alterColumn("t", "c", change().rename("d")),
                "mariadb restates the whole column to alter t.c: give existingType (its current type) and"
                        + " existingNullable (whether it allows NULL now) in the change");
    }

    @Test
    void sqlServerNeedsTheOtherHalfOfAlterColumn() {
        fails(DatabaseKind.SQLSERVER, op -> op.alterColumn("t", "c", change().nullable(true)),
                "SQL Server's ALTER COLUMN restates the type: give existingType to change the nullability of t.c");
        fails(DatabaseKind.SQLSERVER, op -> op.alterColumn("t", "c", change().type(text())),
                "SQL Server's ALTER COLUMN makes the column NULL unless told otherwise: give existingNullable to"
                        + " change the type of t.c");
    }

    @Test
    void mysqlNeedsTheKindOfAConstraintAndALengthForVarchar() {
        fails(DatabaseKind.MYSQL, op -> op.dropConstraint("ck", "t", null), "mysql drops each kind of constraint its"
                + " own way: give the kind of ck (PRIMARY_KEY, UNIQUE, FOREIGN_KEY or CHECK)");
        fails(DatabaseKind.MYSQL, op -> op.addColumn("t", column("c", new dev.retort.schema.ColumnType(
                dev.retort.schema.ColumnType.Kind.VARCHAR, null, null, null, null, List.of()))),
                "mysql needs a length for VARCHAR; use varchar(n) or text()");
    }

    @Test
    void partialIndexesOnlyWhereTheyExist() {
        fails(DatabaseKind.H2, op -> op.createIndex("t", index("ix", "a").where("a > 0")),
                "partial indexes are not supported on h2: index ix has where a > 0; drop the condition or make it a"
                        + " full index");
    }

    @Test
    void sequencesOnlyWhereTheyExist() {
        fails(DatabaseKind.MYSQL, op -> op.createSequence("s"),
                "mysql has no sequences (sequence s); use an identity column instead");
        fails(DatabaseKind.SQLITE, op -> op.dropSequence("s"),
                "sqlite has no sequences (sequence s); use an identity column instead");
    }

    @Test
    void enumValuesOnlyOnPostgres() {
        fails(DatabaseKind.MYSQL, op -> op.addEnumValue("mood", "ok"), "mysql has no enum types, so value ok cannot"
                + " be added to mood; alter the column's type to the new enumeration instead");
    }

    @Test
    void sqliteRefusalsPointToBatch() {
        fails(DatabaseKind.SQLITE, op -> op.schema("s").dropTable("t"),
                "SQLite has no schemas, but t is given schema s; remove the schema (and version_table_schema) for"
                        + " SQLite");
        fails(DatabaseKind.SQLITE, op -> op.alterColumn("t", "c", change().type(text()).nullable(true)),
                "SQLite cannot change the type, nullability of column t.c with ALTER TABLE; do it inside"
                        + " batchAlterTable");
        fails(DatabaseKind.SQLITE, op -> op.createUniqueConstraint("uq", "t", "c"),
                "SQLite cannot add or drop constraints of an existing table (t); do it inside batchAlterTable");
        fails(DatabaseKind.SQLITE, op -> op.addColumn("t", column("c", integer()).unique()),
                "SQLite cannot add a UNIQUE column to an existing table (t.c); add it inside batchAlterTable");
        fails(DatabaseKind.SQLITE, op -> op.createTable("t", column("id", integer()).identity()),
                "SQLite generates values only for an INTEGER PRIMARY KEY: make id the table's single primary key"
                        + " column, created with the table");
        fails(DatabaseKind.SQLITE, op -> op.batchAlterTable("t", b -> b.dropColumn("t", "c")),
                "batchAlterTable(t) on SQLite needs a live connection to read the table it copies; run it online,"
                        + " not with --sql");
    }

    @Test
    void bulkInsertRowsMustUseTheGivenColumns() {
        fails(DatabaseKind.POSTGRESQL, op -> op.bulkInsert("t", List.of(column("a", integer())),
                List.of(Map.of("b", 1))), "bulkInsert into t: a row has column b, which is not among the columns given;"
                + " add it to the column list");
    }
}
