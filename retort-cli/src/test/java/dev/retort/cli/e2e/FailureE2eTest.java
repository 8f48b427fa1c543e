package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.DatabaseKind;
import dev.retort.runtime.load.Checksums;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A statement that fails in the second of three revisions: rolled back as one transaction where
 * DDL is transactional (or per revision with {@code transaction_per_migration}); resumed at the
 * failed statement on MariaDB once the file is fixed. The FAILED line names the revision, the
 * file and line, the statement and the database's message.
 */
class FailureE2eTest {
    private static final String BAD = "INSERT INTO no_such_table (id) VALUES (1);";

    /** a1 makes first_t; b2 makes counter, counts once, then fails (line 6); c3 makes third_t. */
    private static E2eProject project(Path dir) {
        E2eProject p = E2eProject.init(dir.resolve("project"));
        p.sql("a1", "", "", "CREATE TABLE first_t (id INTEGER PRIMARY KEY);", "DROP TABLE first_t;");
        p.sql("b2", "a1", "", "CREATE TABLE counter (n INTEGER);\nINSERT INTO counter (n) VALUES (1);\n" + BAD
                + "\nCREATE TABLE second_t (id INTEGER PRIMARY KEY);", "DROP TABLE second_t;\nDROP TABLE counter;");
        p.sql("c3", "b2", "", "CREATE TABLE third_t (id INTEGER PRIMARY KEY);", "DROP TABLE third_t;");
        return p;
    }

    private static String failedLine(E2eProject p, TestDatabase db) {
        String line = p.failed("--url", db.url(), "upgrade", "head");
        assertThat(line).startsWith("FAILED: upgrade b2 failed (" + p.versions().resolve("b2_rev_b2.sql") + ":6): "
                + "INSERT INTO no_such_table (id) VALUES (1): ");
        return line.substring(line.indexOf("VALUES (1): ") + "VALUES (1): ".length());
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void oneTransactionPerRunRollsEverythingBack(DatabaseKind kind, @TempDir Path dir) {
        E2eProject p = project(dir);
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            String message = failedLine(p, db);
            assertThat(message).as("the database's message").containsIgnoringCase("no_such_table");
            assertThat(Catalog.versionRows(db, "retort_version")).isEmpty();
            assertThat(Catalog.tables(db)).as("a1's table was rolled back with the rest")
                    .doesNotContain("first_t", "counter");
            assertThat(p.ok("--url", db.url(), "current").out()).isEmpty();
            assertThat(p.run("--url", db.url(), "upgrade", "head").err()).as("the failed step's line is ended")
                    .matches("(?s)Running upgrade  -> a1, rev a1 \\.\\.\\. done in \\d+ ms\n"
                            + "Running upgrade a1 -> b2, rev b2 \\.\\.\\. failed after \\d+ ms\n"
                            + "FAILED: upgrade b2 failed [^\n]*\n");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void transactionPerMigrationKeepsTheRevisionsBeforeTheFailure(DatabaseKind kind, @TempDir Path dir) {
        E2eProject p = project(dir).config("transaction_per_migration", "true");
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            failedLine(p, db);
            assertThat(Catalog.versionRows(db, "retort_version")).containsExactly("a1");
            assertThat(Catalog.tables(db)).contains("first_t").doesNotContain("counter", "second_t");
            assertThat(p.ok("--url", db.url(), "current").out()).isEqualTo("a1\n");
        }
    }

    /** MariaDB has no transactional DDL: what ran stays, and the fixed file resumes at the failed statement. */
    @Test
    void mariaDbResumesAtTheFailedStatement(@TempDir Path dir) throws Exception {
        E2eProject p = project(dir);
        try (TestDatabase db = TestDatabases.mariadb()) {
            assertThat(failedLine(p, db)).contains("no_such_table").contains("doesn't exist");
            assertThat(Catalog.versionRows(db, "retort_version")).as("the last revision that finished").containsExactly("a1");
            assertThat(Catalog.tables(db)).contains("first_t", "counter").doesNotContain("second_t");
            assertThat(Catalog.column(db, "SELECT n FROM counter")).containsExactly("1");
            assertThat(p.ok("--url", db.url(), "current").out()).isEqualTo("a1\n");
            assertThat(Catalog.column(db, "SELECT CONCAT(revision, ' ', status, ' ', statements_done) FROM "
                    + "retort_version_log ORDER BY id")).containsExactly("a1 done 1", "b2 failed 2");

            Path b2 = p.versions().resolve("b2_rev_b2.sql");
            Files.writeString(b2, Files.readString(b2).replace(BAD, "CREATE TABLE no_such_table (id INTEGER);"));
            p.ok("--url", db.url(), "upgrade", "head");
            assertThat(p.ok("--url", db.url(), "current").out()).isEqualTo("c3 (head)\n");
            assertThat(Catalog.column(db, "SELECT n FROM counter")).as("the INSERT before the failure ran once")
                    .containsExactly("1");
            assertThat(Catalog.tables(db)).contains("first_t", "counter", "no_such_table", "second_t", "third_t");
            assertThat(Catalog.column(db, "SELECT CONCAT(revision, ' ', status, ' ', statements_done) FROM "
                    + "retort_version_log ORDER BY id")).containsExactly("a1 done 1", "b2 done 4", "c3 done 1");
            assertThat(Catalog.column(db, "SELECT checksum FROM retort_version_log WHERE revision = 'b2'"))
                    .as("the resumed step's row names the fixed file").containsExactly(Checksums.of(Files.readAllBytes(b2)));
        }
    }

    /** {@code -- retort: transactional=false} runs CREATE INDEX CONCURRENTLY outside the run's transaction. */
    @Test
    void concurrentIndexOnPostgresInANonTransactionalRevision(@TempDir Path dir) {
        E2eProject p = E2eProject.init(dir.resolve("project"));
        p.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY, email VARCHAR(100));", "DROP TABLE account;");
        p.sql("b2", "a1", "transactional=false", "CREATE INDEX CONCURRENTLY ix_account_email ON account (email);",
                "DROP INDEX CONCURRENTLY ix_account_email;");
        p.sql("c3", "b2", "", "CREATE TABLE item (id INTEGER PRIMARY KEY);", "DROP TABLE item;");
        try (TestDatabase db = TestDatabases.postgres()) {
            p.ok("--url", db.url(), "upgrade", "head");
            assertThat(p.ok("--url", db.url(), "current").out()).isEqualTo("c3 (head)\n");
            assertThat(Catalog.column(db, "SELECT indexname FROM pg_indexes WHERE tablename = 'account'"))
                    .contains("ix_account_email");
            p.ok("--url", db.url(), "downgrade", "base");
            assertThat(Catalog.tables(db)).containsExactlyInAnyOrder("retort_version", "retort_version_log");
        }
    }
}
