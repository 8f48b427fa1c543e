package dev.retort.dialect;

import static dev.retort.migration.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.config.DatabaseKind;
import dev.retort.migration.ConstraintKind;
import dev.retort.migration.Operation;
import dev.retort.migration.RecordingOp;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's move-and-copy batch on a live database: rows, indexes, keys, checks and
 * AUTOINCREMENT survive, and each change lands.
 */
class SqliteBatchTest {
    @TempDir
    Path dir;
    private LiveDatabase db;

    @BeforeEach
    void fixture() throws Exception {
        db = LiveDatabase.open(DatabaseKind.SQLITE, dir);
        db.runCase("create_table");
        db.runCase("create_table_constraints");
        db.runCase("create_index");
        db.runCase("create_partial_index");
        db.execute("INSERT INTO account (email, name, balance, created_at) VALUES ('a@x', 'Ann', 5, '2024-01-01')");
        db.execute("INSERT INTO account (email, name, balance) VALUES ('b@x', 'Bob', 7)");
        db.execute("INSERT INTO order_line (order_id, line_no, account_id, quantity) VALUES (1, 1, 2, 3)");
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void addDropAlterAndRenameKeepRowsIndexesKeysAndChecks() throws Exception {
        db.runCase("batch_alter_table");

        assertThat(db.columnNames("account")).containsExactly("id", "email", "display_name", "balance", "nickname");
        assertThat(db.column("account", "display_name").size()).isEqualTo(120);
        assertThat(db.value("SELECT display_name FROM account WHERE email = 'b@x'")).isEqualTo("Bob");
        assertThat(db.value("SELECT COUNT(*) FROM account")).hasToString("2");
        assertThat(db.indexes("account")).containsKey("ix_account_nickname").containsKey("ix_account_positive")
                .doesNotContainKey("ix_account_name");
        assertThat(db.value("SELECT sql FROM sqlite_master WHERE name = 'ix_account_positive'")).asString()
                .endsWith("WHERE balance > 0");
        assertThat(db.primaryKey("account")).containsExactly("id");
        assertThat(db.value("SELECT sql FROM sqlite_master WHERE name = 'account'")).asString()
                .contains("AUTOINCREMENT");
        assertThat(db.refuses("INSERT INTO account (email) VALUES ('a@x')")).as("unique email kept").isTrue();
        assertThat(db.refuses("INSERT INTO account (email, balance) VALUES ('c@x', -1)")).as("check kept").isTrue();
        db.execute("INSERT INTO account (email) VALUES ('c@x')");
        assertThat(db.value("SELECT id FROM account WHERE email = 'c@x'")).hasToString("3");
        assertThat(db.foreignKeys("order_line")).singleElement()
                .satisfies(fk -> assertThat(fk.referredTable()).isEqualTo("account"));
        assertThat(db.value("SELECT COUNT(*) FROM pragma_foreign_key_check")).hasToString("0");
        assertThat(db.hasTable(SqliteBatch.TEMP_PREFIX + "account")).isFalse();
    }

    @Test
    void renamedColumnsAreRenamedInIndexesAndKeys() throws Exception {
        db.run(op -> op.batchAlterTable("account", b ->
                b.alterColumn("account", "name", change().rename("label"))));
        assertThat(db.indexes("account")).containsEntry("ix_account_name", List.of("label", "created_at"));
        db.run(op -> op.batchAlterTable("order_line", b ->
                b.alterColumn("order_line", "account_id", change().rename("customer_id").nullable(false))));
        assertThat(db.foreignKeys("order_line")).singleElement().satisfies(fk -> {
            assertThat(fk.column()).isEqualTo("customer_id");
            assertThat(fk.name()).isEqualTo("fk_order_line_account");
            assertThat(fk.deleteRule()).isEqualTo(DatabaseMetaData.importedKeyCascade);
        });
        assertThat(db.column("order_line", "customer_id").nullable()).isFalse();
        assertThat(db.primaryKey("order_line")).containsExactly("order_id", "line_no");
    }

    @Test
    void constraintsAreAddedAndDroppedByName() throws Exception {
        db.run(op -> op.batchAlterTable("order_line", b -> {
            b.dropConstraint("ck_order_line_quantity", "order_line", ConstraintKind.CHECK);
            b.dropConstraint("uq_order_line_account", "order_line", ConstraintKind.UNIQUE);
            b.createCheckConstraint("ck_order_line_small", "order_line", "quantity < 100");
            b.alterColumn("order_line", "quantity", change().defaultValue("5"));
        }));
        db.execute("INSERT INTO order_line (order_id, line_no, account_id, quantity) VALUES (1, 2, 2, 0)");
        db.execute("INSERT INTO order_line (order_id, line_no, account_id, quantity) VALUES (1, 3, 2, 0)");
        assertThat(db.refuses("INSERT INTO order_line (order_id, line_no, quantity) VALUES (1, 4, 100)")).isTrue();
        assertThat(db.column("order_line", "quantity").defaultValue()).isEqualTo("5");

        db.run(op -> op.batchAlterTable("account", b -> {
            b.createUniqueConstraint("uq_account_name", "account", "name");
            b.addColumn("account", column("code", varchar(5)).nullable().unique());
            b.alterColumn("account", "balance", change().type(integer()).dropDefault());
        }));
        assertThat(db.refuses("INSERT INTO account (email, name) VALUES ('z@x', 'Ann')")).isTrue();
        assertThat(db.column("account", "balance").defaultValue()).isNull();
        assertThat(db.value("SELECT typeof(balance) FROM account WHERE email = 'a@x'")).isEqualTo("integer");
    }

    @Test
    void droppingAKeyColumnDropsTheForeignKeyAndIndexesThatUseIt() throws Exception {
        db.run(op -> op.batchAlterTable("order_line", b -> b.dropColumn("order_line", "account_id")));
        assertThat(db.foreignKeys("order_line")).isEmpty();
        assertThat(db.columnNames("order_line")).containsExactly("order_id", "line_no", "quantity");
        assertThat(db.value("SELECT quantity FROM order_line")).hasToString("3");
    }

    @Test
    void offlineItFailsSayingItNeedsAConnection() {
        Operation batch = OperationCases.CASES.get("batch_alter_table").get(0);
        assertThatThrownBy(() -> db.dialect.render(batch, null)).isInstanceOf(RetortException.class)
                .hasMessage("batchAlterTable(account) on SQLite needs a live connection to read the table it copies;"
                        + " run it online, not with --sql");
    }

    @Test
    void plainChangesNeedNoConnection() {
        Operation batch = OperationCases.CASES.get("batch_alter_table_plain").get(0);
        assertThat(db.dialect.render(batch, null)).containsExactly(
                "ALTER TABLE account ADD COLUMN nickname VARCHAR(40)",
                "CREATE INDEX ix_account_nickname ON account (nickname)");
    }

    @Test
    void enforcedForeignKeysIntoTheTableStopTheCopy() throws Exception {
        db.execute("PRAGMA foreign_keys = ON");
        assertThatThrownBy(() -> db.runCase("batch_alter_table")).isInstanceOf(RetortException.class)
                .hasMessageContaining("foreign keys of order_line point at it while PRAGMA foreign_keys is on");
    }

    @Test
    void unknownNamesAndForeignOperationsAreReported() {
        assertThatThrownBy(() -> db.run(op -> op.batchAlterTable("account",
                b -> b.dropConstraint("nope", "account", ConstraintKind.CHECK))))
                .hasMessageStartingWith("batchAlterTable(account): no constraint named nope");
        assertThatThrownBy(() -> db.run(op -> op.batchAlterTable("account",
                b -> b.dropColumn("account", "nope")))).hasMessage("batchAlterTable(account): no column named nope");
        assertThatThrownBy(() -> db.run(op -> op.batchAlterTable("account",
                b -> b.dropColumn("order_line", "quantity"))))
                .hasMessageContaining("holds an operation on another table, order_line");
        RecordingOp op = new RecordingOp();
        op.batchAlterTable("account", b -> b.execute("SELECT 1"));
        assertThatThrownBy(() -> db.run(op.operations())).hasMessageContaining("not Execute");
    }
}
