package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header cache in {@code .retort-cache/headers}: trusted only for files unchanged in size and time. */
class HeaderCacheTest {
    private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-02T03:04:05.123456789Z"));

    @TempDir
    Path root;
    Path versions;
    Path cacheFile;
    HeaderCache cache;

    @BeforeEach
    void setUp() throws IOException {
        versions = Files.createDirectories(root.resolve("versions"));
        cacheFile = root.resolve(".retort-cache/headers");
        cache = new HeaderCache(cacheFile, new HeaderReader());
    }

    private Path java(String name, String id, String down, String doc) throws IOException {
        Path file = Files.writeString(versions.resolve(name), "/* " + doc + " */\n@Revision(id = \"" + id
                + "\", down = \"" + down + "\", dependsOn = {\"x\", \"y\"})\nclass C {}\n");
        Files.setLastModifiedTime(file, OLD);
        return file;
    }

    private List<RevisionScript> load() {
        return cache.readAll(ScriptDirectory.of(root, List.of(versions)).revisionFiles());
    }

    private List<String> ids() {
        return load().stream().map(RevisionScript::id).toList();
    }

    /**
     * Changes the id in a file to another of the same length and puts its time back: the next
     * read shows the old id if it came from the cache, the new one if the file was read.
     */
    private static void sneakIdChange(Path file, String from, String to) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, Files.readString(file).replace(from, to));
        Files.setLastModifiedTime(file, time);
    }

    @Test
    void aSecondReadTakesEveryUnchangedHeaderFromTheCacheAndLeavesTheCacheAlone() throws IOException {
        java("a.java", "a1", "", "first\n\nlong é doc");
        java("b.java", "b2", "a1", "second");
        List<RevisionScript> first = load();
        assertThat(cacheFile).exists();
        Files.setLastModifiedTime(cacheFile, OLD);
        sneakIdChange(versions.resolve("a.java"), "a1", "q1");

        List<RevisionScript> second = load();
        assertThat(second).isEqualTo(first);
        assertThat(second.get(0).id()).isEqualTo("a1");
        assertThat(second.get(0).longDoc()).isEqualTo("first\n\nlong é doc");
        assertThat(second.get(1).dependsOn()).containsExactly("x", "y");
        assertThat(Files.getLastModifiedTime(cacheFile)).isEqualTo(OLD);
    }

    @Test
    void anEditedFileIsReadAgainEvenWithTheSameSize() throws IOException {
        Path a = java("a.java", "a1", "", "first");
        load();
        Files.writeString(a, Files.readString(a).replace("a1", "z9"));
        Files.setLastModifiedTime(a, FileTime.from(OLD.toInstant().plusNanos(1000)));
        assertThat(ids()).containsExactly("z9");
        sneakIdChange(a, "z9", "q1");
        assertThat(ids()).as("cached again").containsExactly("z9");
    }

    @Test
    void addedRemovedAndRenamedFiles() throws IOException {
        Path a = java("a.java", "a1", "", "first");
        Path b = java("b.java", "b2", "a1", "second");
        load();
        sneakIdChange(b, "b2", "q2");
        java("c.java", "c3", "b2", "third");
        assertThat(ids()).containsExactly("a1", "b2", "c3");

        Files.delete(versions.resolve("b.java"));
        assertThat(ids()).containsExactly("a1", "c3");

        Path renamed = Files.move(a, versions.resolve("d.java"));
        List<RevisionScript> scripts = load();
        assertThat(scripts).extracting(RevisionScript::id).containsExactly("c3", "a1");
        assertThat(scripts.get(1).path()).isEqualTo(renamed);
        sneakIdChange(renamed, "a1", "q1");
        assertThat(ids()).as("cached under its new name").containsExactly("c3", "a1");
    }

    @Test
    void aCorruptOrTruncatedCacheIsIgnoredAndRewritten() throws IOException {
        Path a = java("a.java", "a1", "", "first");
        load();
        byte[] good = Files.readAllBytes(cacheFile);
        for (byte[] bad : List.of(new byte[0], "garbage".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOf(good, good.length - 3), Arrays.copyOf(good, good.length + 1))) {
            Files.write(cacheFile, bad);
            assertThat(ids()).containsExactly("a1");
            assertThat(cacheFile).hasBinaryContent(good);
        }
        Files.write(cacheFile, Arrays.copyOf(good, 20));
        sneakIdChange(a, "a1", "q1");
        assertThat(ids()).as("read from the file").containsExactly("q1");
    }

    @Test
    void aFileModifiedJustNowIsReadButNotCached() throws IOException {
        Path a = java("a.java", "a1", "", "first");
        Files.setLastModifiedTime(a, FileTime.from(Instant.now()));
        load();
        assertThat(cacheFile).doesNotExist();
        sneakIdChange(a, "a1", "q1");
        assertThat(ids()).containsExactly("q1");
    }
}
