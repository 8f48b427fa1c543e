package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CLI, end to end, on projects made by {@code retort init}. */
class CliTest {
    private static final Pattern GENERATED = Pattern.compile("  Generating (\\S+) \\.\\.\\.  done");

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void init() {
        cli = new CliRunner(dir);
        CliRunner.Result r = cli.run("init", "migrations");
        assertThat(r.code()).as(r.toString()).isZero();
    }

    private String revision(String... args) {
        List<String> all = new ArrayList<>(List.of("revision"));
        all.addAll(List.of(args));
        CliRunner.Result r = cli.run(all.toArray(String[]::new));
        assertThat(r.code()).as(r.toString()).isZero();
        Matcher m = GENERATED.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        String file = Path.of(m.group(1)).getFileName().toString();
        return file.substring(0, file.indexOf('_'));
    }

    @Test
    void initWritesConfigTemplatesAndVersionsAndRefusesANonEmptyDirectory() {
        assertThat(dir.resolve("retort.toml")).exists();
        assertThat(dir.resolve("migrations/templates/revision.java")).exists();
        assertThat(dir.resolve("migrations/templates/revision.sql")).exists();
        assertThat(dir.resolve("migrations/versions")).isDirectory();
        CliRunner.Result again = cli.run("init", "migrations");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).startsWith("FAILED: Directory ").contains("already exists and is not empty");
    }

    @Test
    void listTemplatesNamesTheThreeTemplates() {
        CliRunner.Result r = cli.run("list-templates");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Available templates:\n").contains("generic - ", "sql - ", "multidb - ");
    }

    @Test
    void linearHistoryHeadsAndShowReadLikeAlembic() {
        String a = revision("-m", "create account");
        String b = revision("-m", "add email");
        assertThat(cli.run("heads").out()).isEqualTo(b + " (head)\n");
        assertThat(cli.run("history").out()).isEqualTo(
                a + " -> " + b + " (head), add email\n<base> -> " + a + ", create account\n");
        CliRunner.Result show = cli.run("show", b.substring(0, 6));
        assertThat(show.out()).startsWith("Rev: " + b + " (head)\nParent: " + a + "\nPath: " + dir.resolve("migrations/versions"))
                .contains("\n\n    add email\n    \n    Revision ID: " + b + "\n    Revises: " + a + "\n");
        assertThat(cli.run("history", "-r", a + ":" + a).out()).isEqualTo("<base> -> " + a + ", create account\n");
    }

    @Test
    void branchesMergeAndLabels() {
        String a = revision("-m", "root");
        String b1 = revision("-m", "one", "--branch-label", "left");
        String b2 = revision("-m", "two", "--head", a, "--splice", "--branch-label", "right");
        CliRunner.Result heads = cli.run("heads");
        assertThat(heads.out().lines()).containsExactlyInAnyOrder(b1 + " (left) (head)", b2 + " (right) (head)");
        CliRunner.Result branches = cli.run("branches");
        List<String> kids = Stream.of(b1 + " (left) (head)", b2 + " (right) (head)").sorted().toList();
        String pad = " ".repeat(a.length());
        assertThat(branches.out()).isEqualTo(a + " (branchpoint)\n" + pad + " -> " + kids.get(0) + "\n" + pad + " -> "
                + kids.get(1) + "\n\n");
        assertThat(cli.run("revision", "-m", "x").err())
                .isEqualTo("FAILED: Multiple heads are present; please specify the head revision on which the new "
                        + "revision should be based, or perform a merge.\n");
        String merge = mergeHeads();
        // labels run down each branch, so the merge carries both (as in Alembic)
        assertThat(cli.run("heads").out()).isEqualTo(merge + " (left, right) (head)\n");
        assertThat(cli.run("history", "-r", merge + ":").out()).contains(" (mergepoint), merge heads");
        assertThat(cli.run("show", "left@head").out()).startsWith("Rev: " + merge);
    }

    private String mergeHeads() {
        CliRunner.Result r = cli.run("merge", "heads", "-m", "merge heads");
        assertThat(r.code()).as(r.toString()).isZero();
        Matcher m = GENERATED.matcher(r.out());
        assertThat(m.find()).isTrue();
        String file = Path.of(m.group(1)).getFileName().toString();
        return file.substring(0, file.indexOf('_'));
    }

    @Test
    void revisionOptionsRevIdDependsOnSqlFormatAndSplice() throws IOException {
        String a = revision("-m", "a", "--rev-id", "first_rev");
        assertThat(a).isEqualTo("first");
        String sql = revision("-m", "b", "--format", "sql", "--depends-on", "first_r");
        Path sqlFile;
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            sqlFile = files.filter(p -> p.toString().endsWith(".sql")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(sqlFile)).contains("-- retort: revision=" + sql + " down=first_rev")
                .contains("depends_on=first_rev");
        assertThat(cli.run("revision", "--head", "first_rev", "-m", "c").err())
                .contains("Revision first_rev is not a head revision; please specify --splice");
        assertThat(cli.run("revision", "--rev-id", "no-dashes").err())
                .isEqualTo("FAILED: Character(s) '-' not allowed in revision identifier 'no-dashes'\n");
        assertThat(cli.run("revision", "--rev-id", "x".repeat(33)).err()).startsWith("FAILED: ").contains("32");
        assertThat(cli.run("revision", "--rev-id", "first_rev").err()).contains("already exists");
        assertThat(cli.run("revision", "--branch-label", "l1", "-m", "l").code()).isZero();
        assertThat(cli.run("revision", "--branch-label", "l1", "-m", "again").err())
                .contains("Branch name 'l1'").contains("already used by revision");
        assertThat(cli.run("revision", "--version-path", "elsewhere").err())
                .contains("Path elsewhere is not represented in current version locations");
    }

    @Test
    void globalOptionsGoBeforeOrAfterTheCommand() {
        revision("-m", "a");
        CliRunner.Result before = cli.run("-c", "retort.toml", "--format", "json", "heads");
        CliRunner.Result after = cli.run("heads", "-c", "retort.toml", "--format", "json");
        assertThat(before.code()).isZero();
        assertThat(after.out()).isEqualTo(before.out());
    }

    @Test
    void everyGraphCommandHasAJsonDocumentWithSchemaOne() throws IOException {
        String a = revision("-m", "a");
        revision("-m", "b");
        for (String[] args : List.of(new String[] {"heads"}, new String[] {"heads", "--resolve-dependencies"},
                new String[] {"branches"}, new String[] {"history"}, new String[] {"history", "-r", a + ":"},
                new String[] {"show", a}, new String[] {"list-templates"},
                new String[] {"revision", "-m", "c"}, new String[] {"merge", "heads", "-m", "m"})) {
            List<String> withJson = new ArrayList<>(List.of("--format", "json"));
            withJson.addAll(List.of(args));
            CliRunner.Result r = cli.run(withJson.toArray(String[]::new));
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(schemaOf(r.out())).as(String.join(" ", args)).isEqualTo(1);
        }
    }

    private static int schemaOf(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            int schema = -1;
            while (p.nextToken() != JsonToken.END_OBJECT) {
                String field = p.currentName();
                p.nextToken();
                if ("schema".equals(field)) {
                    schema = p.getIntValue();
                }
                p.skipChildren();
            }
            assertThat(p.nextToken()).isNull();
            return schema;
        }
    }

    @Test
    void errorsAreOneFailedLineWithExitOneAndTheStackTraceOnlyWithVerbose() {
        revision("-m", "a");
        CliRunner.Result r = cli.run("show", "zzzz");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("FAILED: Can't locate revision identified by 'zzzz': No such revision or branch 'zzzz'\n");
        CliRunner.Result verbose = cli.run("-v", "show", "zzzz");
        assertThat(verbose.code()).isEqualTo(1);
        assertThat(verbose.err()).contains("\tat dev.retort.").endsWith("FAILED: Can't locate revision identified by "
                + "'zzzz': No such revision or branch 'zzzz'\n");
    }

    @Test
    void badUsageExitsTwoWithOneLineAndAHint() {
        assertThat(cli.run("no-such-command").code()).isEqualTo(2);
        CliRunner.Result flag = cli.run("heads", "--no-such-flag");
        assertThat(flag.code()).isEqualTo(2);
        assertThat(flag.out()).isEmpty();
        assertThat(flag.err()).isEqualTo("retort: unknown option '--no-such-flag'\nRun 'retort heads --help' for usage.\n");
        assertThat(cli.run("--format", "xml", "heads").code()).isEqualTo(2);
        assertThat(cli.run("-x", "no-equals", "heads").code()).isEqualTo(2);
        assertThat(cli.run("history", "-r").code()).isEqualTo(2);
        assertThat(cli.run().code()).isEqualTo(2);
    }

    @Test
    void helpListsTheCommandsAndExplainsEachAndVersionPrintsTheVersion() {
        CliRunner.Result list = cli.run("--help");
        assertThat(list.code()).isZero();
        assertThat(list.out()).startsWith("Usage: retort [OPTIONS] COMMAND").contains("\n  heads ", "\n  history ",
                "--config FILE");
        for (String[] args : List.of(new String[] {"heads", "--help"}, new String[] {"help", "heads"},
                new String[] {"-h", "heads"})) {
            CliRunner.Result one = cli.run(args);
            assertThat(one.code()).isZero();
            assertThat(one.out()).startsWith("Usage: retort heads [OPTIONS]\n").contains("--resolve-dependencies");
        }
        assertThat(cli.run("show", "--help").out()).startsWith("Usage: retort show [OPTIONS] REV\n");
        assertThat(cli.run("--version").out()).startsWith("retort ");
    }

    @Test
    void configComesFromDashCOrRetortConfigAndSectionFromDashN() throws IOException {
        Path other = dir.resolve("conf");
        Files.createDirectories(other);
        Files.move(dir.resolve("retort.toml"), other.resolve("custom.toml"));
        Files.writeString(other.resolve("custom.toml"), Files.readString(other.resolve("custom.toml"))
                .replace("\"migrations", "\"../migrations").replace("[retort", "[app"));
        assertThat(cli.run("heads").err()).startsWith("FAILED: No config file");
        assertThat(cli.run("-c", "conf/custom.toml", "-n", "app", "heads").code()).isZero();
        cli.env("RETORT_CONFIG", other.resolve("custom.toml").toString());
        assertThat(cli.run("-n", "app", "history").code()).isZero();
        assertThat(cli.run("history").err()).contains("[retort]");
    }

    @Test
    void graphErrorsNameTheFiles() throws IOException {
        String a = revision("-m", "a");
        Path versions = dir.resolve("migrations/versions");
        Path copy = versions.resolve("zz_copy.java");
        Path original;
        try (Stream<Path> files = Files.list(versions)) {
            original = files.findFirst().orElseThrow();
        }
        Files.copy(original, copy);
        CliRunner.Result dup = cli.run("heads");
        assertThat(dup.err()).startsWith("FAILED: ").contains(original.getFileName().toString(), "zz_copy.java");
        Files.writeString(copy, Files.readString(original).replace("id = \"" + a + "\", down = \"\"",
                "id = \"bbbbbbbbbbbb\", down = \"cccccccccccc\""));
        CliRunner.Result missing = cli.run("heads");
        assertThat(missing.err()).startsWith("FAILED: Revision cccccccccccc referenced from bbbbbbbbbbbb").contains("zz_copy.java");
        Files.writeString(copy, "@Revision(id = \"broken\"");
        assertThat(cli.run("heads").err()).startsWith("FAILED: ").contains("zz_copy.java:1");
    }

    @Test
    void editOpensEachFileInTheEditor() throws IOException {
        String a = revision("-m", "a");
        Path log = dir.resolve("edited.txt");
        Path editor = dir.resolve("fake-editor.sh");
        Files.writeString(editor, "#!/bin/sh\necho \"$1\" >> " + log + "\n");
        editor.toFile().setExecutable(true);
        CliRunner.Result r = cli.env("EDITOR", editor.toString()).run("edit", a);
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(log)).contains(a + "_a.java");
        assertThat(cli.run("edit", "base").err()).isEqualTo("FAILED: No revision files indicated by symbol 'base'\n");
    }

    @Test
    void passwordsGivenOnTheCommandLineNeverAppearInOutput() {
        revision("-m", "a");
        String password = "s3cr@t:pw/x";
        String url = "postgresql://scott:s3cr%40t%3Apw%2Fx@db.example:5432/app";
        List<CliRunner.Result> results = new ArrayList<>();
        results.add(cli.run("--url", url, "heads"));
        results.add(cli.run("-v", "--url", url, "show", url));
        results.add(cli.run("-x", "url=" + url, "-v", "history", "-r", url));
        results.add(cli.run("-x", "url=" + url, "--format", "json", "history"));
        for (CliRunner.Result r : results) {
            assertThat(r.all()).doesNotContain(password).doesNotContain("s3cr%40t%3Apw%2Fx");
        }
        assertThat(results.get(1).err()).contains("***");
    }
}
