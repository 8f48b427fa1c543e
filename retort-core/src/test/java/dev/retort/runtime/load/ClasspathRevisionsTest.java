package dev.retort.runtime.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Operation;
import dev.retort.script.RevisionScript;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathRevisionsTest {
    @TempDir
    Path dir;

    private static final String ROOT = "package com.example.db;\n"
            + "import dev.retort.migration.*;\n"
            + "@Revision(id = \"aaa111\", down = \"\", branchLabels = {\"main\"})\n"
            + "class CreateAccount_aaa111 implements Migration {\n"
            + "    public void upgrade(Op op) {\n"
            + "        op.execute(\"CREATE TABLE account (id INT)\");\n"
            + "    }\n"
            + "    public void downgrade(Op op) {\n"
            + "        op.execute(\"DROP TABLE account\");\n"
            + "    }\n"
            + "}\n";

    private static final String CHILD = "package com.example.db;\n"
            + "import dev.retort.migration.*;\n"
            + "public class Holder {\n"
            + "    @Revision(id = \"bbb222\", down = {\"aaa111\"}, dependsOn = {\"main\"}, transactional = false)\n"
            + "    static class AddEmail implements Migration {\n"
            + "        public void upgrade(Op op) {\n"
            + "            op.execute(\"CREATE INDEX CONCURRENTLY ix ON account (id)\");\n"
            + "        }\n"
            + "        public void downgrade(Op op) {\n"
            + "        }\n"
            + "    }\n"
            + "}\n";

    /** Compiles sources the way an application build would: retort-core on the class path, processors discovered. */
    private DiagnosticCollector<JavaFileObject> compile(Path out, String... sources) throws IOException {
        Path src = dir.resolve("src/com/example/db");
        Files.createDirectories(src);
        List<Path> files = new ArrayList<>();
        for (String source : sources) {
            String name = source.contains("class Holder") ? "Holder" : source.contains("Broken") ? "Broken"
                    : "CreateAccount_aaa111";
            Path file = src.resolve(name + ".java");
            Files.writeString(file, source, StandardCharsets.UTF_8);
            files.add(file);
        }
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", out.toString(), "-classpath", retortCore());
            javac.getTask(new StringWriter(), fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files))
                    .call();
        }
        return diagnostics;
    }

    private static String retortCore() {
        try {
            return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void processorIndexesEveryRevisionClassAndTheReaderLoadsThem() throws IOException {
        Path out = dir.resolve("classes");
        assertThat(compile(out, ROOT, CHILD).getDiagnostics()).isEmpty();
        assertThat(out.resolve(RevisionIndex.RESOURCE)).exists();

        try (URLClassLoader app = new URLClassLoader(new URL[] {out.toUri().toURL()}, Migration.class.getClassLoader())) {
            ClasspathRevisions revisions = ClasspathRevisions.of(app);
            assertThat(revisions.index()).extracting(IndexedRevision::className)
                    .containsExactly("com.example.db.CreateAccount_aaa111", "com.example.db.Holder$AddEmail");
            IndexedRevision child = revisions.index().get(1);
            assertThat(child.down()).containsExactly("aaa111");
            assertThat(child.dependsOn()).containsExactly("main");
            assertThat(child.transactional()).isFalse();
            assertThat(revisions.index().get(0).branchLabels()).containsExactly("main");
            assertThat(revisions.index().get(0).down()).isEmpty();

            List<RevisionScript> scripts = revisions.scripts();
            assertThat(scripts.get(0).path()).isEqualTo(Path.of("com/example/db/CreateAccount_aaa111.java"));
            List<LoadedRevision> loaded = revisions.load(scripts);
            assertThat(loaded.get(0).upgradeOperations())
                    .containsExactly(new Operation.Execute("CREATE TABLE account (id INT)", null));
            assertThat(loaded.get(0).upgrade().get(0).line()).isEqualTo(6);
            assertThat(loaded.get(1).downgrade()).isEmpty();
            assertThat(loaded.get(0).checksum())
                    .isEqualTo(Checksums.of(ROOT.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void processorRejectsARevisionThatIsNotAMigration() throws IOException {
        String broken = "package com.example.db;\n@dev.retort.migration.Revision(id = \"x\", down = \"\")\nclass Broken {}\n";
        Path out = dir.resolve("classes");
        assertThat(compile(out, broken).getDiagnostics()).singleElement()
                .satisfies(d -> assertThat(d.getMessage(null)).contains("must implement dev.retort.migration.Migration"));
        assertThat(out.resolve(RevisionIndex.RESOURCE)).doesNotExist();
    }

    @Test
    void indexesInSeveralJarsAreReadAndADuplicateIdIsAnError() throws IOException {
        Path a = dir.resolve("a/" + RevisionIndex.RESOURCE);
        Path b = dir.resolve("b/" + RevisionIndex.RESOURCE);
        Files.createDirectories(a.getParent());
        Files.createDirectories(b.getParent());
        Files.writeString(a, "# c\nx.A\ta1\t\t\t\ttrue\t\n");
        Files.writeString(b, "x.B\tb1\ta1\t\t\ttrue\t\nx.C\ta1\t\t\t\ttrue\t\n");
        try (URLClassLoader onlyA = new URLClassLoader(new URL[] {dir.resolve("a").toUri().toURL()}, null);
             URLClassLoader both = new URLClassLoader(new URL[] {dir.resolve("a").toUri().toURL(),
                     dir.resolve("b").toUri().toURL()}, null)) {
            assertThat(ClasspathRevisions.of(onlyA).index()).extracting(IndexedRevision::id).containsExactly("a1");
            assertThatThrownBy(() -> ClasspathRevisions.of(both)).isInstanceOf(RetortException.class)
                    .hasMessage("Revision a1 is defined by both x.A and x.C");
        }
    }

    @Test
    void malformedIndexLineNamesItsPlace() {
        assertThatThrownBy(() -> RevisionIndex.parse("# h\nx.A\ta1\n", "jar:x!/idx"))
                .hasMessageStartingWith("jar:x!/idx:2: not a revision index line");
    }

    @Test
    void formatAndParseRoundTrip() {
        IndexedRevision r = new IndexedRevision("p.A$B", "a1", List.of("x", "y"), List.of("l"), List.of(), false,
                "sha256:00");
        assertThat(RevisionIndex.parse(RevisionIndex.format(List.of(r)), "t")).containsExactly(r);
    }

    @Test
    void classpathHasNoIndexWhenNothingWasIndexed() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(ClasspathRevisions.of(empty).index()).isEmpty();
        }
    }
}
