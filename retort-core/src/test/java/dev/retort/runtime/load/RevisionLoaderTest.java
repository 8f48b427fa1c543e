package dev.retort.runtime.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.migration.Operation;
import dev.retort.script.HeaderReader;
import dev.retort.script.RevisionScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionLoaderTest {
    @TempDir
    Path project;

    private Path versions() {
        return project.resolve("versions");
    }

    private List<LoadedRevision> load(Path... files) {
        HeaderReader reader = new HeaderReader();
        List<RevisionScript> scripts = Stream.of(files).map(reader::read).toList();
        return new RevisionLoader(project, SqlSyntax.SQLITE, List.of()).load(scripts);
    }

    @Test
    void javaRevisionRecordsItsOperationsWithTheLinesThatCalledThem() {
        Path file = JavaRevisions.write(versions(), "a1", JavaRevisions.source("a1", "",
                "op.createTable(\"t\", column(\"id\", integer()));\n        op.schema(\"s\").execute(\"SELECT 1\");",
                "op.dropTable(\"t\");"));
        LoadedRevision rev = load(file).get(0);
        assertThat(rev.id()).isEqualTo("a1");
        assertThat(rev.upgrade()).extracting(LocatedOperation::line).containsExactly(11, 12);
        assertThat(rev.upgradeOperations().get(0)).isInstanceOf(Operation.CreateTable.class);
        assertThat(rev.upgradeOperations().get(1)).isEqualTo(new Operation.Execute("SELECT 1", null));
        assertThat(rev.downgradeOperations()).containsExactly(new Operation.DropTable(null, "t", null));
        assertThat(rev.reversible()).isTrue();
    }

    @Test
    void javaRevisionInAPackage() throws IOException {
        String source = "package com.example.db;\n" + JavaRevisions.source("b2", "a1", "op.execute(\"SELECT 2\");", "");
        Path file = JavaRevisions.write(versions(), "b2", source);
        LoadedRevision rev = load(file).get(0);
        assertThat(rev.upgradeOperations()).containsExactly(new Operation.Execute("SELECT 2", null));
        assertThat(rev.downgrade()).isEmpty();
        try (Stream<Path> cached = Files.walk(project.resolve(".retort-cache/classes"))) {
            assertThat(cached.map(p -> p.getFileName().toString())).contains("Rev_b2.class");
        }
    }

    @Test
    void checksumIsSha256OfTheContentWithCrlfReadAsLf() throws IOException {
        String lf = JavaRevisions.source("c3", "", "", "");
        Path unix = JavaRevisions.write(versions(), "c3", lf);
        String unixSum = load(unix).get(0).checksum();
        Files.writeString(unix, lf.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        assertThat(load(unix).get(0).checksum()).isEqualTo(unixSum)
                .isEqualTo("sha256:" + java.util.HexFormat.of().formatHex(sha256(lf)));
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anExceptionFromUpgradeNamesTheRevisionFileAndLine() {
        Path file = JavaRevisions.write(versions(), "d4", JavaRevisions.source("d4", "",
                "throw new IllegalStateException(\"no way\");", ""));
        LoadedRevision rev = load(file).get(0);
        assertThatThrownBy(rev::upgrade).isInstanceOf(RetortException.class)
                .hasMessage("Revision d4 (" + file + ":11): upgrade() threw java.lang.IllegalStateException: no way")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDowngradeThatThrowsUnsupportedOperationIsIrreversible() {
        Path file = JavaRevisions.write(versions(), "e5", JavaRevisions.source("e5", "", "",
                "throw new UnsupportedOperationException();"));
        LoadedRevision rev = load(file).get(0);
        assertThat(rev.reversible()).isFalse();
        assertThatThrownBy(rev::downgrade).hasMessage("Revision e5 (" + file + ") cannot be downgraded: it has no downgrade");
    }

    @Test
    void compileErrorsAreListedOnOneLineFirstErrorFirstAndNothingIsCached() {
        Path bad1 = JavaRevisions.write(versions(), "f6", JavaRevisions.source("f6", "", "op.nope();", ""));
        Path bad2 = JavaRevisions.write(versions(), "g7", JavaRevisions.source("g7", "f6", "int x = \"s\";", ""));
        Path good = JavaRevisions.write(versions(), "h8", JavaRevisions.source("h8", "g7", "", ""));
        assertThatThrownBy(() -> load(bad1, bad2, good)).isInstanceOf(RetortException.class)
                .hasMessage(bad1 + ":11: cannot find symbol; symbol: method nope(); location: variable op of type "
                        + "dev.retort.migration.Op (2 errors in 3 files; nothing was run; also "
                        + bad2 + ":11: incompatible types: java.lang.String cannot be converted to int)");
        assertThat(project.resolve(".retort-cache/classes")).isEmptyDirectory();
    }

    @Test
    void sqlRevisionBecomesOneExecutePerStatementAtItsLine() throws IOException {
        Path file = versions().resolve("s1_x.sql");
        Files.createDirectories(versions());
        Files.writeString(file, "-- retort: revision=s1 down=\n-- retort: upgrade\nCREATE TABLE t (x INT);\n\n"
                + "INSERT INTO t VALUES (1);\n-- retort: downgrade\nDROP TABLE t;\n");
        LoadedRevision rev = load(file).get(0);
        assertThat(rev.upgrade()).containsExactly(
                new LocatedOperation(new Operation.Execute("CREATE TABLE t (x INT)", null), 3),
                new LocatedOperation(new Operation.Execute("INSERT INTO t VALUES (1)", null), 5));
        assertThat(rev.downgrade()).containsExactly(new LocatedOperation(new Operation.Execute("DROP TABLE t", null), 7));
        assertThat(rev.checksum()).startsWith("sha256:").hasSize(71);
    }

    @Test
    void sqlRevisionWithoutDowngradeIsIrreversible() throws IOException {
        Path file = versions().resolve("s2_x.sql");
        Files.createDirectories(versions());
        Files.writeString(file, "-- retort: revision=s2 down=\n-- retort: upgrade\nSELECT 1");
        LoadedRevision rev = load(file).get(0);
        assertThat(rev.reversible()).isFalse();
        assertThat(rev.upgrade()).hasSize(1);
    }

    @Test
    void mixedPlanKeepsItsOrder() throws IOException {
        Path java = JavaRevisions.write(versions(), "j1", JavaRevisions.source("j1", "", "", ""));
        Path sql = versions().resolve("s3_x.sql");
        Files.writeString(sql, "-- retort: revision=s3 down=j1\n-- retort: upgrade\nSELECT 1;");
        assertThat(load(sql, java)).extracting(LoadedRevision::id).containsExactly("s3", "j1");
    }

    @Test
    void theBodyRunsAgainOnlyWhenALineIsAskedFor() {
        String key = "retort.test.calls." + System.nanoTime();
        Path file = JavaRevisions.write(versions(), "k1", JavaRevisions.source("k1", "",
                "System.setProperty(\"" + key + "\", String.valueOf(Integer.getInteger(\"" + key + "\", 0) + 1));"
                        + "\n        op.execute(\"SELECT 1\");\n        op.execute(\"SELECT 2\");", ""));
        LoadedRevision rev = load(file).get(0);
        assertThat(rev.upgradeOperations()).hasSize(2);
        assertThat(rev.upgrade()).hasSize(2);
        assertThat(Integer.getInteger(key)).as("upgrade() ran once").isEqualTo(1);
        assertThat(rev.upgrade()).extracting(LocatedOperation::line).containsExactly(12, 13);
        assertThat(Integer.getInteger(key)).as("replayed once for the lines").isEqualTo(2);
        rev.upgrade().get(0).line();
        assertThat(Integer.getInteger(key)).isEqualTo(2);
        System.clearProperty(key);
    }

    @Test
    void aBodyThatRecordsSomethingElseWhenReplayedGetsTheHeaderLine() {
        String key = "retort.test.calls." + System.nanoTime();
        Path file = JavaRevisions.write(versions(), "k2", JavaRevisions.source("k2", "",
                "int n = Integer.getInteger(\"" + key + "\", 0);\n        System.setProperty(\"" + key
                        + "\", String.valueOf(n + 1));\n        op.execute(\"SELECT \" + n);", ""));
        LoadedRevision rev = load(file).get(0);
        assertThat(rev.upgradeOperations()).containsExactly(new Operation.Execute("SELECT 0", null));
        int header = rev.script().headerLine();
        assertThat(header).isEqualTo(8);
        assertThat(rev.upgrade()).extracting(LocatedOperation::line).containsExactly(header);
        assertThat(rev.upgradeOperations()).as("the first recording stays").containsExactly(
                new Operation.Execute("SELECT 0", null));
        System.clearProperty(key);
    }

    @Test
    void filesDeclaringClassesOfTheSameNameEachRunTheirOwn() {
        String twin = "import dev.retort.migration.*;\n\n@Revision(id = \"%s\", down = \"%s\")\n"
                + "class Twin implements Migration {\n"
                + "    public void upgrade(Op op) {\n        op.execute(new Helper().sql());\n    }\n"
                + "    public void downgrade(Op op) {\n    }\n}\n"
                + "class Helper {\n    String sql() {\n        return \"SELECT '%s'\";\n    }\n}\n";
        Path a = JavaRevisions.write(versions(), "m1", twin.formatted("m1", "", "m1"));
        Path b = JavaRevisions.write(versions(), "m2", twin.formatted("m2", "m1", "m2"));
        Path c = JavaRevisions.write(versions(), "m3", JavaRevisions.source("m3", "m2", "op.execute(\"SELECT 3\");", ""));
        // one compiler task rejects the duplicate: cached by separate runs, then loaded together
        load(a);
        load(b);
        List<LoadedRevision> loaded = load(a, b, c);
        assertThat(loaded).extracting(r -> r.upgradeOperations().get(0)).containsExactly(
                new Operation.Execute("SELECT 'm1'", null), new Operation.Execute("SELECT 'm2'", null),
                new Operation.Execute("SELECT 3", null));
        assertThat(loaded.get(1).upgrade().get(0).line()).isEqualTo(6);
    }
}
