package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workflow 5: {@code -x schema=...} (wired to {@code schema} by the config {@code init} writes)
 * puts the tables in that schema, and {@code -x version_table_schema=...} the version tables
 * in another; on MariaDB a schema is another database.
 */
class SchemaE2eTest {
    @TempDir
    static Path shared;
    static E2eProject project;

    /** a1: SQL with unqualified names; b2: Java ops naming no schema. */
    @BeforeAll
    static void writeRevisions() {
        project = E2eProject.init(shared.resolve("project"));
        project.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY);\nINSERT INTO account (id) VALUES (1);",
                "DROP TABLE account;");
        project.java("b2", "a1",
                "op.createTable(\"item\", column(\"id\", integer()).primaryKey());"
                        + " op.addColumn(\"account\", column(\"email\", varchar(100)).nullable());",
                "op.dropColumn(\"account\", \"email\"); op.dropTable(\"item\");");
    }

    private static final Set<String> VERSION = Set.of("retort_version", "retort_version_log");

    private static void schemaAndVersionSchema(TestDatabase db, String app, String meta) {
        String[] x = {"--url", db.url(), "-x", "schema=" + app};
        project.ok(UpgradeDowngradeE2eTest.cat(x, "upgrade", "head"));
        assertThat(Catalog.tables(db, app)).containsExactlyInAnyOrder("account", "item", "retort_version",
                "retort_version_log");
        assertThat(Catalog.tables(db)).as("nothing in the default schema").isEmpty();
        assertThat(project.ok(UpgradeDowngradeE2eTest.cat(x, "current")).out()).isEqualTo("b2 (head)\n");
        assertThat(project.ok("--url", db.url(), "current").out()).as("the default schema has no version table").isEmpty();
        project.ok(UpgradeDowngradeE2eTest.cat(x, "downgrade", "base"));
        assertThat(Catalog.tables(db, app)).isEqualTo(VERSION);

        String[] xv = {"--url", db.url(), "-x", "schema=" + app, "-x", "version_table_schema=" + meta};
        project.ok(UpgradeDowngradeE2eTest.cat(xv, "upgrade", "head"));
        assertThat(Catalog.tables(db, meta)).isEqualTo(VERSION);
        assertThat(Catalog.tables(db, app)).contains("account", "item");
        assertThat(project.ok(UpgradeDowngradeE2eTest.cat(xv, "current")).out()).isEqualTo("b2 (head)\n");
        assertThat(project.ok(UpgradeDowngradeE2eTest.cat(xv, "history", "-i")).out())
                .isEqualTo("a1 -> b2 (head) (current), rev b2\n<base> -> a1, rev a1\n");
        project.ok(UpgradeDowngradeE2eTest.cat(xv, "downgrade", "-1"));
        assertThat(Catalog.tables(db, app)).contains("account").doesNotContain("item");
        project.ok(UpgradeDowngradeE2eTest.cat(xv, "downgrade", "base"));
        assertThat(Catalog.tables(db, meta)).isEqualTo(VERSION);
        assertThat(Catalog.tables(db, app)).isEqualTo(VERSION).as("the first run's version tables, untouched");
        assertThat(Catalog.tables(db)).isEmpty();
    }

    /** The same with {@code --sql}, run by the database's client: the script sets the schema first. */
    private static void offline(TestDatabase db, Path dir) throws Exception {
        String app = db.createSchema("app");
        String meta = db.createSchema("meta");
        String[] xv = {"--url", db.url(), "-x", "schema=" + app, "-x", "version_table_schema=" + meta};
        String sql = project.ok(UpgradeDowngradeE2eTest.cat(xv, "upgrade", "head", "--sql")).out();
        Clients.apply(db, dir, sql);
        assertThat(project.ok(UpgradeDowngradeE2eTest.cat(xv, "current")).out()).isEqualTo("b2 (head)\n");
        assertThat(Catalog.tables(db, app)).containsExactlyInAnyOrder("account", "item");
        assertThat(Catalog.tables(db, meta)).isEqualTo(VERSION);
        assertThat(Catalog.tables(db)).isEmpty();
    }

    @Test
    void postgres(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            schemaAndVersionSchema(db, db.createSchema("app"), db.createSchema("meta"));
        }
        try (TestDatabase db = TestDatabases.postgres()) {
            offline(db, dir);
        }
    }

    @Test
    void h2(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            schemaAndVersionSchema(db, db.createSchema("app"), db.createSchema("meta"));
        }
        try (TestDatabase db = TestDatabases.h2()) {
            offline(db, dir);
        }
    }

    @Test
    void mariaDbSchemaIsADatabase(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.mariadb()) {
            schemaAndVersionSchema(db, db.createSchema("app"), db.createSchema("meta"));
        }
        try (TestDatabase db = TestDatabases.mariadb()) {
            offline(db, dir);
        }
    }
}
