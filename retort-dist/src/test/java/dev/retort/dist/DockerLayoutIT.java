package dev.retort.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Docker image, without a Docker engine (none runs here): target/docker/Dockerfile's steps
 * build its file layout into a folder, a project is "mounted" at /migrations, and the image runs
 * its ENTRYPOINT and CMD with the database URL from the environment, on SQLite and PostgreSQL.
 */
class DockerLayoutIT {
    @TempDir
    Path tmp;
    DockerfileLayout image;
    Path mounted;

    @BeforeEach
    void buildTheImage() throws Exception {
        image = new DockerfileLayout(Distribution.TARGET.resolve("docker"), tmp.resolve("image root"), tmp.resolve("root"));
        mounted = image.inside(image.workdir);
    }

    @Test
    void theImageIsTheDistributionOnATemurinJdkRunningUpgradeHeadInMigrations() throws Exception {
        assertThat(image.from).startsWith("eclipse-temurin:17").endsWith("-jdk");
        assertThat(image.workdir).isEqualTo("/migrations");
        assertThat(image.entrypoint).containsExactly("retort");
        assertThat(image.cmd).containsExactly("upgrade", "head");
        assertThat(image.inside("/opt/retort/bin/retort")).isExecutable();
        assertThat(image.inside("/opt/retort/lib/retort.jar")).isRegularFile();
        // RUN made the class-data-sharing archive in the image, for the image's java
        assertThat(image.inside("/opt/retort/lib/retort.jsa")).isRegularFile();
        assertThat(image.run(tmp.resolve("root"), Map.of(), "--version").out())
                .isEqualTo("retort " + Distribution.VERSION + "\n");
    }

    @Test
    void upgradeHeadOnSqliteWithDatabaseUrlFromTheEnvironment() throws Exception {
        projectWithOneRevision("url = \"${DATABASE_URL:-sqlite:///app.db}\"");

        Shell.Result run = image.run(tmp.resolve("root"), Map.of("DATABASE_URL", "sqlite:///data.db"));

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(ArchiveIT.tables(mounted.resolve("data.db"))).contains("account", "retort_version");
        assertThat(mounted.resolve("app.db")).doesNotExist();
        assertThat(image.run(tmp.resolve("root"), Map.of("DATABASE_URL", "sqlite:///data.db"), "current").out())
                .isEqualTo("a1 (head)\n");
    }

    @Test
    void upgradeHeadOnPostgresqlWithRetortUrlOverridingTheConfig() throws Exception {
        // a retort.toml that names its own database: RETORT_URL points the container elsewhere
        projectWithOneRevision("url = \"sqlite:///not_this.db\"");
        try (TestDatabase pg = TestDatabases.postgres()) {
            Shell.Result run = image.run(tmp.resolve("root"), Map.of("RETORT_URL", pg.url()));

            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(mounted.resolve("not_this.db")).doesNotExist();
            try (Connection c = pg.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version_num FROM retort_version")) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
                assertThat(rows).containsExactly("a1");
            }
            try (Connection c = pg.connect(); ResultSet rs = c.getMetaData().getTables(null, "public", "account", null)) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    /** retort.toml with this url line and one SQL revision a1 creating table account, in /migrations. */
    private void projectWithOneRevision(String urlLine) throws Exception {
        Files.writeString(mounted.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n" + urlLine + "\n");
        Path versions = Files.createDirectories(mounted.resolve("migrations/versions"));
        Files.writeString(versions.resolve("a1_create_account.sql"), """
                -- retort: revision=a1 down=
                -- retort: message=create account
                -- retort: upgrade
                CREATE TABLE account (id INTEGER PRIMARY KEY);

                -- retort: downgrade
                DROP TABLE account;
                """);
    }
}
