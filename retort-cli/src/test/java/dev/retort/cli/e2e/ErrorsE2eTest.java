package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors a user meets first: each is one {@code FAILED: } line on stderr, exit 1, no stack
 * trace, and the password is shown as {@code ***}.
 */
class ErrorsE2eTest {
    @TempDir
    static Path shared;
    static E2eProject project;

    @BeforeAll
    static void writeRevisions() {
        project = E2eProject.init(shared.resolve("project"));
        project.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY);", "DROP TABLE account;");
        project.sql("b2", "a1", "", "CREATE TABLE item (id INTEGER PRIMARY KEY);", "DROP TABLE item;");
    }

    @Test
    void connectionRefusedOnAClosedPort() {
        for (String url : new String[] {"postgresql://alice:s3cr3t-pw@127.0.0.1:1/app", "mysql://alice:s3cr3t-pw@127.0.0.1:1/app"}) {
            for (String command : new String[] {"current", "upgrade"}) {
                String[] args = command.equals("current") ? new String[] {"--url", url, "current"}
                        : new String[] {"--url", url, "upgrade", "head"};
                CliRunner.Result r = project.run(args);
                String line = project.failed(args);
                assertThat(r.all()).doesNotContain("s3cr3t-pw");
                assertThat(line).startsWith("FAILED: Can't connect to " + url.replace("s3cr3t-pw", "***") + ": ")
                        .endsWith("; is the server running and the host and port right?");
            }
        }
    }

    @Test
    void wrongPasswordOnMariaDb() {
        try (TestDatabase db = TestDatabases.mariadb()) {
            String user = "retort_e2e_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
            Catalog.execute(db, "CREATE USER '" + user + "'@'%' IDENTIFIED BY 'Right-pw-1'",
                    "CREATE USER '" + user + "'@'localhost' IDENTIFIED BY 'Right-pw-1'",
                    "GRANT ALL ON `" + db.name() + "`.* TO '" + user + "'@'%'",
                    "GRANT ALL ON `" + db.name() + "`.* TO '" + user + "'@'localhost'");
            try {
                String base = "mariadb://" + user + ":%s@127.0.0.1:3306/" + db.name();
                String[] wrong = {"--url", String.format(base, "Wrong-pw-2"), "upgrade", "head"};
                CliRunner.Result r = project.run(wrong);
                String line = project.failed(wrong);
                assertThat(r.all()).doesNotContain("Wrong-pw-2");
                assertThat(line).startsWith("FAILED: Can't connect to " + String.format(base, "***") + ": ")
                        .contains("Access denied").endsWith("; check the user and password");
                assertThat(Catalog.tables(db)).isEmpty();

                CliRunner.Result right = project.ok("--url", String.format(base, "Right-pw-1"), "upgrade", "head");
                CliRunner.Result verbose = project.ok("--url", String.format(base, "Right-pw-1"), "current", "-v");
                assertThat(right.all() + verbose.all()).doesNotContain("Right-pw-1");
                assertThat(verbose.out()).startsWith("Current revision(s) for " + String.format(base, "***") + ":\n");
                assertThat(Catalog.column(db, "SELECT applied_by FROM retort_version_log"))
                        .noneMatch(s -> s.contains("Right-pw-1"));
            } finally {
                Catalog.execute(db, "DROP USER '" + user + "'@'%'", "DROP USER '" + user + "'@'localhost'");
            }
        }
    }

    @Test
    void unknownDatabase() {
        String pg = "postgresql://postgres@127.0.0.1:5432/retort_e2e_no_such_db";
        assertThat(project.failed("--url", pg, "current")).startsWith("FAILED: Can't connect to " + pg + ": ")
                .contains("retort_e2e_no_such_db").endsWith("; create the database first, or fix its name in the URL");
        String maria = "mariadb://root@127.0.0.1:3306/retort_e2e_no_such_db";
        assertThat(project.failed("--url", maria, "upgrade", "head")).startsWith("FAILED: Can't connect to " + maria + ": ")
                .contains("retort_e2e_no_such_db").endsWith("; create the database first, or fix its name in the URL");
    }

    /** A database stamped (by hand) with an id no file has: every command that reads it says so. */
    @Test
    void aRevisionTheScriptsDoNotHave(@TempDir Path dir) {
        try (TestDatabase pg = TestDatabases.postgres(); TestDatabase lite = TestDatabases.sqlite(dir)) {
            for (TestDatabase db : new TestDatabase[] {pg, lite}) {
                project.ok("--url", db.url(), "ensure-version");
                Catalog.execute(db, "INSERT INTO retort_version (version_num) VALUES ('f00dfeed1234')");
                String expected = "FAILED: The database is at revision f00dfeed1234, which no revision file has; the "
                        + "scripts' heads are b2. Restore the missing file, or point retort at the right scripts";
                assertThat(project.failed("--url", db.url(), "current")).isEqualTo(expected);
                assertThat(project.failed("--url", db.url(), "upgrade", "head")).isEqualTo(expected);
                assertThat(project.failed("--url", db.url(), "history", "-i")).isEqualTo(expected);
                assertThat(Catalog.tables(db)).as(db.toString()).containsExactlyInAnyOrder("retort_version",
                        "retort_version_log");
            }
        }
    }

    @Test
    void aSchemaOnSqliteIsRefusedBeforeAnythingRuns(@TempDir Path dir) {
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            assertThat(project.failed("--url", db.url(), "-x", "schema=app", "upgrade", "head")).isEqualTo(
                    "FAILED: sqlite has no schemas, but schema is 'app'; leave schema and version_table_schema empty for sqlite");
            assertThat(project.failed("--url", db.url(), "-x", "version_table_schema=meta", "upgrade", "head", "--sql"))
                    .startsWith("FAILED: sqlite has no schemas, but version_table_schema is 'meta'");
            assertThat(Catalog.tables(db)).isEmpty();
        }
    }

    @Test
    void badTargetsAreOneLine(@TempDir Path dir) {
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            assertThat(project.failed("--url", db.url(), "upgrade", "nope")).startsWith("FAILED: ")
                    .contains("nope");
            assertThat(project.failed("--url", db.url(), "upgrade", "a1:b2")).isEqualTo("FAILED: Range revision not allowed");
            assertThat(Catalog.tables(db)).isEmpty();
        }
    }
}
