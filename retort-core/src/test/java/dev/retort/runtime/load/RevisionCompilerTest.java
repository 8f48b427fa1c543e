package dev.retort.runtime.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionCompilerTest {
    @TempDir
    Path project;

    private static JavaSource sourceOf(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            return new JavaSource(file, Checksums.hex(content), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void compilesOnlyWhatIsNotCachedYet() throws IOException {
        ClassCache cache = new ClassCache(project);
        RevisionCompiler compiler = new RevisionCompiler(cache, List.of());
        List<Path> files = JavaRevisions.chain(project.resolve("versions"), 3);
        List<JavaSource> sources = files.stream().map(RevisionCompilerTest::sourceOf).toList();

        assertThat(compiler.compile(sources)).isEqualTo(3);
        assertThat(compiler.compile(sources)).isZero();

        Files.writeString(files.get(1), Files.readString(files.get(1)).replace("t1", "t1b"));
        List<JavaSource> changed = files.stream().map(RevisionCompilerTest::sourceOf).toList();
        assertThat(compiler.compile(changed)).isEqualTo(1);
        assertThat(cache.contains(changed.get(1).hash())).isTrue();
        try (var entries = Files.list(project.resolve(".retort-cache"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("classes");
        }
    }

    @Test
    void anEntryAnotherProcessPublishedFirstIsKept() throws IOException {
        ClassCache cache = new ClassCache(project);
        Path mine = cache.newStaging().resolve("abc");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("A.class"), "mine");
        Path theirs = cache.newStaging().resolve("abc");
        Files.createDirectories(theirs);
        Files.writeString(theirs.resolve("A.class"), "theirs");

        cache.publish(theirs, "abc");
        cache.publish(mine, "abc");

        assertThat(cache.entry("abc").resolve("A.class")).hasContent("theirs");
    }

    @Test
    void onAJavaRuntimeTheMessageNamesTheFileAndWhatToDo() {
        String message = RevisionCompiler.noCompiler(Path.of("/p/migrations/versions/ab12_add.java"), 3);

        assertThat(message).startsWith("Java revision ab12_add.java (and 2 more) needs a JDK to compile, but ")
                .contains(System.getProperty("java.home"))
                .contains("set JAVA_HOME to a JDK").contains("revision --format sql").doesNotContain("\n");
    }
}
