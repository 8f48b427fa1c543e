package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project made by {@code retort init migrations} in a directory, with revision files written
 * by hand (fixed ids, so expectations read plainly), driven through the real CLI.
 */
final class E2eProject {
    final Path dir;
    final CliRunner cli;

    private E2eProject(Path dir) {
        this.dir = dir;
        this.cli = new CliRunner(dir);
    }

    /** {@code retort init migrations} in {@code dir}. */
    static E2eProject init(Path dir) {
        E2eProject p = new E2eProject(dir);
        p.ok("init", "migrations");
        return p;
    }

    /** A project that exists already, with a runner of its own (its own environment). */
    static E2eProject open(Path dir) {
        return new E2eProject(dir);
    }

    /** Sets an environment variable for every later run (DATABASE_URL, ...). */
    E2eProject env(String name, String value) {
        cli.env(name, value);
        return this;
    }

    Path versions() {
        return dir.resolve("migrations/versions");
    }

    /** Writes {@code <id>_<slug>.sql}; {@code down} is "" for a root or "a,b" for a merge. */
    Path sql(String id, String down, String header, String upgrade, String downgrade) {
        String text = "-- retort: revision=" + id + " down=" + down + "\n"
                + (header.isEmpty() ? "" : "-- retort: " + header + "\n")
                + "-- retort: message=rev " + id + "\n"
                + "-- retort: upgrade\n" + upgrade + "\n"
                + (downgrade == null ? "" : "-- retort: downgrade\n" + downgrade + "\n");
        return write(versions().resolve(id + "_rev_" + id + ".sql"), text);
    }

    /** Writes {@code <id>_<slug>.java} with the given bodies of upgrade and downgrade. */
    Path java(String id, String down, String upgradeBody, String downgradeBody) {
        String text = "/* rev " + id + "\n *\n * Revision ID: " + id + "\n * Revises: " + down + "\n */\n"
                + "import dev.retort.migration.*;\n"
                + "import static dev.retort.migration.Types.*;\n\n"
                + "@Revision(id = \"" + id + "\", down = " + javaDown(down) + ")\n"
                + "class Rev_" + id + " implements Migration {\n"
                + "    public void upgrade(Op op) {\n"
                + "        " + upgradeBody + "\n"
                + "    }\n\n"
                + "    public void downgrade(Op op) {\n"
                + "        " + downgradeBody + "\n"
                + "    }\n"
                + "}\n";
        return write(versions().resolve(id + "_rev_" + id + ".java"), text);
    }

    /** {@code "a1"}, or {@code {"a1", "b2"}} for a merge given as "a1,b2". */
    private static String javaDown(String down) {
        return down.contains(",") ? "{\"" + String.join("\", \"", down.split(",")) + "\"}" : "\"" + down + "\"";
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the line {@code key = ...} of retort.toml with {@code key = value} (value as TOML). */
    E2eProject config(String key, String value) {
        Path toml = dir.resolve("retort.toml");
        try {
            String text = Files.readString(toml);
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + " = .*$").matcher(text);
            assertThat(m.find()).as("retort.toml has a line for " + key).isTrue();
            Files.writeString(toml, m.replaceFirst(Matcher.quoteReplacement(key + " = " + value)));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CliRunner.Result run(String... args) {
        return cli.run(args);
    }

    /** Runs and expects exit 0. */
    CliRunner.Result ok(String... args) {
        CliRunner.Result r = cli.run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r).isZero();
        return r;
    }

    /**
     * Runs and expects an error the way DESIGN.md says: exit 1, the last line of stderr is the
     * only {@code FAILED: } line, no stack trace; returns that line.
     */
    String failed(String... args) {
        CliRunner.Result r = cli.run(args);
        String what = String.join(" ", args) + "\n" + r;
        assertThat(r.code()).as(what).isEqualTo(1);
        assertThat(r.err()).as(what).doesNotContain("\tat ").doesNotContain("Exception:");
        String[] lines = r.err().strip().split("\n");
        String last = lines[lines.length - 1];
        assertThat(last).as(what).startsWith("FAILED: ");
        assertThat(r.err().split("FAILED: ", -1)).as(what).hasSize(2);
        return last;
    }
}
