package dev.retort.dialect;

import static dev.retort.migration.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.config.DatabaseKind;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the rendered statements of every operation kind on fresh in-process SQLite and H2
 * databases and checks the catalog afterwards (JDBC metadata; checks by inserting a row that
 * violates them). Operations a dialect refuses are checked for their message instead.
 */
class LiveOperationsTest {

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE", "H2"})
    void createTableWithKeysDefaultsAndChecks(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            db.runCase("create_table");
            db.runCase("create_table_constraints");

            assertThat(db.columnNames("account")).containsExactly("id", "email", "name", "balance", "created_at");
            assertThat(db.column("account", "email").nullable()).isFalse();
            assertThat(db.column("account", "email").size()).isEqualTo(255);
            assertThat(db.column("account", "name").nullable()).isTrue();
            assertThat(db.column("account", "balance").defaultValue()).isEqualTo("0");
            assertThat(db.primaryKey("account")).containsExactly("id");
            assertThat(db.primaryKey("order_line")).containsExactly("order_id", "line_no");
            assertThat(db.foreignKeys("order_line")).singleElement().satisfies(fk -> {
                assertThat(fk.column()).isEqualTo("account_id");
                assertThat(fk.referredTable()).isEqualTo("account");
                assertThat(fk.referredColumn()).isEqualTo("id");
                assertThat(fk.deleteRule()).isEqualTo(DatabaseMetaData.importedKeyCascade);
            });

            db.execute("INSERT INTO account (email, balance) VALUES ('a@x', 5)");
            db.execute("INSERT INTO account (email) VALUES ('b@x')");
            assertThat(db.value("SELECT id FROM account WHERE email = 'b@x'")).hasToString("2");
            assertThat(db.refuses("INSERT INTO account (email) VALUES ('a@x')")).as("unique email").isTrue();
            assertThat(db.refuses("INSERT INTO account (email, balance) VALUES ('c@x', -1)")).as("check").isTrue();
            assertThat(db.refuses("INSERT INTO order_line (order_id, line_no, quantity) VALUES (1, 1, 0)")).isTrue();
            db.execute("INSERT INTO order_line (order_id, line_no) VALUES (1, 1)");
            assertThat(db.value("SELECT quantity FROM order_line")).hasToString("1");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE", "H2"})
    void everyTypeTakesItsLiteralsAndEnumsCheckTheirValues(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            db.runCase("create_table");
            db.runCase("create_table_all_types");
            db.runCase("bulk_insert");

            assertThat(db.value("SELECT email FROM account WHERE id = 1")).isEqualTo("o'hara@example.com");
            assertThat(db.value("SELECT name FROM account WHERE id = 1")).isEqualTo("back\\slash");
            assertThat(db.value("SELECT name FROM account WHERE id = 2")).isNull();
            assertThat(db.value("SELECT mood FROM sample")).isEqualTo("so-so");
            assertThat(db.value("SELECT " + db.dialect.quote("day") + " FROM sample")).hasToString("2024-02-29");
            assertThat(String.valueOf(db.value("SELECT token FROM sample")))
                    .isEqualTo("123e4567-e89b-12d3-a456-426614174000");
            try (Statement st = db.connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT payload, flag FROM sample")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBytes(1)).containsExactly(0x0A, 0xFF);
                assertThat(rs.getBoolean(2)).isTrue();
            }
            assertThat(db.refuses("INSERT INTO sample (id, mood) VALUES (8, 'angry')")).as("enum check").isTrue();
            db.run(op -> op.bulkInsert("sample", List.of(column("id", integer()), column("doc", json()),
                    column("body", text())), List.of(Map.of("id", 9, "doc", "{\"a\": 1}", "body", "ünïcode ✓"))));
            assertThat(db.text("SELECT body FROM sample WHERE id = 9")).isEqualTo("ünïcode ✓");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE", "H2"})
    void dropAndRenameTables(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            db.runCase("create_table");
            db.runCase("create_table_constraints");
            db.runCase("drop_table");
            assertThat(db.hasTable("order_line")).isFalse();
            db.runCase("rename_table");
            assertThat(db.hasTable("account")).isFalse();
            assertThat(db.hasTable("customer")).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE", "H2"})
    void addAndDropColumns(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            db.runCase("create_table");
            db.execute("INSERT INTO account (email) VALUES ('a@x')");
            db.runCase("add_column");
            db.runCase("add_column_foreign_key");
            db.runCase("add_column_enum");
            assertThat(db.column("account", "status").nullable()).isFalse();
            assertThat(db.value("SELECT status FROM account")).isEqualTo("new");
            assertThat(db.foreignKeys("account")).extracting(LiveDatabase.ForeignKeyInfo::column)
                    .containsExactly("referrer_id");
            assertThat(db.refuses("UPDATE account SET tier = 'gold'")).isTrue();
            db.execute("UPDATE account SET tier = 'paid'");
            db.runCase("drop_column");
            assertThat(db.columnNames("account")).doesNotContain("created_at");
            if (kind == DatabaseKind.H2) {
                db.runCase("add_column_unique");
                db.execute("UPDATE account SET handle = 'h'");
                assertThat(db.refuses("INSERT INTO account (email, handle) VALUES ('b@x', 'h')")).isTrue();
            } else {
                assertThatThrownBy(() -> db.runCase("add_column_unique")).isInstanceOf(RetortException.class)
                        .hasMessageContaining("batchAlterTable");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE", "H2"})
    void alterColumns(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            db.runCase("create_table");
            db.execute("INSERT INTO account (email, name) VALUES ('a@x', 'Ann')");
            if (kind == DatabaseKind.SQLITE) {
                db.runCase("alter_column_rename");
                db.runCase("alter_column_comment");
                assertThat(db.value("SELECT display_name FROM account")).isEqualTo("Ann");
                assertThatThrownBy(() -> db.runCase("alter_column_type")).hasMessageContaining("batchAlterTable");
                return;
            }
            db.runCase("alter_column_default");
            assertThat(db.column("account", "balance").defaultValue()).isEqualTo("10");
            db.runCase("alter_column_drop_default");
            assertThat(db.column("account", "balance").defaultValue()).isNull();
            db.runCase("alter_column_comment");
            assertThat(db.column("account", "email").remarks()).isEqualTo("Login; unique");
            db.runCase("alter_column_all");
            LiveDatabase.ColumnInfo fullName = db.column("account", "full_name");
            assertThat(fullName.size()).isEqualTo(150);
            assertThat(fullName.nullable()).isFalse();
            assertThat(fullName.defaultValue()).isEqualTo("''");
            assertThat(fullName.remarks()).isEqualTo("Legal name");
            assertThat(db.value("SELECT full_name FROM account")).isEqualTo("Ann");
            db.run(op -> op.alterColumn("account", "full_name", change().nullable(true)));
            assertThat(db.column("account", "full_name").nullable()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE", "H2"})
    void createAndDropIndexes(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            db.runCase("create_table");
            db.runCase("create_index");
            db.runCase("create_unique_index");
            assertThat(db.indexes("account")).containsEntry("ix_account_name", List.of("name", "created_at"))
                    .containsEntry("ux_account_email", List.of("email"));
            if (kind == DatabaseKind.SQLITE) {
                db.runCase("create_partial_index");
                db.runCase("create_expression_index");
                assertThat(db.value("SELECT sql FROM sqlite_master WHERE name = 'ix_account_positive'"))
                        .asString().endsWith("WHERE balance > 0");
            } else {
                assertThatThrownBy(() -> db.runCase("create_partial_index")).hasMessageContaining("h2");
            }
            db.runCase("drop_index");
            assertThat(db.indexes("account")).doesNotContainKey("ix_account_name");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"H2"})
    void addAndDropConstraints(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            db.runCase("create_table");
            db.runCase("create_table_constraints");
            db.run(op -> op.createTable("sample", column("id", integer())));
            db.runCase("add_primary_key");
            assertThat(db.primaryKey("sample")).containsExactly("id");
            db.runCase("add_unique_constraint");
            db.runCase("add_check_constraint");
            db.execute("INSERT INTO account (email, name) VALUES ('a@x', 'Ann')");
            assertThat(db.refuses("INSERT INTO account (email, name) VALUES ('b@x', 'Ann')")).isTrue();
            assertThat(db.refuses("INSERT INTO account (email, name) VALUES ('c@x', '')")).isTrue();
            db.runCase("add_foreign_key");
            assertThat(db.foreignKeys("order_line")).hasSize(2);
            db.runCase("drop_constraint_foreign_key");
            db.runCase("drop_constraint_unique");
            db.runCase("drop_constraint_check");
            db.runCase("drop_constraint_primary_key");
            assertThat(db.foreignKeys("order_line")).singleElement()
                    .satisfies(fk -> assertThat(fk.name()).isEqualToIgnoringCase("fk_order_line_account2"));
            assertThat(db.primaryKey("order_line")).isEmpty();
            db.execute("INSERT INTO order_line (order_id, line_no, quantity) VALUES (1, 1, 0)");
            db.execute("INSERT INTO order_line (order_id, line_no, quantity) VALUES (1, 1, 0)");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE", "H2"})
    void sequencesCommentsEnumsAndExecute(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            db.runCase("create_table");
            db.runCase("create_table_comment");
            db.runCase("create_enum");
            db.runCase("drop_enum");
            db.runCase("execute");
            if (kind == DatabaseKind.H2) {
                assertThat(db.tableRemarks("account")).isEqualTo("Customers' accounts");
                assertThat(db.column("account", "name").remarks()).isEqualTo("Display name, as the user typed it");
                db.runCase("drop_table_comment");
                assertThat(db.tableRemarks("account")).isNullOrEmpty();
                db.runCase("create_sequence");
                assertThat(db.value("SELECT NEXT VALUE FOR invoice_seq")).hasToString("1000");
                assertThat(db.value("SELECT NEXT VALUE FOR invoice_seq")).hasToString("1010");
                db.runCase("drop_sequence");
                assertThat(db.refuses("SELECT NEXT VALUE FOR invoice_seq")).isTrue();
            } else {
                assertThat(db.tableRemarks("account")).isNullOrEmpty();
                assertThatThrownBy(() -> db.runCase("create_sequence")).hasMessageContaining("sqlite has no sequences");
            }
            assertThatThrownBy(() -> db.runCase("add_enum_value")).hasMessageContaining("has no enum types");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE", "H2"})
    void quotedNamesKeepTheirSpelling(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            db.runCase("create_table_quoted_names");
            assertThat(db.columnNames("user")).containsExactly("id", "Order", "select", "value", "full name");
            db.run(op -> op.bulkInsert("user", List.of(column("id", integer()), column("Order", integer()),
                    column("full name", varchar(10))), List.of(Map.of("id", 1, "Order", 2, "full name", "x"))));
            assertThat(db.value("SELECT " + db.dialect.quote("full name") + " FROM " + db.dialect.quote("user")))
                    .isEqualTo("x");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE", "H2"})
    void versionAndLogTables(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            for (String sql : db.dialect.createVersionTable(null, "alembic_version")) {
                db.execute(sql);
            }
            for (String sql : db.dialect.createLogTable(null, "alembic_version_log")) {
                db.execute(sql);
            }
            assertThat(db.primaryKey("alembic_version")).containsExactly("version_num");
            assertThat(db.column("alembic_version", "version_num").size()).isEqualTo(32);
            db.execute("INSERT INTO alembic_version (version_num) VALUES ('ae1027a6acf')");
            assertThat(db.refuses("INSERT INTO alembic_version (version_num) VALUES ('ae1027a6acf')")).isTrue();
            db.execute("INSERT INTO alembic_version_log (revision, direction, statements_done, status)"
                    + " VALUES ('ae1027a6acf', 'upgrade', 0, 'running')");
            db.execute("INSERT INTO alembic_version_log (revision, direction, statements_done, status, started_at)"
                    + " VALUES ('ae1027a6acf', 'upgrade', 3, 'done', '2024-01-31 10:00:00')");
            assertThat(db.value("SELECT MAX(id) FROM alembic_version_log")).hasToString("2");
            assertThat(db.refuses("INSERT INTO alembic_version_log (direction, statements_done, status)"
                    + " VALUES ('upgrade', 0, 'running')")).as("revision is NOT NULL").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"H2"})
    void schemasQualifyEveryName(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            db.execute("CREATE SCHEMA sales");
            db.runCase("schema_qualified");
            assertThat(db.hasTable("sales", "bill")).isTrue();
            assertThat(db.hasTable("PUBLIC", "bill")).isFalse();
        }
    }

    /** Why H2 reports no transactional DDL: it commits at each DDL statement, so a rollback keeps the table. */
    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE", "H2"})
    void transactionalDdlIsWhatTheDatabaseDoes(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            db.connection.setAutoCommit(false);
            db.run(op -> op.createTable("scratch", column("id", integer())));
            db.connection.rollback();
            assertThat(db.hasTable("scratch")).isEqualTo(!db.dialect.transactionalDdl());
            assertThat(db.dialect.beginTransaction() != null).isEqualTo(db.dialect.transactionalDdl());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE", "H2"})
    void batchOfPlainAltersRunsAsAlters(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            db.runCase("create_table");
            db.runCase("batch_alter_table_plain");
            assertThat(db.columnNames("account")).contains("nickname");
            assertThat(db.indexes("account")).containsKey("ix_account_nickname");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"H2"})
    void batchElsewhereRendersItsOperationsOneByOne(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind)) {
            db.runCase("create_table");
            db.execute("INSERT INTO account (email, name) VALUES ('a@x', 'Ann')");
            db.runCase("batch_alter_table");
            assertThat(db.columnNames("account")).containsExactly("id", "email", "display_name", "balance", "nickname");
            assertThat(db.value("SELECT display_name FROM account")).isEqualTo("Ann");
        }
    }
}
