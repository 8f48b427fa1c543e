package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptDirectoryTest {
    @TempDir
    Path root;
    Path versions;

    @BeforeEach
    void setUp() throws IOException {
        versions = Files.createDirectories(root.resolve("versions"));
    }

    private static Path java(Path dir, String name, String id, String down) throws IOException {
        return Files.writeString(dir.resolve(name),
                "@Revision(id = \"" + id + "\", down = \"" + down + "\")\nclass C {}\n");
    }

    private static Path sql(Path dir, String name, String id, String down) throws IOException {
        return Files.writeString(dir.resolve(name),
                "-- retort: revision=" + id + " down=" + down + "\n-- retort: upgrade\n");
    }

    @Test
    void listsJavaAndSqlFilesSortedByNameLocationsInOrderIgnoringOthers() throws IOException {
        Path other = Files.createDirectories(root.resolve("other"));
        sql(other, "a_first.sql", "o1", "");
        java(versions, "c_third.java", "c3", "b2");
        sql(versions, "b_second.sql", "b2", "a1");
        java(versions, "a_first.java", "a1", "");
        Files.writeString(versions.resolve("README.md"), "not a revision");
        Files.writeString(versions.resolve(".hidden.java"), "garbage");
        Files.writeString(versions.resolve("x.java.orig"), "garbage");
        java(Files.createDirectories(versions.resolve("nested")), "z.java", "z9", "");

        ScriptDirectory dir = ScriptDirectory.of(root, List.of(versions, other));

        assertThat(dir.revisionFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("a_first.java", "b_second.sql", "c_third.java", "a_first.sql");
        assertThat(dir.loadScripts()).extracting(RevisionScript::id).containsExactly("a1", "b2", "c3", "o1");
        assertThat(dir.templateDirectory()).isEqualTo(root.resolve("templates"));
        assertThat(dir.versionLocations()).containsExactly(versions, other);
        assertThat(dir.scriptLocation()).isEqualTo(root);
    }

    @Test
    void defaultVersionLocationIsVersionsUnderTheScriptLocation() throws IOException {
        java(versions, "a.java", "a1", "");
        ScriptDirectory dir = ScriptDirectory.of(root, List.of());
        assertThat(dir.versionLocations()).containsExactly(versions);
        assertThat(dir.loadScripts()).extracting(RevisionScript::id).containsExactly("a1");
    }

    @Test
    void duplicateIdNamesBothFiles() throws IOException {
        Path a = java(versions, "a.java", "abc", "");
        Path b = sql(versions, "b.sql", "abc", "");
        ScriptDirectory dir = ScriptDirectory.of(root, List.of(versions));
        assertThatThrownBy(dir::loadScripts)
                .isInstanceOf(RetortException.class)
                .hasMessage("Revision abc is defined in both " + a + " and " + b);
    }

    @Test
    void aDirectoryNamedLikeARevisionIsAnError() throws IOException {
        java(versions, "a.java", "a1", "");
        Path sub = Files.createDirectories(versions.resolve("sub.java"));
        ScriptDirectory dir = ScriptDirectory.of(root, List.of(versions));
        assertThatThrownBy(dir::loadScripts)
                .isInstanceOf(RetortException.class)
                .hasMessage("Revision file " + sub + " is a directory; rename it or move it out of the version location");
    }

    @Test
    void missingVersionLocationIsNamed() {
        Path missing = root.resolve("nope");
        ScriptDirectory dir = ScriptDirectory.of(root, List.of(versions, missing));
        assertThatThrownBy(dir::loadScripts)
                .isInstanceOf(RetortException.class)
                .hasMessage("Version location " + missing + " does not exist; create it or fix version_locations");
    }

    @Test
    void missingScriptLocationSaysToRunInit() {
        Path missing = root.resolve("migrations");
        assertThatThrownBy(() -> ScriptDirectory.of(missing, List.of()))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("Path doesn't exist: '" + missing + "'")
                .hasMessageContaining("'init' command");
    }

    @Test
    void aBadHeaderFailsTheLoadNamingTheFirstBadFile() throws IOException {
        for (int i = 0; i < 100; i++) {
            java(versions, String.format("r%03d.java", i), "r" + i, "");
        }
        Files.writeString(versions.resolve("r050.java"), "class Broken {}\n");
        Files.writeString(versions.resolve("r070.java"), "class Broken {}\n");
        ScriptDirectory dir = ScriptDirectory.of(root, List.of(versions));
        assertThatThrownBy(dir::loadScripts)
                .isInstanceOf(RetortException.class)
                .hasMessage(versions.resolve("r050.java") + ":1: no @Revision annotation before the class declaration");
    }
}
