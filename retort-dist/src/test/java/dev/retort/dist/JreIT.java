package dev.retort.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution on a Java runtime without the compiler: a JRE made with jlink from the running
 * JDK's jmods (java.se and the usual runtime modules, as a JRE has them, without jdk.compiler).
 * SQL revisions and graph commands work; a Java revision fails before it changes the database,
 * with one line that says to use a JDK.
 */
class JreIT {
    static Path jre;

    @TempDir
    Path tmp;

    @BeforeAll
    static void jlinkAJre() throws IOException {
        jre = Distribution.TARGET.resolve("jre-without-compiler");
        if (Files.isExecutable(jre.resolve("bin/java"))) {
            return;
        }
        Path jdk = Path.of(System.getProperty("java.home"));
        assertThat(jdk.resolve("jmods")).as("a JDK with jmods/ runs the tests (jlink needs them)").isDirectory();
        Shell.Result linked = new Shell(Distribution.TARGET, Distribution.TARGET).run(List.of(
                jdk.resolve("bin/jlink").toString(), "--module-path", jdk.resolve("jmods").toString(),
                "--add-modules", "java.se,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.net,jdk.unsupported,jdk.zipfs",
                "--no-header-files", "--no-man-pages", "--generate-cds-archive", "--output", jre.toString()));
        assertThat(linked.code()).as(linked.toString()).isZero();
    }

    @Test
    void theJreHasNoCompiler() {
        Shell.Result modules = new Shell(tmp, tmp).run(List.of(jre.resolve("bin/java").toString(), "--list-modules"));
        assertThat(modules.out()).contains("java.compiler@").doesNotContain("jdk.compiler@");
    }

    @Test
    void sqlRevisionsRunAndAJavaRevisionAsksForAJdkWithoutTouchingTheDatabase() throws Exception {
        Path home = Distribution.unpack("tar.gz", tmp.resolve("dist"));
        Path work = Files.createDirectories(tmp.resolve("project"));
        Shell shell = new Shell(work, tmp).env("JAVA_HOME", jre.toString());
        Path retort = home.resolve("bin/retort");

        shell.ok(retort, "init", "-t", "sql", "migrations");
        Path sql = work.resolve(Distribution.generated(shell.ok(retort, "revision", "-m", "create account",
                "--rev-id", "a1")));
        Distribution.write(sql, Files.readString(sql)
                .replace("-- retort: upgrade\n", "-- retort: upgrade\nCREATE TABLE account (id INTEGER PRIMARY KEY);\n")
                .replace("-- retort: downgrade\n", "-- retort: downgrade\nDROP TABLE account;\n"));
        shell.ok(retort, "upgrade", "head");
        assertThat(shell.ok(retort, "current").out()).isEqualTo("a1 (head)\n");
        assertThat(ArchiveIT.tables(work.resolve("app.db"))).contains("account");

        Path java = work.resolve(Distribution.generated(shell.ok(retort, "revision", "-m", "in java",
                "--rev-id", "b2", "--format", "java")));
        assertThat(shell.ok(retort, "heads").out()).isEqualTo("b2 (head)\n");
        assertThat(shell.ok(retort, "history").out()).startsWith("a1 -> b2 (head), in java\n");
        // offline SQL needs the Java revision's operations too
        Shell.Result offline = shell.run(retort, "upgrade", "a1:head", "--sql");
        assertThat(offline.code()).as(offline.toString()).isEqualTo(1);
        assertThat(offline.err()).startsWith("FAILED: Java revision ").contains(" needs a JDK to compile");
        String before = sha256(work.resolve("app.db"));

        Shell.Result failed = shell.run(retort, "upgrade", "head");

        assertThat(failed.code()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).isEqualTo("FAILED: Java revision " + java.getFileName() + " needs a JDK to compile, but "
                + jre + " is a Java runtime without the compiler (javax.tools); run retort with a JDK's java (set"
                + " JAVA_HOME to a JDK 17 or later), or write SQL revisions (revision --format sql), or compile the"
                + " revisions into the application (classpath mode)\n");
        assertThat(sha256(work.resolve("app.db"))).isEqualTo(before);
        assertThat(shell.ok(retort, "current").out()).isEqualTo("a1\n");

        // the same project on a JDK: the Java revision compiles and runs
        shell.env("JAVA_HOME", System.getProperty("java.home")).ok(retort, "upgrade", "head");
        assertThat(shell.ok(retort, "current").out()).isEqualTo("b2 (head)\n");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
