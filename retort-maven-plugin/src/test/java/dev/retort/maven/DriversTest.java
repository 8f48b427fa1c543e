package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.DatabaseKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The databases the plugin reaches with the drivers it brings (through retort-core), with no
 * plugin {@code <dependencies>}: upgrade, current and downgrade on each. SQLite is GoalsTest's;
 * MavenPluginIT runs SQLite and PostgreSQL through a real Maven.
 */
class DriversTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB", "H2"})
    void upgradeCurrentDowngrade(DatabaseKind kind) throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("a1_create_item.sql"), """
                -- retort: revision=a1 down=
                -- retort: message=create item
                -- retort: upgrade
                CREATE TABLE item (id INTEGER NOT NULL PRIMARY KEY);
                -- retort: downgrade
                DROP TABLE item;
                """);
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            CapturingLog log = new CapturingLog();
            UpgradeMojo upgrade = configure(new UpgradeMojo(), db, log);
            upgrade.target = "head";
            upgrade.execute();
            configure(new CurrentMojo(), db, log).execute();
            assertThat(versionRows(db)).containsExactly("a1");

            DowngradeMojo downgrade = configure(new DowngradeMojo(), db, log);
            downgrade.target = "base";
            downgrade.execute();
            assertThat(versionRows(db)).isEmpty();
            assertThat(log.lines).containsSubsequence("[INFO] 1 revision applied; the database is at a1",
                    "[INFO] a1 (head)", "[INFO] 1 revision reverted; the database is at base");
        }
    }

    private <T extends RetortMojo> T configure(T mojo, TestDatabase db, CapturingLog log) {
        mojo.basedir = dir.toFile();
        mojo.url = db.url();
        mojo.setLog(log);
        return mojo;
    }

    private static List<String> versionRows(TestDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version_num FROM retort_version")) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
