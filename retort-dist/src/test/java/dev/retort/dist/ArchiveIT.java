package dev.retort.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The archives as a user gets them: unpacked into a path with a space, bin/retort run through
 * symlinks from another directory, on SQLite; the completion scripts loaded into real shells.
 */
class ArchiveIT {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"tar.gz", "zip"})
    void unpackedAnywhereItRunsThroughASymlinkFromAnotherDirectory(String format) throws Exception {
        Path home = Distribution.unpack(format, tmp.resolve("unpacked here"));
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/retort"))).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(home.resolve("bin/retort.bat")).isRegularFile();
        for (String jar : List.of("retort.jar", "sqlite-jdbc.jar", "h2.jar", "postgresql.jar", "mariadb-java-client.jar",
                "jpa/retort-jpa.jar", "jpa/hibernate-core.jar")) {
            assertThat(home.resolve("lib").resolve(jar)).isRegularFile();
        }
        assertThat(home.resolve("completion/retort.bash")).isRegularFile();
        assertThat(home.resolve("completion/_retort")).isRegularFile();

        // ~/bin/retort -> ../unpacked here/retort-V/bin/retort, and a second, absolute link to that link
        Path links = Files.createDirectories(tmp.resolve("home/bin"));
        Path link = Files.createSymbolicLink(links.resolve("retort"), links.relativize(home.resolve("bin/retort")));
        Path linkToLink = Files.createSymbolicLink(tmp.resolve("rt"), link);
        Path work = Files.createDirectories(tmp.resolve("work dir"));
        Shell shell = new Shell(work, tmp.resolve("home"));
        // the archive's class-data-sharing archive is made on the first run of the tar.gz; not for the zip
        shell.env("RETORT_CDS", format.equals("zip") ? "off" : null);

        assertThat(shell.ok(linkToLink, "--version").out()).isEqualTo("retort " + Distribution.VERSION + "\n");
        assertThat(home.resolve("lib/retort.jsa").toFile().exists()).isEqualTo(!format.equals("zip"));
        if (!format.equals("zip")) {
            // later runs map it (JAVA_OPTS comes after the launcher's options)
            Path log = tmp.resolve("cds.log");
            shell.env("JAVA_OPTS", "-Xlog:cds=info:file=" + log).ok(link, "--version");
            shell.env("JAVA_OPTS", null);
            assertThat(Files.readString(log)).contains("Opened archive " + home.resolve("lib/retort.jsa"));
        }

        // run by a relative path, with a CDPATH that makes cd print the directory it finds
        Shell beside = shell.in(home.getParent()).env("CDPATH", home.getParent().toString());
        assertThat(beside.ok(Path.of(home.getFileName() + "/bin/retort"), "--version").out())
                .isEqualTo("retort " + Distribution.VERSION + "\n");

        shell.ok(link, "init", "migrations");
        Path sql = work.resolve(Distribution.generated(
                shell.ok(link, "revision", "-m", "create account", "--rev-id", "a1", "--format", "sql")));
        String text = Files.readString(sql);
        Distribution.write(sql, text.replace("-- retort: upgrade\n",
                        "-- retort: upgrade\nCREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(40));\n")
                .replace("-- retort: downgrade\n", "-- retort: downgrade\nDROP TABLE account;\n"));
        // a Java revision too: compiled by the JDK running the launcher
        shell.ok(link, "revision", "-m", "second", "--rev-id", "b2");
        shell.ok(linkToLink, "upgrade", "head");

        assertThat(shell.ok(link, "current").out()).isEqualTo("b2 (head)\n");
        assertThat(tables(work.resolve("app.db"))).contains("account", "retort_version");
        assertThat(shell.ok(link, "history").out()).isEqualTo("a1 -> b2 (head), second\n<base> -> a1, create account\n");
    }

    @Test
    void javaHomeChoosesTheJavaAndABadOneFailsWithWhatToDo() throws IOException {
        Path home = Distribution.unpack("tar.gz", tmp.resolve("d"));
        Shell shell = new Shell(tmp, tmp).env("RETORT_CDS", "off");

        shell.env("JAVA_HOME", System.getProperty("java.home"));
        assertThat(shell.ok(home.resolve("bin/retort"), "--version").out()).startsWith("retort ");

        shell.env("JAVA_HOME", tmp.resolve("no jdk here").toString());
        Shell.Result bad = shell.run(home.resolve("bin/retort"), "--version");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).isEqualTo("FAILED: JAVA_HOME is " + tmp.resolve("no jdk here") + ", but "
                + tmp.resolve("no jdk here/bin/java") + " is not an executable; set JAVA_HOME to a JDK 17 or later,"
                + " or unset it to use the java on PATH\n");
    }

    @Test
    void jpaPackagesFindRetortJpaInLibJpa() throws IOException {
        Path home = Distribution.unpack("zip", tmp.resolve("d"));
        Path project = Files.createDirectories(tmp.resolve("p/classes")).getParent();
        Files.createDirectories(project.resolve("migrations/versions"));
        Files.writeString(project.resolve("retort.toml"), "[retort]\nurl = \"sqlite:///app.db\"\n[retort.model]\n"
                + "classpath = [\"classes\"]\njpa_packages = [\"com.example.none\"]\n");

        Shell.Result check = new Shell(project, tmp).env("RETORT_CDS", "off").run(home.resolve("bin/retort"), "check");

        // retort-jpa's own answer (it was loaded from lib/jpa/), not "jpa_packages needs retort-jpa on the class path"
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).isEqualTo("FAILED: jpa_packages [com.example.none]: no @Entity, @Embeddable,"
                + " @MappedSuperclass or @Converter class in packages [com.example.none]\n");
    }

    @Test
    void withNoJavaAnywhereItSaysWhatToInstall() throws IOException {
        Path home = Distribution.unpack("tar.gz", tmp.resolve("d"));
        // a PATH with the tools the launcher uses before it looks for java, and no java
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String tool : List.of("dirname", "readlink")) {
            Files.createSymbolicLink(bin.resolve(tool), Path.of("/usr/bin", tool));
        }
        Shell shell = new Shell(tmp, tmp).env("PATH", bin.toString()).env("JAVA_HOME", null);

        Shell.Result none = shell.run(home.resolve("bin/retort"), "--version");

        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("FAILED: no java found: install a JDK 17 or later and put its bin/ on PATH,"
                + " or set JAVA_HOME\n");
    }

    @Test
    void bashCompletionAnswersForAPartialCommand() throws IOException {
        Path home = Distribution.unpack("tar.gz", tmp.resolve("d"));
        Path script = home.resolve("completion/retort.bash");

        assertThat(bashComplete(script, "retort", "upg")).containsExactly("upgrade");
        assertThat(bashComplete(script, "retort", "-v", "hi")).containsExactly("history");
        assertThat(bashComplete(script, "retort", "downgrade", "--")).contains("--sql", "--tag", "--force", "--url");
        // and `complete` knows it for the retort command
        Shell.Result registered = new Shell(tmp, tmp).run(List.of("bash", "--norc", "--noprofile", "-c",
                "source '" + script + "' && complete -p retort"));
        assertThat(registered.out()).isEqualTo("complete -o default -F _retort retort\n");
    }

    @Test
    void zshCompletionParses() throws IOException {
        assertThat(onPath("zsh")).as("zsh checks the zsh completion script: install it (apt-get install zsh;"
                + " .ci/run does)").isTrue();
        Path home = Distribution.unpack("tar.gz", tmp.resolve("d"));
        Shell.Result parsed = new Shell(tmp, tmp).run(List.of("zsh", "-n", home.resolve("completion/_retort").toString()));
        assertThat(parsed.code()).as(parsed.toString()).isZero();
        assertThat(parsed.err()).isEmpty();
    }

    static List<String> bashComplete(Path script, String... words) {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append('\'');
        }
        String program = "source '" + script + "' && COMP_WORDS=(" + array + ") && COMP_CWORD=" + (words.length - 1)
                + " && _retort && printf '%s\\n' \"${COMPREPLY[@]}\"";
        Shell.Result result = new Shell(script.getParent(), script.getParent())
                .run(List.of("bash", "--norc", "--noprofile", "-c", program));
        assertThat(result.code()).as(result.toString()).isZero();
        return result.out().lines().filter(line -> !line.isEmpty()).toList();
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    static List<String> tables(Path sqliteFile) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqliteFile);
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
