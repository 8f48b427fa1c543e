package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals run in-process on a project in a temporary directory, SQLite, configured by the
 * parameters alone or by a retort.toml: what they log, what they fail with, and the database
 * after. (MavenPluginIT runs the same through a real Maven.)
 */
class GoalsTest {
    @TempDir
    Path dir;
    private final CapturingLog log = new CapturingLog();

    @BeforeEach
    void revisions() throws IOException {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("a1_create_item.sql"), """
                -- retort: revision=a1 down=
                -- retort: message=create item
                -- retort: upgrade
                CREATE TABLE item (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(40) NOT NULL);
                -- retort: downgrade
                DROP TABLE item;
                """);
        Files.writeString(versions.resolve("b2_add_price.sql"), """
                -- retort: revision=b2 down=a1
                -- retort: message=add price
                -- retort: upgrade
                ALTER TABLE item ADD COLUMN price INTEGER;
                -- retort: downgrade
                ALTER TABLE item DROP COLUMN price;
                """);
    }

    private <T extends RetortMojo> T goal(T mojo) {
        mojo.basedir = dir.toFile();
        mojo.url = "sqlite:///app.db";
        mojo.setLog(log);
        return mojo;
    }

    private UpgradeMojo upgrade(String target) {
        UpgradeMojo m = goal(new UpgradeMojo());
        m.target = target;
        return m;
    }

    private DowngradeMojo downgrade(String target) {
        DowngradeMojo m = goal(new DowngradeMojo());
        m.target = target;
        return m;
    }

    @Test
    void upgradeCurrentHistoryHeadsDowngradeOnTheParametersAlone() throws Exception {
        upgrade("head").execute();
        assertThat(infoLines()).containsSubsequence("Running upgrade  -> a1, create item",
                "Running upgrade a1 -> b2, add price", "2 revisions applied; the database is at b2");
        // relative SQLite URLs are relative to the project's directory
        assertThat(rows("SELECT version_num FROM retort_version")).containsExactly("b2");

        log.lines.clear();
        goal(new CurrentMojo()).execute();
        HistoryMojo history = goal(new HistoryMojo());
        history.indicateCurrent = true;
        history.execute();
        goal(new HeadsMojo()).execute();
        assertThat(infoLines()).containsExactly("b2 (head)", "a1 -> b2 (head) (current), add price",
                "<base> -> a1, create item", "b2 (head)");

        log.lines.clear();
        downgrade("-1").execute();
        goal(new CurrentMojo()).execute();
        assertThat(infoLines()).containsExactly("Running downgrade b2 -> a1, add price",
                "1 revision reverted; the database is at a1", "a1");

        log.lines.clear();
        downgrade("base").execute();
        goal(new CurrentMojo()).execute();
        assertThat(infoLines()).containsExactly("Running downgrade a1 -> , create item",
                "1 revision reverted; the database is at base", "The database is at base (no revision applied)");
        assertThat(tables()).doesNotContain("item");
    }

    @Test
    void upgradeWithSqlWritesTheScriptAndOpensNoDatabase() throws Exception {
        UpgradeMojo m = upgrade("head");
        m.sql = true;
        m.outputFile = new File("target/upgrade.sql");
        m.execute();
        Path script = dir.resolve("target/upgrade.sql");
        assertThat(Files.readString(script)).contains("-- Running upgrade a1 -> b2", "ALTER TABLE item ADD COLUMN price INTEGER;");
        assertThat(infoLines()).containsExactly("Wrote the SQL of 2 steps to " + script);
        assertThat(dir.resolve("app.db")).doesNotExist();
    }

    @Test
    void stampSetsTheVersionRowsWithoutRunningAnything() throws Exception {
        StampMojo stamp = goal(new StampMojo());
        stamp.revisions = List.of("b2");
        stamp.execute();
        assertThat(rows("SELECT version_num FROM retort_version")).containsExactly("b2");
        assertThat(tables()).doesNotContain("item");
        assertThat(infoLines()).contains("Stamped; the database is at b2");
    }

    @Test
    void revisionWritesANewFileOnTheHead() throws Exception {
        try (var template = GoalsTest.class.getResourceAsStream("/dev/retort/templates/_shared/revision.sql")) {
            Path templates = Files.createDirectories(dir.resolve("migrations/templates"));
            Files.copy(template, templates.resolve("revision.sql"));
        }
        RevisionMojo revision = goal(new RevisionMojo());
        revision.message = "add stock";
        revision.revId = "c3";
        revision.format = "sql";
        revision.head = "head";
        revision.execute();
        Path file = dir.resolve("migrations/versions/c3_add_stock.sql");
        assertThat(Files.readString(file)).contains("revision=c3 down=b2", "message=add stock");
        assertThat(infoLines()).containsExactly("  Generating " + file + " ...  done");
    }

    @Test
    void verifyPassesOnAThrowawayDatabase() throws Exception {
        goal(new VerifyMojo()).execute();
        assertThat(infoLines()).contains("ok       single head", "verify: 2 revisions, all checks passed");
    }

    @Test
    void verifyFailsTheBuildWhenADowngradeDoesNotRestoreTheSchema() throws Exception {
        Files.writeString(dir.resolve("migrations/versions/b2_add_price.sql"), """
                -- retort: revision=b2 down=a1
                -- retort: message=add price
                -- retort: upgrade
                ALTER TABLE item ADD COLUMN price INTEGER;
                -- retort: downgrade
                SELECT 1;
                """);
        assertThatThrownBy(() -> goal(new VerifyMojo()).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("verify: ").hasMessageContaining("checks failed on 2 revisions");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] FAILED   each downgrade restores the schema"));
    }

    @Test
    void checkPassesAtTheModelAndFailsTheBuildListingTheDifferences() throws Exception {
        Files.writeString(dir.resolve("schema.sql"),
                "CREATE TABLE item (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(40) NOT NULL, price INTEGER);\n");
        Files.writeString(dir.resolve("retort.toml"), """
                [retort]
                url = "sqlite:///app.db"
                [retort.model]
                sql = "schema.sql"
                """);
        upgrade("head").execute();
        CheckMojo check = goal(new CheckMojo());
        check.url = null;
        check.execute();
        assertThat(infoLines()).endsWith("No new upgrade operations detected.");

        Files.writeString(dir.resolve("schema.sql"),
                "CREATE TABLE item (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(40) NOT NULL, price INTEGER, "
                        + "note TEXT);\n");
        log.lines.clear();
        assertThatThrownBy(check::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("The model and the database differ (1 difference: add_column item.note");
        assertThat(infoLines()).first().isEqualTo("New upgrade operations detected:");
        assertThat(infoLines().get(1)).startsWith("  add_column item.note");
    }

    @Test
    void retortTomlInTheProjectIsReadAndParametersOverrideIt() throws Exception {
        Files.writeString(dir.resolve("retort.toml"), """
                [retort]
                url = "sqlite:///${db:-other}.db"
                version_table = "from_toml"
                """);
        UpgradeMojo m = upgrade("a1");
        m.url = null;
        m.versionTable = "from_pom";
        m.xArguments = Map.of("db", "app");
        m.execute();
        assertThat(rows("SELECT version_num FROM from_pom")).containsExactly("a1");
        assertThat(tables()).doesNotContain("from_toml");
    }

    @Test
    void configFileAndSectionChooseAnotherFile() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/db.toml"), """
                [main]
                script_location = "../migrations"
                url = "sqlite:///${here}/../app.db"
                version_table = "${table}"
                """);
        UpgradeMojo m = upgrade("head");
        m.url = null;
        m.configFile = new File("config/db.toml");
        m.section = "main";
        m.x = List.of("table=main_version");
        m.execute();
        assertThat(rows("SELECT version_num FROM main_version")).containsExactly("b2");
    }

    @Test
    void aUserErrorFailsTheBuildWithItsOneLine() {
        assertThatThrownBy(() -> upgrade("zz9").execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Can't locate revision identified by 'zz9': No such revision")
                .message().doesNotContain("\n");
        assertThatThrownBy(() -> goal(new DowngradeMojo()).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessage("downgrade needs a target: -Dretort.target=-1, base or a revision id");
        assertThatThrownBy(() -> goal(new StampMojo()).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("stamp needs the revisions to stamp");
    }

    @Test
    void noPasswordReachesTheLogOrTheFailure() {
        UpgradeMojo m = upgrade("head");
        m.url = "postgresql://app:s3cr3t-pw@127.0.0.1:1/app";
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Can't connect to postgresql://app:***@127.0.0.1:1/app")
                .satisfies(e -> {
                    // what mvn -e prints: the failure, its cause, and the cause's own causes (as suppressed)
                    java.io.StringWriter trace = new java.io.StringWriter();
                    e.printStackTrace(new java.io.PrintWriter(trace));
                    assertThat(trace.toString()).doesNotContain("s3cr3t-pw")
                            .contains("Caused by: dev.retort.runtime.ConnectionException: Can't connect to postgresql://app:***@")
                            .contains("Suppressed: org.postgresql.util.PSQLException: Connection to 127.0.0.1:1 refused");
                    // Maven appends the messages of causes: there is one, with the failure's message
                    assertThat(e.getCause().getMessage()).isEqualTo(e.getMessage());
                    assertThat(e.getCause().getCause()).isNull();
                });
        assertThat(log.text()).doesNotContain("s3cr3t-pw");
    }

    @Test
    void aBadXArgumentFailsBeforeAnythingRuns() {
        UpgradeMojo m = upgrade("head");
        m.x = List.of("novalue");
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("retort.x takes key=value pairs separated by commas, not 'novalue'");
        assertThat(dir.resolve("app.db")).doesNotExist();
    }

    @Test
    void skipRunsNothing() throws MojoExecutionException, MojoFailureException {
        UpgradeMojo m = upgrade("head");
        m.skip = true;
        m.execute();
        assertThat(dir.resolve("app.db")).doesNotExist();
        assertThat(infoLines()).containsExactly("Skipping retort:upgrade (retort.skip)");
    }

    /** The [INFO] lines, progress times cut off. */
    private List<String> infoLines() {
        return log.lines.stream().filter(l -> l.startsWith("[INFO] ")).map(l -> l.substring(7))
                .map(l -> l.replaceFirst(" \\.\\.\\. done in \\d+ ms$", "")).toList();
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    private List<String> tables() throws SQLException {
        return rows("SELECT name FROM sqlite_master WHERE type = 'table'");
    }
}
