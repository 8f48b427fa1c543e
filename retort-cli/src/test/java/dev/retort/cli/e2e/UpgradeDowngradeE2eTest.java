package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner;
import dev.retort.config.DatabaseKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Workflow 2 of DESIGN.md on every live database: {@code upgrade head} on an empty database,
 * {@code current}, {@code history -i}, stepping up and down, {@code downgrade base}, the refusals,
 * {@code stamp} and {@code stamp --purge}; Java and SQL revisions mixed; progress lines.
 */
class UpgradeDowngradeE2eTest {
    private static final Set<String> VERSION_TABLES = Set.of("retort_version", "retort_version_log");
    private static final String PROGRESS = "Running (upgrade|downgrade|stamp_revision) [^\\n]* \\.\\.\\. done in \\d+ ms";

    @TempDir
    static Path shared;
    static E2eProject project;

    /** One project for every database: a1 (SQL), b2 (Java), c3 (SQL), d4 (Java). */
    @BeforeAll
    static void writeRevisions() {
        project = E2eProject.init(shared.resolve("project"));
        project.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(40));",
                "DROP TABLE account;");
        project.java("b2", "a1",
                "op.createTable(\"item\", column(\"id\", integer()).primaryKey(), column(\"label\", varchar(40)).nullable());",
                "op.dropTable(\"item\");");
        project.sql("c3", "b2", "", "CREATE TABLE note (id INTEGER PRIMARY KEY);\nINSERT INTO note (id) VALUES (1);",
                "DROP TABLE note;");
        project.java("d4", "c3", "op.addColumn(\"account\", column(\"email\", varchar(100)).nullable());",
                "op.dropColumn(\"account\", \"email\");");
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "H2", "POSTGRESQL", "MARIADB"})
    void upDownCurrentHistoryStamp(DatabaseKind kind, @TempDir Path dbDir) {
        try (TestDatabase db = TestDatabases.of(kind, dbDir)) {
            String[] url = {"--url", db.url()};

            CliRunner.Result up = project.ok(cat(url, "upgrade", "head"));
            assertThat(up.out()).isEmpty();
            assertThat(up.err()).as("one progress line per step, with its time").matches(
                    "(?s)Running upgrade  -> a1, rev a1 \\.\\.\\. done in \\d+ ms\n"
                            + "Running upgrade a1 -> b2, rev b2 \\.\\.\\. done in \\d+ ms\n"
                            + "Running upgrade b2 -> c3, rev c3 \\.\\.\\. done in \\d+ ms\n"
                            + "Running upgrade c3 -> d4, rev d4 \\.\\.\\. done in \\d+ ms\n");
            assertThat(Catalog.tables(db)).containsExactlyInAnyOrder("account", "item", "note", "retort_version",
                    "retort_version_log");
            assertThat(project.ok(cat(url, "current")).out()).isEqualTo("d4 (head)\n");
            assertThat(project.ok(cat(url, "history", "-i")).out()).isEqualTo(
                    "c3 -> d4 (head) (current), rev d4\n"
                            + "b2 -> c3, rev c3\n"
                            + "a1 -> b2, rev b2\n"
                            + "<base> -> a1, rev a1\n");

            project.ok(cat(url, "downgrade", "-1"));
            assertThat(project.ok(cat(url, "current")).out()).isEqualTo("c3\n");
            project.ok(cat(url, "downgrade", "-1"));
            assertThat(project.ok(cat(url, "current")).out()).isEqualTo("b2\n");
            assertThat(Catalog.tables(db)).doesNotContain("note");
            project.ok(cat(url, "upgrade", "+1"));
            assertThat(project.ok(cat(url, "current")).out()).isEqualTo("c3\n");
            assertThat(project.ok(cat(url, "history", "-i")).out()).contains("b2 -> c3 (current), rev c3\n");

            project.ok(cat(url, "downgrade", "a1"));
            assertThat(project.ok(cat(url, "current")).out()).isEqualTo("a1\n");
            assertThat(Catalog.tables(db)).containsExactlyInAnyOrder("account", "retort_version", "retort_version_log");
            project.ok(cat(url, "upgrade", "c3"));
            assertThat(project.ok(cat(url, "current")).out()).isEqualTo("c3\n");

            assertThat(project.failed(cat(url, "upgrade", "a1")))
                    .isEqualTo("FAILED: Destination a1 is behind the current revision(s) c3; use 'downgrade a1' to go back to it");
            assertThat(project.ok(cat(url, "current")).out()).isEqualTo("c3\n");

            CliRunner.Result base = project.ok(cat(url, "downgrade", "base"));
            assertThat(base.err()).contains("Running downgrade a1 -> , rev a1");
            assertThat(Catalog.tables(db)).as("base leaves only the version tables").isEqualTo(VERSION_TABLES);
            assertThat(Catalog.versionRows(db, "retort_version")).isEmpty();
            assertThat(project.ok(cat(url, "current")).out()).isEmpty();

            String nothing = project.failed(cat(url, "downgrade", "-1"));
            assertThat(nothing).startsWith("FAILED: ").contains("nothing to downgrade");

            project.ok(cat(url, "stamp", "d4"));
            assertThat(project.ok(cat(url, "current")).out()).isEqualTo("d4 (head)\n");
            assertThat(Catalog.tables(db)).as("stamp runs no revision").isEqualTo(VERSION_TABLES);
            project.ok(cat(url, "stamp", "--purge", "b2"));
            assertThat(Catalog.versionRows(db, "retort_version")).containsExactly("b2");
            assertThat(project.ok(cat(url, "current")).out()).isEqualTo("b2\n");
            // the log table recorded every step: 4 + 1 + 1 + 1 + 2 + 2 + 3 upgrades and downgrades, 2 stamps
            assertThat(Catalog.column(db, "SELECT direction FROM retort_version_log WHERE status = 'done'"))
                    .hasSize(16).filteredOn("stamp"::equals).hasSize(2);

            project.ok(cat(url, "stamp", "base"));
            assertThat(Catalog.versionRows(db, "retort_version")).isEmpty();
            CliRunner.Result quiet = project.ok(cat(url, "-q", "upgrade", "head"));
            assertThat(quiet.err()).as("-q prints no progress").isEmpty();
            assertThat(quiet.out()).isEmpty();
            assertThat(project.ok(cat(url, "current")).out()).isEqualTo("d4 (head)\n");
            assertThat(Catalog.tables(db)).containsExactlyInAnyOrder("account", "item", "note", "retort_version",
                    "retort_version_log");
        }
    }

    /** A Java revision that does not compile: FAILED with file:line: message, exit 1, nothing applied. */
    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void javaCompileErrorAppliesNothing(DatabaseKind kind, @TempDir Path dir) {
        E2eProject broken = E2eProject.init(dir.resolve("project"));
        broken.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY);", "DROP TABLE account;");
        Path file = broken.java("b2", "a1", "op.createTable(\"item\", column(\"id\", integr()));", "op.dropTable(\"item\");");
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            String failed = broken.failed("--url", db.url(), "upgrade", "head");
            assertThat(failed).startsWith("FAILED: ").isEqualTo("FAILED: " + file + ":12: cannot find symbol; symbol: method integr(); location: class Rev_b2"
                    + " (1 error in 1 file; nothing was run)");
            assertThat(Catalog.tables(db)).as("nothing applied, not even the version tables").isEmpty();
        }
    }

    @Test
    void progressLinesNameEveryStepOfAStamp(@TempDir Path dir) {
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            CliRunner.Result r = project.ok("--url", db.url(), "stamp", "b2");
            assertThat(r.err()).matches(PROGRESS + "\n").startsWith("Running stamp_revision  -> b2 ... done in ");
            assertThat(project.ok("--url", db.url(), "-q", "stamp", "c3").err()).isEmpty();
        }
    }

    static String[] cat(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
