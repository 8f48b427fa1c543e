package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner;
import dev.retort.cli.JsonDocument;
import dev.retort.config.DatabaseKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code --format json} on every command (docs/json.md): stdout is exactly one JSON document with
 * {@code "schema": 1} and the command's name, whatever the exit code; each command's fields with
 * their types; errors as an {@code "error"} object with a kind, the FAILED line's message and the
 * fields of that kind; exit codes as in text.
 */
class JsonOutputE2eTest {
    @TempDir
    Path dir;

    /** Runs with {@code --format json} first; expects {@code code}; returns the parsed document. */
    private static Map<String, Object> json(E2eProject p, int code, String... args) {
        List<String> all = new ArrayList<>(List.of("--format", "json"));
        all.addAll(List.of(args));
        return document(p.run(all.toArray(String[]::new)), code, args);
    }

    private static Map<String, Object> document(CliRunner.Result r, int code, String... args) {
        String what = String.join(" ", args) + "\n" + r;
        assertThat(r.code()).as(what).isEqualTo(code);
        assertThat(r.out()).as(what).endsWith("}\n");
        Map<String, Object> doc = JsonDocument.parse(r.out());
        assertThat(doc).as(what).containsEntry("schema", 1L).containsKey("command");
        assertThat(doc.containsKey("error")).as(what + "\nan error exactly when the exit code is not 0")
                .isEqualTo(code != 0);
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }

    /** The error object; its message is the FAILED line of stderr without the prefix. */
    private static Map<String, Object> error(Map<String, Object> doc, CliRunner.Result r, String kind) {
        Map<String, Object> error = obj(doc.get("error"));
        assertThat(error).containsEntry("kind", kind);
        assertThat(error.get("message")).isInstanceOf(String.class);
        assertThat(r.err()).endsWith("FAILED: " + error.get("message") + "\n");
        return error;
    }

    private static CliRunner.Result runJson(E2eProject p, String... args) {
        List<String> all = new ArrayList<>(List.of("--format", "json"));
        all.addAll(List.of(args));
        return p.run(all.toArray(String[]::new));
    }

    /** The keys of a revision object, the same in heads, branches, history, show and current. */
    private static void assertRevision(Object value, String id) {
        Map<String, Object> rev = obj(value);
        assertThat(rev).containsEntry("revision", id);
        for (String array : List.of("down_revisions", "depends_on", "branch_labels", "next_revisions")) {
            assertThat(rev.get(array)).as(array).isInstanceOf(List.class);
        }
        for (String flag : List.of("is_head", "is_effective_head", "is_base", "is_branch_point", "is_merge_point")) {
            assertThat(rev.get(flag)).as(flag).isInstanceOf(Boolean.class);
        }
        assertThat(rev.get("message")).isInstanceOf(String.class);
        assertThat(rev.get("doc")).isInstanceOf(String.class);
        assertThat((String) rev.get("path")).endsWith(".sql");
        assertThat(rev).containsEntry("format", "sql");
    }

    private E2eProject twoRevisions() {
        E2eProject p = E2eProject.init(dir.resolve("project"));
        p.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY);", "DROP TABLE account;");
        p.sql("b2", "a1", "", "CREATE TABLE item (id INTEGER PRIMARY KEY);", "DROP TABLE item;");
        return p;
    }

    @Test
    void initListTemplatesRevisionAndMerge() {
        E2eProject p = E2eProject.open(dir);
        Map<String, Object> init = json(p, 0, "init", "migrations", "-t", "sql");
        assertThat(init).containsEntry("command", "init").containsEntry("directory", dir.resolve("migrations").toString())
                .containsEntry("config", dir.resolve("retort.toml").toString()).containsEntry("template", "sql");

        Map<String, Object> templates = json(p, 0, "list-templates");
        assertThat(list(templates.get("templates"))).extracting(t -> obj(t).get("name"))
                .containsExactly("generic", "sql", "multidb");
        assertThat(obj(list(templates.get("templates")).get(0)).get("description")).isInstanceOf(String.class);

        Map<String, Object> a = json(p, 0, "revision", "-m", "first", "--rev-id", "a1");
        assertThat(a).containsEntry("command", "revision").containsEntry("revision", "a1")
                .containsEntry("message", "first").containsEntry("down_revisions", List.of())
                .containsEntry("branch_labels", List.of()).containsEntry("depends_on", List.of());
        assertThat(Path.of((String) a.get("path"))).exists();
        Map<String, Object> b = json(p, 0, "revision", "-m", "left", "--rev-id", "b2", "--branch-label", "l");
        assertThat(b).containsEntry("down_revisions", List.of("a1")).containsEntry("branch_labels", List.of("l"));
        json(p, 0, "revision", "-m", "right", "--rev-id", "c3", "--head", "a1", "--splice");

        Map<String, Object> merge = json(p, 0, "merge", "heads", "-m", "join", "--rev-id", "d4");
        assertThat(merge).containsEntry("command", "merge").containsEntry("revision", "d4")
                .containsEntry("message", "join");
        assertThat(list(merge.get("down_revisions"))).containsExactlyInAnyOrder("b2", "c3");
        assertThat(json(p, 0, "revision", "-m", "after", "--rev-id", "e5", "--depends-on", "b2", "--format", "sql"))
                .containsEntry("down_revisions", List.of("d4")).containsEntry("depends_on", List.of("b2"));
        CliRunner.Result twoHeads = runJson(p, "revision", "-m", "again", "--head", "d4", "--splice");
        assertThat(twoHeads.code()).as(twoHeads.toString()).isZero();
        CliRunner.Result ambiguous = runJson(p, "revision", "-m", "which");
        assertThat(error(document(ambiguous, 1, "revision"), ambiguous, "revision"))
                .containsEntry("argument", "head").containsKey("heads");
    }

    @Test
    void headsBranchesHistoryShowAndEditReadTheGraph() throws IOException {
        E2eProject p = twoRevisions();
        p.sql("c3", "a1", "", "CREATE TABLE other (id INTEGER PRIMARY KEY);", "DROP TABLE other;");

        Map<String, Object> heads = json(p, 0, "heads");
        assertThat(heads).containsEntry("command", "heads");
        assertThat(list(heads.get("heads"))).hasSize(2).allSatisfy(h -> assertThat(obj(h).get("is_head")).isEqualTo(true));
        assertRevision(list(heads.get("heads")).get(0), "b2");
        assertThat(list(json(p, 0, "heads", "--resolve-dependencies").get("heads"))).hasSize(2);

        Map<String, Object> branches = json(p, 0, "branches");
        Map<String, Object> point = obj(list(branches.get("branch_points")).get(0));
        assertRevision(point.get("revision"), "a1");
        assertThat(obj(point.get("revision"))).containsEntry("is_branch_point", true)
                .containsEntry("next_revisions", List.of("b2", "c3"));
        assertThat(list(point.get("branches_into"))).extracting(r -> obj(r).get("revision")).containsExactly("b2", "c3");

        Map<String, Object> history = json(p, 0, "history");
        assertThat(list(history.get("revisions"))).extracting(r -> obj(r).get("revision"))
                .containsExactlyInAnyOrder("a1", "b2", "c3");
        assertRevision(list(history.get("revisions")).get(2), "a1");
        assertThat(list(json(p, 0, "history", "-r", "a1:b2").get("revisions"))).extracting(r -> obj(r).get("revision"))
                .containsExactly("b2", "a1");

        Map<String, Object> show = json(p, 0, "show", "b2");
        assertThat(list(show.get("revisions"))).hasSize(1);
        assertRevision(list(show.get("revisions")).get(0), "b2");
        assertThat(obj(list(show.get("revisions")).get(0))).containsEntry("down_revisions", List.of("a1"))
                .containsEntry("message", "rev b2");

        Path editor = dir.resolve("fake-editor.sh");
        Files.writeString(editor, "#!/bin/sh\nexit 0\n");
        assertThat(editor.toFile().setExecutable(true)).isTrue();
        p.env("EDITOR", editor.toString());
        Map<String, Object> edit = json(p, 0, "edit", "b2");
        assertThat(edit).containsEntry("command", "edit")
                .containsEntry("files", List.of(p.versions().resolve("b2_rev_b2.sql").toString()));
    }

    @Test
    void upgradeCurrentStampDowngradeValidateAndEnsureVersionOnline() throws IOException {
        E2eProject p = twoRevisions();
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            p.env("DATABASE_URL", db.url());
            CliRunner.Result up = runJson(p, "upgrade", "a1");
            Map<String, Object> upgrade = document(up, 0, "upgrade");
            assertThat(up.err()).as("no progress lines in JSON mode").isEmpty();
            assertThat(upgrade).containsEntry("command", "upgrade").containsEntry("current", List.of("a1"))
                    .doesNotContainKey("sql");
            assertThat(list(upgrade.get("steps"))).hasSize(1).allSatisfy(s -> assertThat(s).isInstanceOf(String.class));
            assertThat(list(json(p, 0, "upgrade", "head").get("current"))).containsExactly("b2");

            Map<String, Object> current = json(p, 0, "current");
            assertThat(current).containsEntry("command", "current").containsEntry("url", db.url());
            assertThat(list(current.get("current"))).hasSize(1);
            assertRevision(list(current.get("current")).get(0), "b2");

            Map<String, Object> indicated = json(p, 0, "history", "-i");
            assertThat(obj(list(indicated.get("revisions")).get(0))).containsEntry("revision", "b2")
                    .containsEntry("is_current", true);
            assertThat(obj(list(indicated.get("revisions")).get(1))).doesNotContainKey("is_current");

            Map<String, Object> down = json(p, 0, "downgrade", "-1");
            assertThat(down).containsEntry("command", "downgrade").containsEntry("current", List.of("a1"));
            assertThat(list(down.get("steps"))).hasSize(1);

            Map<String, Object> stamp = json(p, 0, "stamp", "b2");
            assertThat(stamp).containsEntry("command", "stamp").containsEntry("current", List.of("b2"));

            Map<String, Object> ensure = json(p, 0, "ensure-version");
            assertThat(ensure).containsEntry("command", "ensure-version").containsEntry("version_table", "retort_version")
                    .doesNotContainKey("sql");

            Map<String, Object> valid = json(p, 0, "validate");
            assertThat(valid).containsEntry("command", "validate").containsEntry("accepted", List.of())
                    .containsEntry("problems", List.of());

            Files.writeString(p.versions().resolve("a1_rev_a1.sql"),
                    Files.readString(p.versions().resolve("a1_rev_a1.sql")) + "-- edited\n");
            CliRunner.Result invalid = runJson(p, "validate");
            Map<String, Object> problems = document(invalid, 1, "validate");
            error(problems, invalid, "checksum");
            Map<String, Object> problem = obj(list(problems.get("problems")).get(0));
            assertThat(problem).containsEntry("revision", "a1").containsEntry("problem", "edited")
                    .containsEntry("file", p.versions().resolve("a1_rev_a1.sql").toString());
            assertThat((String) problem.get("applied_checksum")).startsWith("sha256:");
            assertThat((String) problem.get("file_checksum")).startsWith("sha256:").isNotEqualTo(problem.get("applied_checksum"));

            Map<String, Object> accepted = json(p, 0, "validate", "--accept", "a1");
            assertThat(obj(list(accepted.get("accepted")).get(0))).containsEntry("revision", "a1")
                    .containsKeys("file", "checksum");
        }
    }

    @Test
    void refusalsNameTheirRevisions() throws IOException {
        E2eProject p = twoRevisions();
        p.sql("c3", "b2", "", "CREATE TABLE third_t (id INTEGER PRIMARY KEY);", null);
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            p.env("DATABASE_URL", db.url());
            json(p, 0, "upgrade", "head");
            CliRunner.Result irreversible = runJson(p, "downgrade", "base");
            assertThat(error(document(irreversible, 1, "downgrade"), irreversible, "irreversible"))
                    .containsEntry("revisions", List.of("c3"));

            Files.writeString(p.versions().resolve("a1_rev_a1.sql"),
                    Files.readString(p.versions().resolve("a1_rev_a1.sql")) + "-- edited\n");
            CliRunner.Result edited = runJson(p, "upgrade", "head");
            assertThat(error(document(edited, 1, "upgrade"), edited, "checksum")).containsEntry("revisions", List.of("a1"));
        }
    }

    /** Offline: the script as one string, exactly what text mode prints; the steps it holds. */
    @Test
    void offlineSqlIsOneStringField() {
        E2eProject p = twoRevisions();
        p.env("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none");
        for (String[] args : List.of(new String[] {"upgrade", "head", "--sql"},
                new String[] {"downgrade", "b2:base", "--sql"}, new String[] {"stamp", "b2", "--sql"},
                new String[] {"upgrade", "a1:b2", "--sql", "--tag", "release-7"})) {
            Map<String, Object> doc = json(p, 0, args);
            String text = p.ok(args).out();
            assertThat(doc).containsEntry("command", args[0]).containsEntry("sql", text).doesNotContainKey("current");
            assertThat(list(doc.get("steps"))).isNotEmpty();
        }
        Map<String, Object> ensure = json(p, 0, "ensure-version", "--sql");
        assertThat(ensure).containsEntry("version_table", "retort_version");
        assertThat((String) ensure.get("sql")).contains("CREATE TABLE retort_version");
    }

    @Test
    void checkAutogenerateAndVerify() throws IOException {
        E2eProject p = E2eProject.init(dir.resolve("project"));
        Path toml = p.dir.resolve("retort.toml");
        Files.writeString(toml, Files.readString(toml).replace("# sql = \"db/schema.sql\"", "sql = \"schema.sql\""));
        Files.writeString(p.dir.resolve("schema.sql"), "CREATE TABLE customer (id INTEGER NOT NULL PRIMARY KEY);\n");
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            p.env("DATABASE_URL", db.url());
            CliRunner.Result differs = runJson(p, "check");
            Map<String, Object> check = document(differs, 1, "check");
            assertThat(check).containsEntry("command", "check").containsEntry("clean", false);
            assertThat(list(check.get("differences"))).hasSize(1).allSatisfy(d -> assertThat((String) d).contains("customer"));
            assertThat(obj(check.get("error"))).containsEntry("kind", "differences");
            assertThat(differs.err()).as("check prints no FAILED line, in text as in JSON").doesNotContain("FAILED");

            Map<String, Object> preview = json(p, 0, "revision", "--autogenerate", "--sql", "-m", "initial", "--rev-id", "a1");
            assertThat((String) preview.get("content")).contains("op.createTable(\"customer\"");
            assertThat(Path.of((String) preview.get("path"))).doesNotExist();
            Map<String, Object> written = json(p, 0, "revision", "--autogenerate", "-m", "initial", "--rev-id", "a1");
            assertThat(written).containsEntry("command", "revision").containsEntry("revision", "a1");
            assertThat(Path.of((String) written.get("path"))).exists();

            Map<String, Object> verify = json(p, 0, "verify");
            assertThat(verify).containsEntry("command", "verify").containsEntry("revisions", 1L).containsEntry("passed", true);
            List<Object> checks = list(verify.get("checks"));
            assertThat(checks).hasSize(5).allSatisfy(c -> {
                assertThat(obj(c).get("check")).isInstanceOf(String.class);
                assertThat(obj(c).get("status")).isIn("passed", "skipped");
                assertThat(obj(c).get("failures")).isEqualTo(List.of());
            });

            json(p, 0, "upgrade", "head");
            Map<String, Object> clean = json(p, 0, "check");
            assertThat(clean).containsEntry("clean", true).containsEntry("differences", List.of());
        }
    }

    @Test
    void aFailedVerifyIsItsReportWithAnError() {
        E2eProject p = E2eProject.init(dir.resolve("project"));
        p.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY);", "SELECT 1;");
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            CliRunner.Result r = runJson(p, "--url", db.url(), "verify");
            Map<String, Object> doc = document(r, 1, "verify");
            assertThat(doc).containsEntry("passed", false);
            assertThat((String) error(doc, r, "verify").get("message")).startsWith("verify: ").contains(" of 5 checks failed");
            assertThat(list(doc.get("checks"))).anySatisfy(c -> {
                assertThat(obj(c)).containsEntry("status", "failed");
                assertThat(list(obj(c).get("failures"))).isNotEmpty();
            });
        }
    }

    @Test
    void helpAndVersion() {
        E2eProject p = E2eProject.open(dir);
        Map<String, Object> version = json(p, 0, "--version");
        assertThat(version).containsEntry("command", "version");
        assertThat(version.get("version")).isInstanceOf(String.class);

        Map<String, Object> help = json(p, 0, "--help");
        assertThat(help).containsEntry("command", "help");
        List<Object> commands = list(help.get("commands"));
        assertThat(commands).extracting(c -> obj(c).get("name")).contains("init", "upgrade", "verify", "help");
        assertThat(list(help.get("global_options"))).anySatisfy(o ->
                assertThat(obj(o)).containsEntry("names", List.of("--format")).containsEntry("value", "FORMAT"));

        Map<String, Object> one = json(p, 0, "help", "upgrade");
        Map<String, Object> upgrade = obj(list(one.get("commands")).get(0));
        assertThat(list(one.get("commands"))).hasSize(1);
        assertThat(obj(upgrade.get("arguments"))).containsEntry("label", "TARGET").containsEntry("min", 1L)
                .containsEntry("max", 1L);
        assertThat(list(upgrade.get("options"))).anySatisfy(o ->
                assertThat(obj(o)).containsEntry("names", List.of("--sql")).containsEntry("value", null));
        assertThat(list(json(p, 0, "stamp", "--help").get("commands"))).hasSize(1);
    }

    @Test
    void usageErrorsExitTwoWithAUsageDocument() {
        E2eProject p = E2eProject.open(dir);
        CliRunner.Result option = runJson(p, "heads", "--no-such-flag");
        Map<String, Object> doc = document(option, 2, "heads --no-such-flag");
        assertThat(doc).containsEntry("command", "heads");
        assertThat(obj(doc.get("error"))).containsEntry("kind", "usage")
                .containsEntry("message", "unknown option '--no-such-flag'")
                .containsEntry("hint", "Run 'retort heads --help' for usage.");
        assertThat(option.err()).isEqualTo("retort: unknown option '--no-such-flag'\nRun 'retort heads --help' for usage.\n");

        Map<String, Object> command = document(p.run("no-such-command", "--format=json"), 2);
        assertThat(command).containsEntry("command", null);
        assertThat(obj(command.get("error"))).containsEntry("kind", "usage")
                .containsEntry("message", "unknown command 'no-such-command'");

        Map<String, Object> missing = json(p, 2, "show");
        assertThat(obj(missing.get("error"))).containsEntry("message", "missing REV");
        assertThat(obj(json(p, 2, "help", "nope").get("error"))).containsEntry("kind", "usage");
        assertThat(obj(json(p, 2).get("error"))).containsEntry("message", "no command given");

        assertThat(p.run("--format", "json", "--format", "text", "heads", "--nope").out())
                .as("the last of text/json wins, as for output").isEmpty();
        assertThat(p.run("revision", "-m", "--format", "json", "--nope").out())
                .as("--format here is -m's value").isEmpty();
    }

    @Test
    void userErrorsCarryTheirKindAndFields() throws IOException {
        E2eProject p = twoRevisions();
        CliRunner.Result unknown = runJson(p, "show", "zzzz");
        Map<String, Object> doc = document(unknown, 1, "show zzzz");
        assertThat(doc).containsEntry("command", "show");
        assertThat(error(doc, unknown, "revision")).containsEntry("argument", "zzzz")
                .containsEntry("message", "Can't locate revision identified by 'zzzz': No such revision or branch 'zzzz'");

        CliRunner.Result config = runJson(p, "-c", "missing.toml", "heads");
        error(document(config, 1, "-c missing.toml heads"), config, "config");

        CliRunner.Result badId = runJson(p, "revision", "--rev-id", "no-dashes");
        error(document(badId, 1, "revision --rev-id no-dashes"), badId, "revision");
        Path copy = Files.copy(p.versions().resolve("b2_rev_b2.sql"), p.versions().resolve("b2_copy.sql"));
        CliRunner.Result twice = runJson(p, "heads");
        assertThat((String) error(document(twice, 1, "heads"), twice, "revision").get("message")).contains("b2_copy.sql");
        Files.delete(copy);

        Files.writeString(p.versions().resolve("c3_bad.sql"), "-- retort: revision=c3 down=b2\n-- retort: nonsense\n");
        CliRunner.Result header = runJson(p, "heads");
        Map<String, Object> bad = error(document(header, 1, "heads"), header, "revision");
        assertThat(bad).containsEntry("file", p.versions().resolve("c3_bad.sql").toString());
        assertThat(bad.get("line")).isInstanceOf(Long.class);
    }

    /**
     * A statement the database refuses: the revision, direction, file, line, whole statement and
     * database message as fields of their own.
     */
    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void aFailedStatementNamesRevisionFileLineStatementAndDatabaseMessage(DatabaseKind kind) {
        E2eProject p = E2eProject.init(dir.resolve("project"));
        p.sql("a1", "", "", "CREATE TABLE first_t (id INTEGER PRIMARY KEY);", "DROP TABLE first_t;");
        String bad = "INSERT INTO no_such_table (id, a_rather_long_column_name, another_long_column_name) VALUES (1, 2, 3)";
        p.sql("b2", "a1", "", "CREATE TABLE second_t (id INTEGER PRIMARY KEY);\n" + bad + ";", "DROP TABLE second_t;");
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            CliRunner.Result r = runJson(p, "--url", db.url(), "upgrade", "head");
            Map<String, Object> error = error(document(r, 1, "upgrade head"), r, "migration");
            assertThat(error).containsEntry("revision", "b2").containsEntry("direction", "upgrade")
                    .containsEntry("file", p.versions().resolve("b2_rev_b2.sql").toString())
                    .containsEntry("line", 5L).containsEntry("statement", bad);
            assertThat((String) error.get("database_message")).containsIgnoringCase("no_such_table");
            assertThat((String) error.get("message")).startsWith("upgrade b2 failed (" + p.versions().resolve("b2_rev_b2.sql")
                    + ":5): INSERT INTO no_such_table").endsWith(": " + error.get("database_message"));
            if (kind == DatabaseKind.POSTGRESQL) {
                assertThat(error).containsEntry("sql_state", "42P01");
            } else {
                assertThat(error).containsKey("sql_state");
            }
        }
    }

    @Test
    void aJavaRevisionThatThrowsNamesItsLine() {
        E2eProject p = E2eProject.init(dir.resolve("project"));
        p.java("a1", "", "throw new IllegalStateException(\"boom\");", "");
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            CliRunner.Result r = runJson(p, "--url", db.url(), "upgrade", "head");
            Map<String, Object> error = error(document(r, 1, "upgrade head"), r, "migration");
            assertThat(error).containsEntry("revision", "a1").containsEntry("direction", "upgrade")
                    .containsEntry("file", p.versions().resolve("a1_rev_a1.java").toString()).containsEntry("line", 12L)
                    .containsEntry("statement", null).containsEntry("database_message", null);
            assertThat((String) error.get("message")).contains("IllegalStateException: boom");
        }
    }

    @Test
    void aJavaRevisionThatDoesNotCompileNamesTheFirstError() {
        E2eProject p = E2eProject.init(dir.resolve("project"));
        p.java("a1", "", "op.noSuchOperation();", "");
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            CliRunner.Result r = runJson(p, "--url", db.url(), "upgrade", "head");
            Map<String, Object> error = error(document(r, 1, "upgrade head"), r, "compile");
            assertThat(error).containsEntry("file", p.versions().resolve("a1_rev_a1.java").toString())
                    .containsEntry("line", 12L);
            assertThat(list(error.get("errors"))).hasSize(1);
        }
    }

    /** The SQLite lock file held by "another retort" (a channel of this JVM): the wait times out. */
    @Test
    void aLockTimeoutNamesTheHolder() throws IOException {
        E2eProject p = twoRevisions();
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            Path lockFile = Path.of(db.jdbcUrl().substring("jdbc:sqlite:".length()) + ".retort-lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                channel.write(ByteBuffer.wrap("retort 4242@build-7 since 2026-01-02T03:04:05Z\n"
                        .getBytes(StandardCharsets.UTF_8)));
                CliRunner.Result r = runJson(p, "--url", db.url(), "-x", "lock_timeout=1s", "upgrade", "head");
                assertThat(error(document(r, 1, "upgrade head"), r, "lock_timeout")).containsEntry("timeout_ms", 1000L)
                        .containsEntry("holder", "retort 4242@build-7").containsEntry("holder_since", "2026-01-02T03:04:05Z");
                assertThat(r.err()).as("no waiting line in JSON mode").doesNotContain("Waiting");
                assertThat(lock.isValid()).isTrue();
            }
        }
    }

    /** The password never shows, raw, percent-encoded or JSON-escaped (it holds a quote). */
    @Test
    void aRefusedConnectionMasksThePassword() {
        E2eProject p = twoRevisions();
        String url = "postgresql://scott:pa\"ss%2Fw@127.0.0.1:1/app";
        CliRunner.Result r = runJson(p, "--url", url, "current");
        Map<String, Object> error = error(document(r, 1, "current"), r, "connection");
        assertThat(error).containsEntry("url", "postgresql://scott:***@127.0.0.1:1/app").containsEntry("sql_state", "08001");
        assertThat((String) error.get("database_message")).contains("refused");
        assertThat(r.all()).doesNotContain("pa\"ss").doesNotContain("pa\\\"ss").doesNotContain("ss/w")
                .doesNotContain("%2Fw");
    }

    /** A process of its own: stdout is the document alone, nothing else on either stream. */
    @Test
    void aProcessPrintsOnlyTheDocument() throws InterruptedException, IOException {
        E2eProject p = twoRevisions();
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            RetortProcess process = RetortProcess.start(p.dir, db.url(), "up", "--format", "json", "upgrade", "head");
            assertThat(process.exitCode()).as(process.toString()).isZero();
            String out = Files.readString(p.dir.resolve("up.out"));
            assertThat(JsonDocument.parse(out)).containsEntry("current", List.of("b2"));
            assertThat(process.err()).isEmpty();
        }
    }
}
