package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.config.DatabaseKind;
import dev.retort.script.Revision;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter in a real application context (DataSource auto-configuration, HikariCP) on
 * PostgreSQL and H2: each mode, target, enabled=false, classpath revisions, failures.
 */
class RetortAutoConfigurationTest {
    @TempDir
    Path dir;
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    /** A context on {@code kind}'s fresh database with the SQL revisions a1, b2, c3 in {@code dir/migrations}. */
    private ApplicationContextRunner runner(DatabaseKind kind) {
        db = TestDatabases.of(kind, dir);
        writeRevisions(dir);
        return contextOn(db, dir);
    }

    static ApplicationContextRunner contextOn(TestDatabase db, Path dir) {
        return application(db).withPropertyValues("retort.location=" + dir.resolve("migrations"));
    }

    /** The DataSource and retort auto-configurations on {@code db}, Hikari's pool at two connections. */
    static ApplicationContextRunner application(TestDatabase db) {
        if (db.kind() == DatabaseKind.H2) {
            allowSpringsDefaultUser(db);
        }
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + db.jdbcUrl(),
                        "spring.datasource.hikari.maximum-pool-size=2");
    }

    /**
     * Spring Boot connects to an embedded H2 database as {@code sa}; the test database was created
     * by the harness's user, which must let {@code sa} in.
     */
    static void allowSpringsDefaultUser(TestDatabase db) {
        try (Connection c = db.connect()) {
            c.createStatement().execute("CREATE USER IF NOT EXISTS SA PASSWORD '' ADMIN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The RetortException that stopped the context (Spring wraps it in bean creation exceptions). */
    static RetortException retortFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RetortException r) {
                return r;
            }
        }
        throw new AssertionError("no RetortException in " + failure, failure);
    }

    static void writeRevisions(Path dir) {
        sql(dir, "a1", "", "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);",
                "DROP TABLE account;");
        sql(dir, "b2", "a1", "CREATE TABLE item (id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES account (id));",
                "DROP TABLE item;");
        sql(dir, "c3", "b2", "ALTER TABLE account ADD COLUMN email VARCHAR(100);", "ALTER TABLE account DROP COLUMN email;");
    }

    static Path sql(Path dir, String id, String down, String upgrade, String downgrade) {
        String text = "-- retort: revision=" + id + " down=" + down + "\n-- retort: message=rev " + id + "\n"
                + "-- retort: upgrade\n" + upgrade + "\n-- retort: downgrade\n" + downgrade + "\n";
        Path file = dir.resolve("migrations/versions/" + id + "_rev_" + id + ".sql");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private List<String> versionRows() throws SQLException {
        return strings("SELECT version_num FROM retort_version");
    }

    private List<String> strings(String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private boolean hasTable(String name) throws SQLException {
        try (Connection c = db.connect()) {
            for (String table : List.of(name, name.toUpperCase())) {
                try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "H2"})
    void upgradesToHeadByDefault(DatabaseKind kind) {
        runner(kind).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Retort.class).hasSingleBean(RetortStartup.class);
            RetortStartup startup = context.getBean(RetortStartup.class);
            assertThat(startup.result().steps()).containsExactly("upgrade  -> a1", "upgrade a1 -> b2",
                    "upgrade b2 -> c3");
            assertThat(versionRows()).containsExactly("c3");
            assertThat(hasTable("item")).isTrue();
            assertThat(context.getBean(Retort.class).current()).extracting(Revision::id).containsExactly("c3");
        });
        contextOn(db, dir).run(context -> assertThat(context.getBean(RetortStartup.class).result().steps())
                .as("a second start at head runs nothing").isEmpty());
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "H2"})
    void upgradesToTheTarget(DatabaseKind kind) {
        runner(kind).withPropertyValues("retort.target=b2").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(versionRows()).containsExactly("b2");
        });
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "H2"})
    void initializeRunsEverythingOnAnEmptyDatabase(DatabaseKind kind) {
        runner(kind).withPropertyValues("retort.mode=initialize").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(RetortStartup.class).result().steps()).hasSize(3);
            assertThat(versionRows()).containsExactly("c3");
        });
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "H2"})
    void validateFailsStartUpUnlessAtTheTargetWithNoEditedRevision(DatabaseKind kind) throws Exception {
        ApplicationContextRunner validate = runner(kind).withPropertyValues("retort.mode=validate");
        validate.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(RetortException.class)
                    .hasMessage("retort.mode=validate: the database is at base (no revision), not at head (c3);"
                            + " upgrade it (retort.mode=upgrade, or 'retort upgrade head')");
            assertThat(hasTable("retort_version")).as("validate creates nothing").isFalse();
        });
        contextOn(db, dir).withPropertyValues("retort.target=b2").run(context -> assertThat(context).hasNotFailed());
        validate.run(context -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("the database is at b2, not at head (c3)"));
        validate.withPropertyValues("retort.target=b2").run(context -> assertThat(context).hasNotFailed());

        Path a1 = dir.resolve("migrations/versions/a1_rev_a1.sql");
        Files.writeString(a1, Files.readString(a1) + "-- edited\n");
        validate.withPropertyValues("retort.target=b2").run(context -> assertThat(context.getStartupFailure())
                .rootCause().hasMessageStartingWith("retort.mode=validate: a1 ")
                .hasMessageContaining("edited after it was applied"));
        assertThat(versionRows()).containsExactly("b2");
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "H2"})
    void disabledDoesNothing(DatabaseKind kind) {
        runner(kind).withPropertyValues("retort.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(Retort.class).doesNotHaveBean(RetortStartup.class);
            assertThat(hasTable("retort_version")).isFalse();
        });
    }

    /** A revision that fails stops the context; on PostgreSQL the run's transaction leaves nothing behind. */
    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "H2"})
    void aFailingRevisionStopsStartUp(DatabaseKind kind) throws Exception {
        ApplicationContextRunner runner = runner(kind);
        sql(dir, "d4", "c3", "CREATE TABLE broken (id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES nowhere (id));",
                "DROP TABLE broken;");
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(retortFailure(context.getStartupFailure())).hasMessageContaining("d4_rev_d4.sql");
        });
        if (kind == DatabaseKind.POSTGRESQL) {
            assertThat(hasTable("account")).as("rolled back").isFalse();
            assertThat(versionRows()).isEmpty();
        } else {
            assertThat(versionRows()).as("H2 commits each DDL statement: the finished revisions stay")
                    .containsExactly("c3");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "H2"})
    void classpathRevisionsByDefault(DatabaseKind kind) {
        db = TestDatabases.of(kind, dir);
        application(db).withPropertyValues("retort.version-table=app_version")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(RetortStartup.class).result().steps())
                            .containsExactly("upgrade  -> n1");
                    assertThat(strings("SELECT version_num FROM app_version")).containsExactly("n1");
                    assertThat(hasTable("note")).isTrue();
                });
    }

    @Test
    void aClasspathLocationWithAPathIsRefused() {
        db = TestDatabases.h2();
        application(db).withPropertyValues("retort.location=classpath:db/migrations")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(RetortException.class).hasMessageContaining("set retort.location=classpath:"));
    }

    /** PostgreSQL: the advisory lock holds a pool connection of its own, so a pool of one can't migrate. */
    @Test
    void aPoolOfOneConnectionSaysItNeedsTwo() {
        runner(DatabaseKind.POSTGRESQL).withPropertyValues("spring.datasource.hikari.maximum-pool-size=1",
                "spring.datasource.hikari.connection-timeout=250").run(context -> {
                    assertThat(retortFailure(context.getStartupFailure()))
                            .hasMessageContaining("a pool needs two free connections while retort migrates");
                    assertThat(hasTable("account")).isFalse();
                });
    }

    @Test
    void theFailureReportShowsTheFailedLine() {
        var analysis = new RetortFailureAnalyzer().analyze(
                new IllegalStateException("bean creation", new RetortException("the database is at base")));
        assertThat(analysis.getDescription()).contains("FAILED: the database is at base");
        assertThat(analysis.getAction()).contains("retort.enabled=false");
    }

    @Test
    void configurationMetadataDescribesEveryProperty() throws IOException {
        try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String property : List.of("retort.enabled", "retort.mode", "retort.location", "retort.target",
                    "retort.schema", "retort.version-table", "retort.version-table-schema", "retort.lock-timeout")) {
                assertThat(json).contains("\"name\": \"" + property + "\"");
            }
        }
    }
}
