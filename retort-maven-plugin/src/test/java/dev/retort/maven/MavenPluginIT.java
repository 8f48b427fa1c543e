package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code mvn} (the one running this build) on the sample project of
 * {@code src/it/sample}: {@code mvn retort:upgrade}, {@code retort:current},
 * {@code retort:downgrade -Dretort.target=-1} and a failing {@code retort:check}, on SQLite and on
 * PostgreSQL, asserting on Maven's output and on the database. The plugin comes from
 * {@code target/it-repo} (maven-invoker-plugin's install goal put it there); anything else from
 * the outer build's local repository or Maven Central. The first run resolves, the rest are
 * offline.
 */
class MavenPluginIT {
    private static final Path MVN = Path.of(required("maven.home"), "bin", "mvn");
    /** Whether a run has resolved the plugin and what it needs, so that the next ones can be offline. */
    private static boolean resolved;

    @TempDir
    static Path shared;
    private static Path settings;

    @TempDir
    Path work;

    @BeforeAll
    static void settings() throws IOException {
        String fallback = Path.of(required("retort.it.fallbackRepository")).toUri().toString();
        settings = shared.resolve("settings.xml");
        String repository = "<id>outer-local</id><url>" + fallback + "</url>"
                + "<releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots>";
        Files.writeString(settings, "<settings>\n"
                + "  <localRepository>" + Path.of(required("retort.it.repository")).toAbsolutePath() + "</localRepository>\n"
                + "  <profiles><profile><id>fallback</id>\n"
                + "    <repositories><repository>" + repository + "</repository></repositories>\n"
                + "    <pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>\n"
                + "  </profile></profiles>\n"
                + "  <activeProfiles><activeProfile>fallback</activeProfile></activeProfiles>\n"
                + "</settings>\n", StandardCharsets.UTF_8);
    }

    @Test
    void sqliteFromRetortTomlUpgradeCurrentDowngradeCheck() throws Exception {
        Path project = sampleProject();
        Path database = project.resolve("app.db");
        String jdbc = "jdbc:sqlite:" + database;

        MavenRun up = mvn(project, "retort:upgrade", "retort:current", "retort:heads", "retort:history");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.lines()).contains(
                "[INFO] Running upgrade  -> a1, create account",
                "[INFO] Running upgrade a1 -> b2, add email",
                "[INFO] 2 revisions applied; the database is at b2",
                "[INFO] b2 (head)",
                "[INFO] a1 -> b2 (head), add email",
                "[INFO] <base> -> a1, create account");
        // the relative URL of retort.toml is relative to the project's directory, not Maven's working directory
        assertThat(database).exists();
        assertThat(rows(jdbc, "SELECT version_num FROM sample_version")).containsExactly("b2");
        assertThat(columns(jdbc, "account")).containsExactly("id", "name", "email");

        MavenRun clean = mvn(project, "retort:check", "retort:stamp", "-Dretort.revisions=b2");
        assertThat(clean.exitCode()).as(clean.output()).isZero();
        assertThat(clean.lines()).contains("[INFO] No new upgrade operations detected.",
                "[INFO] Stamped; the database is at b2");

        MavenRun down = mvn(project, "retort:downgrade", "-Dretort.target=-1", "retort:current");
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(down.lines()).contains("[INFO] Running downgrade b2 -> a1, add email", "[INFO] a1",
                "[INFO] 1 revision reverted; the database is at a1");
        assertThat(rows(jdbc, "SELECT version_num FROM sample_version")).containsExactly("a1");
        assertThat(columns(jdbc, "account")).containsExactly("id", "name");

        MavenRun check = upgradeAgainstAChangedModel(project);
        assertDifferences(check);
        assertThat(rows(jdbc, "SELECT version_num FROM sample_version")).containsExactly("b2");
        assertThat(columns(jdbc, "account")).containsExactly("id", "name", "email");
    }

    @Test
    void postgresqlWithTheUrlFromTheCommandLine() throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            Path project = sampleProject();
            String url = "-Dretort.url=" + db.url();

            MavenRun up = mvn(project, url, "retort:upgrade", "retort:current");
            assertThat(up.exitCode()).as(up.output()).isZero();
            assertThat(up.lines()).contains("[INFO] 2 revisions applied; the database is at b2", "[INFO] b2 (head)");
            assertThat(project.resolve("app.db")).doesNotExist();
            assertThat(rows(db.jdbcUrl(), "SELECT version_num FROM sample_version")).containsExactly("b2");

            MavenRun down = mvn(project, url, "retort:downgrade", "-Dretort.target=-1", "retort:current");
            assertThat(down.exitCode()).as(down.output()).isZero();
            assertThat(down.lines()).contains("[INFO] Running downgrade b2 -> a1, add email", "[INFO] a1");
            assertThat(rows(db.jdbcUrl(), "SELECT version_num FROM sample_version")).containsExactly("a1");
            assertThat(columns(db.jdbcUrl(), "account")).containsExactly("id", "name");

            assertDifferences(upgradeAgainstAChangedModel(project, url));
            assertThat(rows(db.jdbcUrl(), "SELECT version_num FROM sample_version")).containsExactly("b2");
        }
    }

    @Test
    void aUserErrorFailsTheBuildWithOneLineAndNoPassword() throws Exception {
        Path project = sampleProject();
        MavenRun run = mvn(project, "-Dretort.url=postgresql://app:pw-n0t-logged@127.0.0.1:1/app", "retort:upgrade");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).doesNotContain("pw-n0t-logged").doesNotContain("\tat ");
        assertThat(run.lines()).anyMatch(l -> l.startsWith("[ERROR] Failed to execute goal dev.retort:retort-maven-plugin")
                && l.contains(":upgrade (default-cli) on project sample: Can't connect to postgresql://app:***@127.0.0.1:1/app")
                && l.endsWith("is the server running and the host and port right? -> [Help 1]"));
    }

    /**
     * Adds a column to the model that no revision adds, then runs {@code retort:upgrade retort:check}:
     * check compares at head only (as Alembic's), so the upgrade comes first.
     */
    private MavenRun upgradeAgainstAChangedModel(Path project, String... args) throws IOException, InterruptedException {
        Path model = project.resolve("model/schema.sql");
        Files.writeString(model, Files.readString(model).replace("email VARCHAR(255)",
                "email VARCHAR(255),\n    nickname VARCHAR(40)"));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("retort:upgrade", "retort:check"));
        return mvn(project, all.toArray(String[]::new));
    }

    private static void assertDifferences(MavenRun check) {
        assertThat(check.exitCode()).as(check.output()).isEqualTo(1);
        assertThat(check.lines()).contains("[INFO] New upgrade operations detected:");
        assertThat(check.lines()).anyMatch(l -> l.startsWith("[INFO]   add_column account.nickname"));
        assertThat(check.lines()).anyMatch(l -> l.startsWith("[ERROR] Failed to execute goal dev.retort:retort-maven-plugin")
                && l.contains(":check (default-cli) on project sample: The model and the database differ (1 difference: "
                + "add_column account.nickname")
                && l.endsWith("or change the model -> [Help 1]"));
        assertThat(check.output()).doesNotContain("\tat ");
    }

    /** A copy of src/it/sample with the version under test in its pom. */
    private Path sampleProject() throws IOException {
        Path source = Path.of(required("retort.it.sample"));
        Path target = work.resolve("sample");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path pom = target.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("@retort.version@", required("retort.it.pluginVersion")));
        return target;
    }

    /** {@code mvn -B ARGS} on the project, from another directory (so that paths must resolve against the project). */
    private MavenRun mvn(Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(MVN.toString(), "-B", "-s", settings.toString(),
                "-f", project.resolve("pom.xml").toString()));
        synchronized (MavenPluginIT.class) {
            if (resolved) {
                command.add("-o");
            }
        }
        command.addAll(List.of(args));
        Path log = Files.createTempFile(work, "mvn", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("RETORT_CONFIG");
        // a short-lived Maven: the C1 compiler alone starts it faster
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn " + args + " did not finish in 5 minutes:\n" + Files.readString(log));
        }
        MavenRun run = new MavenRun(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        synchronized (MavenPluginIT.class) {
            resolved |= run.exitCode() == 0;
        }
        return run;
    }

    record MavenRun(int exitCode, String output) {
        List<String> lines() {
            return output.lines().map(l -> l.replaceFirst(" \\.\\.\\. done in \\d+ ms$", "")).toList();
        }
    }

    private static List<String> rows(String jdbcUrl, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    private static List<String> columns(String jdbcUrl, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             ResultSet r = c.getMetaData().getColumns(null, null, table, null)) {
            while (r.next()) {
                columns.add(r.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set: run this test through "
                    + "maven-failsafe-plugin (mvn verify), which sets it");
        }
        return value;
    }
}
