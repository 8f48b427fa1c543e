package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner;
import dev.retort.config.DatabaseKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Workflow 3: {@code upgrade head --sql > file} with a URL whose server is not there (offline
 * opens no connection), the file run by the database's own client on a fresh database, and
 * {@code retort current} then reading the right revision; {@code a:b} ranges up and down,
 * {@code --tag}, and {@code downgrade a1:base --sql} leaving an empty database.
 */
class OfflineSqlE2eTest {
    @TempDir
    static Path shared;
    static E2eProject project;

    @BeforeAll
    static void writeRevisions() {
        project = E2eProject.init(shared.resolve("project"));
        project.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(40));",
                "DROP TABLE account;");
        project.java("b2", "a1",
                "op.createTable(\"item\", column(\"id\", integer()).primaryKey(), column(\"label\", varchar(40)).nullable());",
                "op.dropTable(\"item\");");
        project.sql("c3", "b2", "", "INSERT INTO account (id, name) VALUES (1, 'it''s; here');", "DELETE FROM account;");
    }

    /** A URL of the same kind that no server answers: offline must not try it. */
    private static String unreachable(DatabaseKind kind, Path dir) {
        return switch (kind) {
            case POSTGRESQL -> "postgresql://u:secret@127.0.0.1:1/db";
            case MARIADB -> "mariadb://u:secret@127.0.0.1:1/db";
            case SQLITE -> "sqlite:///" + dir.resolve("no/such/dir/app.db");
            case H2 -> "jdbc:h2:tcp://127.0.0.1:1/~/nothing";
            default -> throw new IllegalArgumentException(kind.toString());
        };
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "H2", "POSTGRESQL", "MARIADB"})
    void offlineSqlRunByTheDatabasesOwnClient(DatabaseKind kind, @TempDir Path dir) throws Exception {
        String offline = unreachable(kind, dir);
        String head = sql(offline, "upgrade", "head");
        assertThat(head).doesNotContain("secret")
                .contains("-- Running upgrade  -> a1\n", "-- Running upgrade a1 -> b2\n", "-- Running upgrade b2 -> c3\n");
        assertThat(dir.resolve("no")).as("offline creates no SQLite file").doesNotExist();

        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            Clients.apply(db, dir, head);
            assertThat(project.ok("--url", db.url(), "current").out()).isEqualTo("c3 (head)\n");
            assertThat(Catalog.tables(db)).containsExactlyInAnyOrder("account", "item", "retort_version",
                    "retort_version_log");
            assertThat(Catalog.column(db, "SELECT name FROM account")).containsExactly("it's; here");
            assertThat(Catalog.column(db, "SELECT revision FROM retort_version_log ORDER BY id"))
                    .containsExactly("a1", "b2", "c3");
        }

        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            String first = sql(offline, "upgrade", "a1", "--tag", "release-1");
            assertThat(first).startsWith("-- retort tag: release-1\n");
            Clients.apply(db, dir, first);
            assertThat(project.ok("--url", db.url(), "current").out()).isEqualTo("a1\n");

            String rest = sql(offline, "upgrade", "a1:c3");
            assertThat(rest).doesNotContain("CREATE TABLE retort_version").doesNotContain("-- Running upgrade  -> a1");
            Clients.apply(db, dir, rest);
            assertThat(project.ok("--url", db.url(), "current").out()).isEqualTo("c3 (head)\n");

            String down = sql(offline, "downgrade", "c3:a1");
            assertThat(down).contains("-- Running downgrade c3 -> b2\n", "-- Running downgrade b2 -> a1\n");
            Clients.apply(db, dir, down);
            assertThat(project.ok("--url", db.url(), "current").out()).isEqualTo("a1\n");
            assertThat(Catalog.tables(db)).containsExactlyInAnyOrder("account", "retort_version", "retort_version_log");

            Clients.apply(db, dir, sql(offline, "downgrade", "a1:base"));
            assertThat(Catalog.tables(db)).as("a downgrade to base drops the version tables too, as Alembic").isEmpty();
        }
    }

    private static String sql(String url, String... command) {
        List<String> args = new ArrayList<>(List.of("--url", url));
        args.addAll(List.of(command));
        args.add("--sql");
        CliRunner.Result r = project.ok(args.toArray(String[]::new));
        assertThat(r.err()).as("offline prints no progress lines").isEmpty();
        return r.out();
    }
}
