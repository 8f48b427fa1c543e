package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderReaderTest {
    @TempDir
    Path dir;
    private final HeaderReader reader = new HeaderReader();

    @Test
    void readsOnlyTheHeaderOfALargeFile() throws IOException {
        // a header followed by 8 MB that is not valid in any way: only the header is looked at
        byte[] tail = new byte[8 << 20];
        java.util.Arrays.fill(tail, (byte) '"');
        Path file = dir.resolve("big.sql");
        Files.writeString(file, "-- retort: revision=big down=\n-- retort: upgrade\n");
        Files.write(file, tail, java.nio.file.StandardOpenOption.APPEND);
        assertThat(reader.read(file).id()).isEqualTo("big");
    }

    @Test
    void readsAHeaderLongerThanOneChunk() throws IOException {
        Path file = dir.resolve("long.java");
        Files.writeString(file, "/* doc */\n" + "// filler\n".repeat(2000)
                + "@Revision(id = \"late\", down = \"\")\nclass A {}\n");
        RevisionScript s = reader.read(file);
        assertThat(s.id()).isEqualTo("late");
        assertThat(s.headerLine()).isEqualTo(2002);
        assertThat(s.longDoc()).isEqualTo("doc");
    }

    @Test
    void missingFileAndUnknownExtensionAreErrors() {
        Path missing = dir.resolve("gone.java");
        assertThatThrownBy(() -> reader.read(missing))
                .isInstanceOf(RetortException.class)
                .hasMessage("Revision file " + missing + " does not exist");
        Path other = dir.resolve("x.py");
        assertThatThrownBy(() -> reader.read(other))
                .isInstanceOf(RetortException.class)
                .hasMessage("Revision file " + other + " is neither .java nor .sql");
    }

    @Test
    void readAllKeepsTheInputOrderSequentialAndParallel() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            // names in reverse so that order by name and input order differ
            Path file = dir.resolve("f" + (1000 - i) + (i % 2 == 0 ? ".java" : ".sql"));
            Files.writeString(file, i % 2 == 0
                    ? "@Revision(id = \"r" + i + "\", down = \"\")\nclass C {}\n"
                    : "-- retort: revision=r" + i + " down=\n-- retort: upgrade\n");
            files.add(file);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            expected.add("r" + i);
        }
        assertThat(reader.readAll(files, false)).extracting(RevisionScript::id).isEqualTo(expected);
        assertThat(reader.readAll(files, true)).extracting(RevisionScript::id).isEqualTo(expected);
        assertThat(reader.readAll(files, true)).extracting(RevisionScript::path).isEqualTo(files);
    }
}
