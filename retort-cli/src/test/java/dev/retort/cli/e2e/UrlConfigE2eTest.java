package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workflow 1: the config that {@code init} writes takes the URL from DATABASE_URL (default
 * {@code sqlite:///app.db}); {@code -x url=} and {@code --url} override it per run; SQLAlchemy
 * style and JDBC URLs both work.
 */
class UrlConfigE2eTest {
    @TempDir
    static Path shared;
    static Path projectDir;

    @BeforeAll
    static void writeRevisions() throws Exception {
        projectDir = shared.resolve("project");
        E2eProject p = E2eProject.init(projectDir);
        assertThat(Files.readString(projectDir.resolve("retort.toml")))
                .contains("url = \"${DATABASE_URL:-sqlite:///app.db}\"");
        p.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY);", "DROP TABLE account;");
    }

    /** A fresh CliRunner on the shared project, so environments never leak between tests. */
    private static E2eProject project() {
        return E2eProject.open(projectDir);
    }

    @Test
    void withoutDatabaseUrlTheDefaultIsSqliteBesideTheConfig() {
        E2eProject p = project();
        p.ok("upgrade", "head");
        assertThat(projectDir.resolve("app.db")).isRegularFile();
        assertThat(p.ok("current").out()).isEqualTo("a1 (head)\n");
        assertThat(p.ok("current", "-v").out()).startsWith("Current revision(s) for sqlite:///app.db:\n");
    }

    @Test
    void sqlalchemyStyleUrlsFromTheEnvironment() {
        try (TestDatabase pg = TestDatabases.postgres(); TestDatabase maria = TestDatabases.mariadb()) {
            E2eProject p = project().env("DATABASE_URL", pg.url().replaceFirst("^postgresql://", "postgresql+psycopg2://"));
            p.ok("upgrade", "head");
            assertThat(Catalog.versionRows(pg, "retort_version")).containsExactly("a1");
            assertThat(p.ok("current").out()).isEqualTo("a1 (head)\n");

            E2eProject m = project().env("DATABASE_URL", maria.url().replaceFirst("^[a-z]+://", "mysql+pymysql://"));
            m.ok("upgrade", "head");
            assertThat(Catalog.versionRows(maria, "retort_version")).containsExactly("a1");
        }
    }

    @Test
    void jdbcUrlsFromTheEnvironment(@TempDir Path dir) {
        try (TestDatabase pg = TestDatabases.postgres(); TestDatabase maria = TestDatabases.mariadb();
             TestDatabase lite = TestDatabases.sqlite(dir); TestDatabase h2 = TestDatabases.h2()) {
            for (TestDatabase db : new TestDatabase[] {pg, maria, lite, h2}) {
                E2eProject p = project().env("DATABASE_URL", db.jdbcUrl());
                p.ok("upgrade", "head");
                assertThat(Catalog.versionRows(db, "retort_version")).as(db.toString()).containsExactly("a1");
                assertThat(p.ok("current").out()).as(db.toString()).isEqualTo("a1 (head)\n");
            }
        }
    }

    @Test
    void xUrlAndDashDashUrlOverrideTheEnvironment(@TempDir Path dir) {
        try (TestDatabase fromEnv = TestDatabases.postgres(); TestDatabase viaX = TestDatabases.sqlite(dir);
             TestDatabase viaUrl = TestDatabases.mariadb()) {
            E2eProject p = project().env("DATABASE_URL", fromEnv.url());
            p.ok("-x", "url=" + viaX.url(), "upgrade", "head");
            p.ok("upgrade", "head", "--url", viaUrl.jdbcUrl());
            assertThat(Catalog.versionRows(viaX, "retort_version")).containsExactly("a1");
            assertThat(Catalog.versionRows(viaUrl, "retort_version")).containsExactly("a1");
            assertThat(Catalog.tables(fromEnv)).as("the environment's database was never touched").isEmpty();
            assertThat(p.ok("current").out()).isEmpty();
            assertThat(Catalog.tables(fromEnv)).as("current creates nothing").isEmpty();
            // -x feeds ${...} in the config too: a variable of the environment is overridden per run
            assertThat(p.ok("-x", "DATABASE_URL=" + viaX.url(), "current").out()).isEqualTo("a1 (head)\n");
        }
    }
}
