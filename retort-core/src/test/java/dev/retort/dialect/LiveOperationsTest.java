package dev.retort.dialect;

import static dev.retort.config.DatabaseKind.H2;
import static dev.retort.config.DatabaseKind.MARIADB;
import static dev.retort.config.DatabaseKind.POSTGRESQL;
import static dev.retort.config.DatabaseKind.SQLITE;
import static dev.retort.migration.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.config.DatabaseKind;
import dev.retort.migration.ConstraintKind;
import dev.retort.migration.Op;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the rendered statements of every operation kind on every live database (SQLite, H2,
 * PostgreSQL, MariaDB; each test gets a fresh database from TestDatabases) and checks the catalog
 * afterwards ({@link LiveDatabase}; checks also by inserting a row that violates them).
 * Operations a dialect refuses are checked for their message instead. {@code createEnum} runs
 * before every table with an enum column: it makes the PostgreSQL type and renders nothing elsewhere.
 */
class LiveOperationsTest {
    @TempDir
    Path dir;

    private LiveDatabase open(DatabaseKind kind) throws SQLException {
        return LiveDatabase.open(kind, dir);
    }

    @OnEveryLiveDatabase
    void createTableWithKeysDefaultsAndChecks(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            db.runCase("create_table_constraints");

            assertThat(db.columnNames("account")).containsExactly("id", "email", "name", "balance", "created_at");
            assertThat(db.column("account", "email").nullable()).isFalse();
            assertThat(db.column("account", "email").size()).isEqualTo(255);
            assertThat(db.column("account", "name").nullable()).isTrue();
            assertThat(db.column("account", "balance").defaultValue()).isEqualTo("0");
            assertThat(db.column("order_line", "quantity").defaultValue()).isEqualTo("1");
            assertThat(db.primaryKey("account")).containsExactly("id");
            assertThat(db.primaryKey("order_line")).containsExactly("order_id", "line_no");
            assertThat(db.checks("account")).containsExactly("ck_account_balance");
            assertThat(db.checks("order_line")).containsExactly("ck_order_line_quantity");
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
            assertThat(db.refuses("INSERT INTO order_line (order_id, line_no, account_id) VALUES (1, 1, 99)"))
                    .as("foreign key").isEqualTo(kind != SQLITE); // SQLite enforces only with PRAGMA foreign_keys
            db.execute("DELETE FROM order_line");
            db.execute("INSERT INTO order_line (order_id, line_no) VALUES (1, 1)");
            assertThat(db.value("SELECT quantity FROM order_line")).hasToString("1");
        }
    }

    @OnEveryLiveDatabase
    void bulkInsertOfTheFixtureRowsReadsBack(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            db.runCase("create_enum");
            db.runCase("create_table_all_types");
            db.runCase("bulk_insert");

            assertThat(db.text("SELECT email FROM account WHERE id = 1")).isEqualTo("o'hara@example.com");
            assertThat(db.text("SELECT name FROM account WHERE id = 1")).isEqualTo("back\\slash");
            assertThat(db.text("SELECT name FROM account WHERE id = 2")).isNull();
            assertThat(db.value("SELECT " + db.epochSeconds("created_at") + " FROM account WHERE id = 1"))
                    .asString().isEqualTo(String.valueOf(OffsetDateTime.of(2024, 1, 31, 10, 15, 0, 0,
                            ZoneOffset.ofHours(2)).toEpochSecond()));
            assertThat(db.text("SELECT mood FROM sample")).isEqualTo("so-so");
            assertThat(db.text("SELECT " + db.dialect.quote("day") + " FROM sample")).isEqualTo("2024-02-29");
            assertThat(db.text("SELECT token FROM sample")).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
            try (Statement st = db.connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT payload, flag, ratio FROM sample")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBytes(1)).containsExactly(0x0A, 0xFF);
                assertThat(rs.getBoolean(2)).isTrue();
                assertThat(rs.getFloat(3)).isEqualTo(0.5f);
            }
            assertThat(db.refuses("INSERT INTO sample (id, mood) VALUES (8, 'angry')")).as("enum values").isTrue();
        }
    }

    /** One row with a value of every portable type, inserted with literals and read back through JDBC. */
    @OnEveryLiveDatabase
    void bulkInsertOfEveryPortableType(DatabaseKind kind) throws Exception {
        OffsetDateTime stampTz = OffsetDateTime.of(2024, 1, 31, 10, 15, 0, 0, ZoneOffset.ofHours(2));
        byte[] digest = new byte[16];
        for (int i = 0; i < digest.length; i++) {
            digest[i] = (byte) (i * 17);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 11);
        row.put("big", 9_000_000_000L);
        row.put("small", (short) -7);
        row.put("flag", false);
        row.put("code", "it's");
        row.put("body", "ünïcode ✓ back\\slash");
        row.put("amount", new BigDecimal("12345678.90"));
        row.put("ratio", 0.25f);
        row.put("measure", 2.5E-7);
        row.put("day", LocalDate.of(2024, 2, 29));
        row.put("at_time", LocalTime.of(13, 45, 30));
        row.put("stamp", LocalDateTime.of(2024, 2, 29, 23, 59, 58));
        row.put("stamp_tz", stampTz);
        row.put("payload", new byte[] {0, 1, (byte) 0xFE});
        row.put("digest", digest);
        row.put("token", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        row.put("doc", "{\"a\": [1, 2]}");
        row.put("mood", "sad");
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_enum");
            db.runCase("create_table_all_types");
            db.run(op -> op.bulkInsert("sample", List.of(column("id", integer()), column("big", bigint()),
                    column("small", smallint()), column("flag", bool()), column("code", varchar(20)),
                    column("body", text()), column("amount", numeric(10, 2)), column("ratio", real()),
                    column("measure", doublePrecision()), column("day", date()), column("at_time", time()),
                    column("stamp", timestamp()), column("stamp_tz", timestamptz()), column("payload", binary()),
                    column("digest", binary(16)), column("token", uuid()), column("doc", json()),
                    column("mood", enumeration("mood", "happy", "sad", "so-so"))), List.of(row)));

            String day = db.dialect.quote("day");
            try (Statement st = db.connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT big, small, flag, code, body, amount, ratio, measure, " + day
                         + ", at_time, stamp, " + db.epochSeconds("stamp_tz") + ", payload, digest, token, doc, mood"
                         + " FROM sample WHERE id = 11")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong("big")).isEqualTo(9_000_000_000L);
                assertThat(rs.getInt("small")).isEqualTo(-7);
                assertThat(rs.getBoolean("flag")).isFalse();
                assertThat(rs.getString("code")).isEqualTo("it's");
                assertThat(rs.getString("body")).isEqualTo("ünïcode ✓ back\\slash");
                assertThat(rs.getBigDecimal("amount")).isEqualByComparingTo("12345678.90");
                assertThat(rs.getFloat("ratio")).isEqualTo(0.25f);
                assertThat(rs.getDouble("measure")).isEqualTo(2.5E-7);
                assertThat(rs.getString(9)).isEqualTo("2024-02-29");
                assertThat(rs.getString("at_time")).isEqualTo("13:45:30");
                assertThat(rs.getString("stamp")).isEqualTo("2024-02-29 23:59:58");
                assertThat(rs.getLong(12)).isEqualTo(stampTz.toEpochSecond());
                assertThat(rs.getBytes("payload")).containsExactly(0, 1, 0xFE);
                assertThat(rs.getBytes("digest")).isEqualTo(digest);
                assertThat(rs.getString("token")).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
                assertThat(rs.getString("doc").replace(" ", "")).as("a JSON object, not a JSON string")
                        .isEqualTo("{\"a\":[1,2]}");
                assertThat(rs.getString("mood")).isEqualTo("sad");
            }
        }
    }

    @OnEveryLiveDatabase
    void dropAndRenameTables(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            db.runCase("create_table_constraints");
            db.runCase("drop_table");
            assertThat(db.hasTable("order_line")).isFalse();
            db.runCase("rename_table");
            assertThat(db.hasTable("account")).isFalse();
            assertThat(db.hasTable("customer")).isTrue();
            assertThat(db.columnNames("customer")).contains("email");
        }
    }

    @OnEveryLiveDatabase
    void addAndDropColumns(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            db.execute("INSERT INTO account (email) VALUES ('a@x')");
            db.run(op -> op.createEnum("tier", "free", "paid"));
            db.runCase("add_column");
            db.runCase("add_column_foreign_key");
            db.runCase("add_column_enum");
            assertThat(db.column("account", "status").nullable()).isFalse();
            assertThat(db.column("account", "status").defaultValue()).isEqualTo("'new'");
            assertThat(db.text("SELECT status FROM account")).isEqualTo("new");
            assertThat(db.foreignKeys("account")).extracting(LiveDatabase.ForeignKeyInfo::column)
                    .containsExactly("referrer_id");
            assertThat(db.refuses("UPDATE account SET tier = 'gold'")).isTrue();
            db.execute("UPDATE account SET tier = 'paid'");
            db.runCase("drop_column");
            assertThat(db.columnNames("account")).doesNotContain("created_at");
            if (kind == SQLITE) {
                assertThatThrownBy(() -> db.runCase("add_column_unique")).isInstanceOf(RetortException.class)
                        .hasMessageContaining("batchAlterTable");
            } else {
                db.runCase("add_column_unique");
                db.execute("UPDATE account SET handle = 'h'");
                assertThat(db.refuses("INSERT INTO account (email, handle) VALUES ('b@x', 'h')")).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE"})
    void sqliteRenamesAndRefusesOtherColumnChanges(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            db.execute("INSERT INTO account (email, name) VALUES ('a@x', 'Ann')");
            db.runCase("alter_column_rename");
            db.runCase("alter_column_comment");
            assertThat(db.text("SELECT display_name FROM account")).isEqualTo("Ann");
            assertThatThrownBy(() -> db.runCase("alter_column_type")).hasMessageContaining("batchAlterTable");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"H2", "POSTGRESQL", "MARIADB"})
    void alterColumns(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            db.execute("INSERT INTO account (email, name) VALUES ('a@x', 'Ann')");
            db.runCase("alter_column_type");
            assertThat(db.column("account", "name").size()).isEqualTo(200);
            assertThat(db.column("account", "name").nullable()).isTrue();
            db.runCase("alter_column_nullable");
            assertThat(db.column("account", "name").nullable()).isFalse();
            assertThat(db.refuses("INSERT INTO account (email) VALUES ('b@x')")).isTrue();
            db.runCase("alter_column_default");
            assertThat(db.column("account", "balance").defaultValue()).isEqualTo("10");
            db.runCase("alter_column_drop_default");
            assertThat(db.column("account", "balance").defaultValue()).isNull();
            db.runCase("alter_column_comment");
            assertThat(db.columnComment("account", "email")).isEqualTo("Login; unique");
            assertThat(db.column("account", "email").nullable()).isFalse();
            db.runCase("alter_column_all");
            LiveDatabase.ColumnInfo fullName = db.column("account", "full_name");
            assertThat(db.columnNames("account")).doesNotContain("name");
            assertThat(fullName.size()).isEqualTo(150);
            assertThat(fullName.nullable()).isFalse();
            assertThat(fullName.defaultValue()).isEqualTo("''");
            assertThat(fullName.remarks()).isEqualTo("Legal name");
            assertThat(db.text("SELECT full_name FROM account")).isEqualTo("Ann");
            db.run(op -> op.alterColumn("account", "full_name", change().nullable(true).existingType(varchar(150))
                    .existingDefault("''").existingComment("Legal name")));
            fullName = db.column("account", "full_name");
            assertThat(fullName.nullable()).isTrue();
            assertThat(fullName.defaultValue()).as("default kept").isEqualTo("''");
            assertThat(fullName.remarks()).as("comment kept").isEqualTo("Legal name");
            assertThat(fullName.size()).isEqualTo(150);
        }
    }

    @OnEveryLiveDatabase
    void createAndDropIndexes(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            db.runCase("create_index");
            db.runCase("create_unique_index");
            assertThat(db.indexes("account")).containsEntry("ix_account_name", List.of("name", "created_at"))
                    .containsEntry("ux_account_email", List.of("email"));
            db.runCase("drop_index");
            assertThat(db.indexes("account")).doesNotContainKey("ix_account_name");
        }
    }

    @Test
    void postgresPartialAndExpressionIndexes() throws Exception {
        try (LiveDatabase db = open(POSTGRESQL)) {
            db.runCase("create_table");
            db.runCase("create_partial_index");
            db.runCase("create_expression_index");
            assertThat(db.text("SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i"
                    + " WHERE i.indexrelid = 'ix_account_positive'::regclass")).isEqualTo("(balance > (0)::numeric)");
            assertThat(db.text("SELECT pg_get_indexdef('ix_account_lower_email'::regclass)"))
                    .endsWith("(lower((email)::text))");
        }
    }

    @Test
    void sqliteHasPartialAndExpressionIndexes() throws Exception {
        try (LiveDatabase db = open(SQLITE)) {
            db.runCase("create_table");
            db.runCase("create_partial_index");
            db.runCase("create_expression_index");
            assertThat(db.text("SELECT sql FROM sqlite_master WHERE name = 'ix_account_positive'"))
                    .endsWith("WHERE balance > 0");
            assertThat(db.text("SELECT sql FROM sqlite_master WHERE name = 'ix_account_lower_email'"))
                    .endsWith("(lower(email))");
        }
    }

    @Test
    void mariadbRefusesExpressionIndexes() throws Exception {
        try (LiveDatabase db = open(MARIADB)) {
            db.runCase("create_table");
            assertThatThrownBy(() -> db.runCase("create_expression_index")).isInstanceOf(RetortException.class)
                    .hasMessageContaining("expression indexes are not supported on mariadb");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"H2", "MARIADB"})
    void partialIndexesAreRefusedWhereTheyDoNotExist(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            assertThatThrownBy(() -> db.runCase("create_partial_index")).isInstanceOf(RetortException.class)
                    .hasMessageContaining("partial indexes are not supported on " + db.dialect.name());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"H2", "POSTGRESQL", "MARIADB"})
    void addAndDropConstraints(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            db.runCase("create_table_constraints");
            db.run(op -> op.createTable("sample", column("id", integer())));
            db.runCase("add_primary_key");
            assertThat(db.primaryKey("sample")).containsExactly("id");
            db.runCase("add_unique_constraint");
            db.runCase("add_check_constraint");
            assertThat(db.uniques("account")).contains("uq_account_name");
            assertThat(db.checks("account")).contains("ck_account_name");
            db.execute("INSERT INTO account (email, name) VALUES ('a@x', 'Ann')");
            assertThat(db.refuses("INSERT INTO account (email, name) VALUES ('b@x', 'Ann')")).isTrue();
            assertThat(db.refuses("INSERT INTO account (email, name) VALUES ('c@x', '')")).isTrue();
            db.runCase("add_foreign_key");
            // MariaDB keeps a foreign key on an index and refuses to drop the one it uses (here the unique
            // constraint's); an index of its own lets the unique constraint go, as it does elsewhere
            db.run(op -> op.createIndex("ix_order_line_account", "order_line", "account_id"));
            assertThat(db.foreignKeys("order_line")).extracting(fk -> fk.name().toLowerCase())
                    .containsExactlyInAnyOrder("fk_order_line_account", "fk_order_line_account2");
            db.runCase("drop_constraint_foreign_key");
            db.runCase("drop_constraint_unique");
            db.runCase("drop_constraint_check");
            db.runCase("drop_constraint_primary_key");
            assertThat(db.foreignKeys("order_line")).singleElement()
                    .satisfies(fk -> assertThat(fk.name()).isEqualToIgnoringCase("fk_order_line_account2"));
            assertThat(db.checks("order_line")).isEmpty();
            assertThat(db.uniques("order_line")).isEmpty();
            assertThat(db.primaryKey("order_line")).isEmpty();
            db.execute("INSERT INTO order_line (order_id, line_no, quantity) VALUES (1, 1, 0)");
            db.execute("INSERT INTO order_line (order_id, line_no, quantity) VALUES (1, 1, 0)");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"H2", "POSTGRESQL", "MARIADB"})
    void dropConstraintOfEachKindLeavesTheOthers(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            db.runCase("create_table_constraints");
            db.run(op -> op.dropConstraint("ck_order_line_quantity", "order_line", ConstraintKind.CHECK));
            assertThat(db.checks("order_line")).isEmpty();
            assertThat(db.foreignKeys("order_line")).hasSize(1);
            db.run(op -> op.dropConstraint("fk_order_line_account", "order_line", ConstraintKind.FOREIGN_KEY));
            assertThat(db.foreignKeys("order_line")).isEmpty();
            assertThat(db.primaryKey("order_line")).containsExactly("order_id", "line_no");
            db.run(op -> op.dropConstraint("pk_order_line", "order_line", ConstraintKind.PRIMARY_KEY));
            assertThat(db.primaryKey("order_line")).isEmpty();
            assertThat(db.uniques("order_line")).containsExactly("uq_order_line_account");
            db.run(op -> op.dropConstraint("uq_order_line_account", "order_line", ConstraintKind.UNIQUE));
            assertThat(db.uniques("order_line")).isEmpty();
            db.execute("INSERT INTO order_line (order_id, line_no, account_id) VALUES (1, 1, NULL)");
            db.execute("INSERT INTO order_line (order_id, line_no, account_id) VALUES (1, 1, NULL)");
            if (kind == MARIADB) {
                assertThatThrownBy(() -> db.runCase("drop_constraint_without_kind"))
                        .hasMessageContaining("give the kind of ck_order_line_quantity");
            }
        }
    }

    @OnEveryLiveDatabase
    void tableAndColumnComments(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            db.runCase("add_column");
            db.runCase("create_table_comment");
            if (kind == SQLITE) { // no comments: the operations render nothing
                assertThat(db.tableComment("account")).isNull();
                assertThat(db.columnComment("account", "name")).isNull();
                return;
            }
            assertThat(db.tableComment("account")).isEqualTo("Customers' accounts");
            assertThat(db.columnComment("account", "name")).isEqualTo("Display name, as the user typed it");
            assertThat(db.columnComment("account", "status")).isEqualTo("Lifecycle state");
            assertThat(db.columnComment("account", "email")).isNull();
            db.runCase("alter_column_comment");
            assertThat(db.columnComment("account", "email")).isEqualTo("Login; unique");
            db.runCase("drop_table_comment");
            assertThat(db.tableComment("account")).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"H2", "POSTGRESQL", "MARIADB"})
    void sequences(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_sequence");
            db.runCase("create_sequence_plain");
            assertThat(db.hasSequence("invoice_seq")).isTrue();
            assertThat(db.nextValue("invoice_seq")).isEqualTo(1000);
            assertThat(db.nextValue("invoice_seq")).isEqualTo(1010);
            assertThat(db.nextValue("ticket_seq")).isEqualTo(1);
            db.runCase("drop_sequence");
            assertThat(db.hasSequence("invoice_seq")).isFalse();
            assertThat(db.hasSequence("ticket_seq")).isTrue();
        }
    }

    @Test
    void sqliteHasNoSequences() throws Exception {
        try (LiveDatabase db = open(SQLITE)) {
            assertThatThrownBy(() -> db.runCase("create_sequence")).hasMessageContaining("sqlite has no sequences");
        }
    }

    @Test
    void postgresEnumTypes() throws Exception {
        try (LiveDatabase db = open(POSTGRESQL)) {
            db.runCase("create_enum");
            assertThat(db.enumTypeSchema("mood")).isEqualTo("public");
            db.run(op -> op.createTable("diary", column("id", integer()).primaryKey(),
                    column("mood", enumeration("mood", "happy", "sad", "so-so")).nullable()));
            assertThat(db.column("diary", "mood").type()).isEqualTo("MOOD");
            assertThat(db.enumValues("diary", "mood")).containsExactly("happy", "sad", "so-so");
            assertThat(db.refuses("INSERT INTO diary VALUES (1, 'angry')")).isTrue();
            db.runCase("add_enum_value");
            assertThat(db.enumValues("diary", "mood")).containsExactly("happy", "sad", "so-so", "angry");
            db.execute("INSERT INTO diary VALUES (1, 'angry')");
            assertThat(db.refuses("DROP TYPE mood")).as("in use").isTrue();
            db.run(op -> op.dropTable("diary"));
            db.runCase("drop_enum");
            assertThat(db.enumTypeSchema("mood")).isNull();
        }
    }

    @Test
    void mariadbEnumsAreInline() throws Exception {
        try (LiveDatabase db = open(MARIADB)) {
            db.runCase("create_enum");
            db.run(op -> op.createTable("diary", column("id", integer()).primaryKey(),
                    column("mood", enumeration("mood", "happy", "sad", "so-so")).nullable()));
            assertThat(db.enumValues("diary", "mood")).containsExactly("happy", "sad", "so-so");
            db.execute("INSERT INTO diary VALUES (1, 'so-so')");
            assertThat(db.refuses("INSERT INTO diary VALUES (2, 'angry')")).isTrue();
            assertThatThrownBy(() -> db.runCase("add_enum_value")).hasMessageContaining("has no enum types");
            db.run(op -> op.alterColumn("diary", "mood", change()
                    .type(enumeration("mood", "happy", "sad", "so-so", "angry")).existingNullable(true)));
            assertThat(db.enumValues("diary", "mood")).containsExactly("happy", "sad", "so-so", "angry");
            db.execute("INSERT INTO diary VALUES (2, 'angry')");
            db.runCase("drop_enum");
            assertThat(db.text("SELECT mood FROM diary WHERE id = 1")).isEqualTo("so-so");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"SQLITE", "H2"})
    void enumsAreChecksWithoutEnumTypes(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_enum");
            db.run(op -> op.createTable("diary", column("id", integer()).primaryKey(),
                    column("mood", enumeration("mood", "happy", "sad", "so-so")).nullable()));
            assertThat(db.refuses("INSERT INTO diary VALUES (2, 'angry')")).isTrue();
            db.execute("INSERT INTO diary VALUES (1, 'so-so')");
            db.runCase("drop_enum");
            assertThatThrownBy(() -> db.runCase("add_enum_value")).hasMessageContaining("has no enum types");
        }
    }

    @OnEveryLiveDatabase
    void executeRunsItsSql(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            db.execute("INSERT INTO account (email, balance) VALUES ('a@x', 5)");
            db.run(op -> op.execute("UPDATE account SET balance = balance * 2"));
            db.runCase("execute");
            assertThat(new BigDecimal(db.text("SELECT balance FROM account"))).isEqualByComparingTo("10");
        }
    }

    @OnEveryLiveDatabase
    void quotedNamesKeepTheirSpelling(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table_quoted_names");
            assertThat(db.columnNames("user")).containsExactly("id", "Order", "select", "value", "full name");
            db.run(op -> op.bulkInsert("user", List.of(column("id", integer()), column("Order", integer()),
                    column("full name", varchar(10))), List.of(Map.of("id", 1, "Order", 2, "full name", "x"))));
            assertThat(db.text("SELECT " + db.dialect.quote("full name") + " FROM " + db.dialect.quote("user")))
                    .isEqualTo("x");
        }
    }

    @OnEveryLiveDatabase
    void versionAndLogTables(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
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

    @Test
    void h2SchemasQualifyEveryName() throws Exception {
        try (LiveDatabase db = open(H2)) {
            db.execute("CREATE SCHEMA sales");
            db.runCase("schema_qualified");
            assertThat(db.hasTable("sales", "bill")).isTrue();
            assertThat(db.hasTable("bill")).isFalse();
            assertThat(db.in("sales").tableComment("bill")).isEqualTo("Invoices");
        }
    }

    /** The same operations in an explicit schema: PostgreSQL's schema, MariaDB's other database. */
    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
    void operationsInAnExplicitSchema(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            String sales = db.createSchema("sales");
            db.run(op -> inSchema(op.schema(sales)));
            LiveDatabase other = db.in(sales);

            assertThat(other.hasTable("bill")).isTrue();
            assertThat(other.hasTable("invoice")).isFalse();
            assertThat(db.hasTable("bill")).as("nothing in the default schema").isFalse();
            assertThat(db.hasTable("invoice")).isFalse();
            assertThat(other.columnNames("bill")).containsExactly("id", "account_id", "mood", "note");
            assertThat(other.column("bill", "account_id").nullable()).isFalse();
            assertThat(other.columnComment("bill", "account_id")).isEqualTo("Who pays");
            assertThat(other.tableComment("bill")).isEqualTo("Invoices");
            assertThat(other.enumValues("bill", "mood")).containsExactly("happy", "sad");
            assertThat(other.indexes("bill")).doesNotContainKey("ix_invoice_account").containsKey("ix_invoice_note");
            assertThat(other.checks("bill")).containsExactly("ck_invoice_id");
            assertThat(other.hasSequence("invoice_seq")).isTrue();
            assertThat(db.hasSequence("invoice_seq")).isFalse();
            assertThat(other.nextValue("invoice_seq")).isEqualTo(1);
            assertThat(db.text("SELECT mood FROM " + db.dialect.qualify(sales, "bill") + " WHERE id = 1"))
                    .isEqualTo("sad");
            if (kind == POSTGRESQL) {
                assertThat(db.enumTypeSchema("mood")).isEqualTo(sales);
            }
        }
    }

    private static void inSchema(Op op) {
        op.createEnum("mood", "happy", "sad");
        op.createTable("invoice", column("id", integer()).primaryKey(),
                column("account_id", bigint()).nullable().comment("Who pays"),
                column("mood", enumeration("mood", "happy", "sad")).nullable(),
                check("ck_invoice_id", "id > 0"));
        op.createIndex("ix_invoice_account", "invoice", "account_id");
        op.bulkInsert("invoice", List.of(column("id", integer()), column("account_id", bigint()),
                column("mood", enumeration("mood", "happy", "sad"))), List.of(Map.of("id", 1, "account_id", 5L,
                "mood", "sad")));
        op.alterColumn("invoice", "account_id", change().nullable(false).existingType(bigint())
                .existingComment("Who pays"));
        op.createTableComment("invoice", "Invoices");
        op.addColumn("invoice", column("note", varchar(40)).nullable());
        op.createIndex("ix_invoice_note", "invoice", "note");
        op.dropIndex("ix_invoice_account", "invoice");
        op.renameTable("invoice", "bill");
        op.createSequence("invoice_seq");
    }

    /** PostgreSQL with a configured schema: schema-less operations land in it, nothing in public. */
    @Test
    void postgresDefaultSchemaApplied() throws Exception {
        try (LiveDatabase db = open(POSTGRESQL)) {
            String tenant = db.createSchema("tenant");
            for (String name : List.of("create_table", "create_enum", "create_table_all_types",
                    "create_table_constraints", "add_column", "create_index", "create_partial_index",
                    "create_table_comment", "alter_column_comment", "create_sequence", "bulk_insert",
                    "add_unique_constraint", "drop_constraint_check", "alter_column_rename", "rename_table")) {
                db.runCaseIn(tenant, name);
            }
            LiveDatabase in = db.in(tenant);
            assertThat(in.hasTable("customer")).isTrue();
            assertThat(in.hasTable("sample")).isTrue();
            assertThat(in.hasTable("order_line")).isTrue();
            assertThat(db.text("SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = 'public'"))
                    .as("nothing in public").isNull();
            assertThat(db.enumTypeSchema("mood")).isEqualTo(tenant);
            assertThat(in.enumValues("sample", "mood")).containsExactly("happy", "sad", "so-so");
            assertThat(in.columnNames("customer")).contains("display_name", "status");
            assertThat(in.tableComment("customer")).isEqualTo("Customers' accounts");
            assertThat(in.columnComment("customer", "email")).isEqualTo("Login; unique");
            assertThat(in.indexes("customer")).containsKeys("ix_account_name", "ix_account_positive", "uq_account_name");
            assertThat(in.checks("order_line")).isEmpty();
            assertThat(in.foreignKeys("order_line")).singleElement()
                    .satisfies(fk -> assertThat(fk.referredTable()).isEqualTo("customer"));
            assertThat(in.hasSequence("invoice_seq")).isTrue();
            assertThat(db.text("SELECT mood FROM " + tenant + ".sample")).isEqualTo("so-so");
            assertThat(db.text("SELECT email FROM " + tenant + ".customer WHERE id = 1")).isEqualTo("o'hara@example.com");
        }
    }

    /** Why H2 and MariaDB report no transactional DDL: they commit at each DDL statement, so a rollback keeps the table. */
    @OnEveryLiveDatabase
    void transactionalDdlIsWhatTheDatabaseDoes(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.connection.setAutoCommit(false);
            db.run(op -> op.createTable("scratch", column("id", integer())));
            db.connection.rollback();
            db.connection.setAutoCommit(true);
            assertThat(db.hasTable("scratch")).isEqualTo(!db.dialect.transactionalDdl());
            assertThat(db.dialect.beginTransaction() != null).isEqualTo(db.dialect.transactionalDdl());
        }
    }

    @OnEveryLiveDatabase
    void batchOfPlainAltersRunsAsAlters(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            db.runCase("batch_alter_table_plain");
            assertThat(db.columnNames("account")).contains("nickname");
            assertThat(db.indexes("account")).containsKey("ix_account_nickname");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"H2", "POSTGRESQL", "MARIADB"})
    void batchElsewhereRendersItsOperationsOneByOne(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = open(kind)) {
            db.runCase("create_table");
            db.execute("INSERT INTO account (email, name) VALUES ('a@x', 'Ann')");
            db.runCase("batch_alter_table");
            assertThat(db.columnNames("account")).containsExactly("id", "email", "display_name", "balance", "nickname");
            assertThat(db.column("account", "display_name").size()).isEqualTo(120);
            assertThat(db.text("SELECT display_name FROM account")).isEqualTo("Ann");
            assertThat(db.indexes("account")).containsKey("ix_account_nickname");
        }
    }
}
