package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner;
import dev.retort.config.DatabaseKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/validation.md on SQLite and PostgreSQL: {@code validate} and the check before every upgrade
 * (edited and missing files, {@code --accept}, {@code --ignore-checksums}, a database taken over
 * from Alembic), irreversible revisions in {@code history -v} and {@code downgrade [--force]}, and
 * the backup reminder before drops.
 */
class ValidationE2eTest {

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void editedFileIsReportedRefusedAndAccepted(DatabaseKind kind, @TempDir Path dir) throws IOException {
        try (TestDatabase db = TestDatabases.of(kind, dir.resolve("db"))) {
            E2eProject p = E2eProject.init(dir.resolve("project")).env("DATABASE_URL", db.url());
            Path a1 = p.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY);", "DROP TABLE account;");
            p.sql("b2", "a1", "", "CREATE TABLE note (id INTEGER PRIMARY KEY);", "DROP TABLE note;");
            p.ok("upgrade", "a1");
            assertThat(p.ok("validate").out()).isEqualTo("No problems found.\n");

            Files.writeString(a1, Files.readString(a1) + "-- a comment added later\n");
            CliRunner.Result validate = p.run("validate");
            assertThat(validate.code()).isEqualTo(1);
            assertThat(validate.out()).matches("a1 .*a1_rev_a1\\.sql: edited after it was applied "
                    + "\\(applied sha256:[0-9a-f]{64}, file sha256:[0-9a-f]{64}\\)\n");
            assertThat(p.run("--format", "json", "validate").out()).contains("\"problem\" : \"edited\"");

            assertThat(p.failed("upgrade", "head")).contains("a1_rev_a1.sql: edited after it was applied")
                    .contains("retort validate --accept a1").contains("--ignore-checksums");
            assertThat(p.ok("current").out()).isEqualTo("a1\n");

            assertThat(p.ok("validate", "--accept", "a1").out()).startsWith("Accepted a1 ")
                    .endsWith("No problems found.\n");
            p.ok("upgrade", "head");
            assertThat(p.ok("current").out()).isEqualTo("b2 (head)\n");

            Files.writeString(a1, Files.readString(a1) + "-- and another\n");
            p.ok("downgrade", "a1");
            p.ok("upgrade", "head", "--ignore-checksums");
            assertThat(p.ok("current").out()).isEqualTo("b2 (head)\n");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void deletedAppliedFileIsReported(DatabaseKind kind, @TempDir Path dir) throws IOException {
        try (TestDatabase db = TestDatabases.of(kind, dir.resolve("db"))) {
            E2eProject p = E2eProject.init(dir.resolve("project")).env("DATABASE_URL", db.url());
            p.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY);", "DROP TABLE account;");
            Path b2 = p.sql("b2", "a1", "", "CREATE TABLE note (id INTEGER PRIMARY KEY);", "DROP TABLE note;");
            p.ok("upgrade", "head");
            Files.delete(b2);
            CliRunner.Result validate = p.run("validate");
            assertThat(validate.code()).isEqualTo(1);
            assertThat(validate.out()).isEqualTo("b2: applied but no revision file has it\n");
            assertThat(p.failed("upgrade", "head")).contains("b2, which no revision file has");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void databaseTakenOverFromAlembicHasNoProblems(DatabaseKind kind, @TempDir Path dir) throws IOException {
        try (TestDatabase db = TestDatabases.of(kind, dir.resolve("db"))) {
            E2eProject p = E2eProject.init(dir.resolve("project")).env("DATABASE_URL", db.url())
                    .config("version_table", "\"alembic_version\"");
            Path a1 = p.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY);", "DROP TABLE account;");
            p.sql("b2", "a1", "", "CREATE TABLE note (id INTEGER PRIMARY KEY);", "DROP TABLE note;");
            Catalog.execute(db, "CREATE TABLE account (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
                    "INSERT INTO alembic_version (version_num) VALUES ('a1')");
            Files.writeString(a1, Files.readString(a1) + "-- edited after Alembic applied it\n");
            assertThat(p.ok("validate").out()).isEqualTo("No problems found.\n");
            p.ok("upgrade", "head");
            assertThat(p.ok("validate").out()).isEqualTo("No problems found.\n");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void irreversibleRevisionsAreMarkedAndDowngradeRefusesUnlessForced(DatabaseKind kind, @TempDir Path dir) {
        try (TestDatabase db = TestDatabases.of(kind, dir.resolve("db"))) {
            E2eProject p = E2eProject.init(dir.resolve("project")).env("DATABASE_URL", db.url());
            p.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY, email VARCHAR(80));",
                    "DROP TABLE account;");
            p.sql("b2", "a1", "", "UPDATE account SET email = NULL;", null);
            p.java("c3", "b2", "op.dropColumn(\"account\", \"email\");", "");
            p.java("d4", "c3", "op.createTable(\"note\", column(\"id\", integer()).primaryKey());",
                    "op.dropTable(\"note\");");

            String history = p.ok("history", "-v").out();
            assertThat(history).contains("_rev_b2.sql\nIrreversible: no downgrade\n")
                    .contains("_rev_c3.java\nIrreversible: empty downgrade\n")
                    .doesNotContain("_rev_d4.java\nIrreversible").doesNotContain("_rev_a1.sql\nIrreversible");
            assertThat(p.ok("history").out()).doesNotContain("Irreversible");

            CliRunner.Result up = p.ok("upgrade", "head");
            assertThat(up.err()).contains("Revision c3 drops tables or columns (column account.email): "
                    + "make sure you have a backup\nRunning upgrade b2 -> c3");
            assertThat(up.err()).doesNotContain("Revision d4 drops");

            assertThat(p.failed("downgrade", "a1")).startsWith("FAILED: Can't downgrade across irreversible revisions c3 (")
                    .contains("_rev_c3.java: empty downgrade), b2 (").contains("_rev_b2.sql: no downgrade)")
                    .contains("--force");
            p.ok("downgrade", "c3");
            assertThat(p.ok("current").out()).isEqualTo("c3\n");
            p.ok("downgrade", "a1", "--force");
            assertThat(p.ok("current").out()).isEqualTo("a1\n");
            assertThat(Catalog.tables(db)).contains("account").doesNotContain("note");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void backupReminderIsSilencedByQuietAndWrittenAsACommentOffline(DatabaseKind kind, @TempDir Path dir) {
        try (TestDatabase db = TestDatabases.of(kind, dir.resolve("db"))) {
            E2eProject p = E2eProject.init(dir.resolve("project")).env("DATABASE_URL", db.url());
            p.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY);", "SELECT 1;");
            p.sql("b2", "a1", "", "DROP TABLE account;", "CREATE TABLE account (id INTEGER PRIMARY KEY);");
            assertThat(p.ok("upgrade", "head", "--sql").out())
                    .contains("-- Revision b2 drops tables or columns (table account): make sure you have a backup\n\n"
                            + "-- Running upgrade a1 -> b2");
            CliRunner.Result quiet = p.ok("-q", "upgrade", "head");
            assertThat(quiet.err()).isEmpty();
            assertThat(p.ok("current").out()).isEqualTo("b2 (head)\n");
        }
    }
}
