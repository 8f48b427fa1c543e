package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

class TomlFilesTest {
    @TempDir
    Path dir;

    private Path write(String toml) throws IOException {
        return Files.writeString(dir.resolve("retort.toml"), toml);
    }

    private void assertSyntaxErrorAt(String toml, int line, String message) throws IOException {
        Path file = write(toml);
        assertThatThrownBy(() -> TomlFiles.read(file))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(message)
                .hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void badValueNamesItsLine() throws IOException {
        assertSyntaxErrorAt("x = 1x\n[ok]\nk = 1\n", 1, "Invalid value: 1x");
        assertSyntaxErrorAt("# c\n\nx = 1x\n[ok]\nk = 1\n", 3, "Invalid value: 1x");
        assertSyntaxErrorAt("[ok]\nk = 1\n\nx = 1x\n", 4, "Invalid value: 1x");
        assertSyntaxErrorAt("[ok]\nk = 1\n\nx = 1x", 4, "Invalid value: 1x");
    }

    @Test
    void unclosedStringNamesItsLine() throws IOException {
        assertSyntaxErrorAt("x = \"abc\n[ok]\nk = 1\n", 1, "Invalid newline in basic string");
        assertSyntaxErrorAt("# c\n\nx = 'abc\n[ok]\nk = 1\n", 3, "Invalid newline in literal string");
        assertSyntaxErrorAt("[ok]\nk = 1\n\nx = \"abc\n", 4, "Invalid newline in basic string");
        assertSyntaxErrorAt("[ok]\nk = 1\n\nx = \"abc", 4, "Not enough data");
        assertSyntaxErrorAt("[ok]\nx = \"\"\"abc\n\nk = 1\n", 4, "Not enough data");
    }

    @Test
    void duplicateKeyNamesTheLineOfTheSecondDefinition() throws IOException {
        assertSyntaxErrorAt("t = { a = 1, a = 2 }\n[ok]\nk = 1\n", 1, "defined twice");
        assertSyntaxErrorAt("a = 1\n\na = 2\n[ok]\nk = 1\n", 3, "defined twice");
        assertSyntaxErrorAt("[ok]\nk = 1\n\nk = 2\n", 4, "defined twice");
        assertSyntaxErrorAt("[ok]\nk = 1\n\nk = 2", 4, "defined twice");
    }

    @Test
    void badTableHeaderNamesItsLine() throws IOException {
        assertSyntaxErrorAt("[t\nk = 1\n", 1, "Invalid separator");
        assertSyntaxErrorAt("# c\n\n[t.]\nk = 1\n", 3, "");
        assertSyntaxErrorAt("[ok]\nk = 1\n\n[t\n", 4, "Invalid separator");
        assertSyntaxErrorAt("[ok]\nk = 1\n\n[t", 4, "Not enough data");
    }

    @Test
    void errorsInsideTablesAndMultiLineValuesNameTheirLine() throws IOException {
        assertSyntaxErrorAt("[retort]\nurl = \"u\"\nversion_table = \"v\"\nurl = \"w\"\n", 4, "defined twice");
        assertSyntaxErrorAt("[retort]\nv = [\n  \"a\",\n  1x,\n]\n", 4, "Invalid value");
        assertSyntaxErrorAt("[retort]\r\nurl = \"u\r\n", 2, "string");
        assertSyntaxErrorAt("[retort]\nk = \"\"\"a\nb\"\"\"\nk = 1\n", 4, "defined twice");
    }

    @Test
    void redefinedTablesAreErrors() throws IOException {
        assertSyntaxErrorAt("[retort]\nurl = \"u\"\n[retort.hooks]\n[retort]\n", 4, "declared twice");
        assertSyntaxErrorAt("[retort]\nhooks = 1\n[retort.hooks]\n", 3, "defined twice");
        assertSyntaxErrorAt("[retort.model]\nsql = \"s\"\n[retort]\nmodel = 1\n", 4, "defined twice");
        assertSyntaxErrorAt("[retort]\nmodel.sql = \"s\"\n[retort.model]\n", 3, "declared twice");
    }

    @Test
    void messagesStayOnOneLine() throws IOException {
        assertSyntaxErrorAt("[retort\n", 1, "Invalid separator '\\n' in table name");
    }

    @Test
    void keysKeepFileOrderAndIntegersAreLongs() throws IOException {
        TomlTable toml = TomlFiles.read(write("""
                [retort]
                z = 1
                b = "s"
                m = [1, 9999999999]
                [retort.model]
                y = true
                a = { k = 2 }
                [retort.hooks]
                """));

        TomlTable retort = (TomlTable) toml.get("retort");
        assertThat(retort.keySet()).containsExactly("z", "b", "m", "model", "hooks");
        assertThat(retort.get("z")).isEqualTo(1L);
        assertThat(retort.get("m")).isEqualTo(List.of(1L, 9999999999L));
        TomlTable model = (TomlTable) retort.get("model");
        assertThat(model.keySet()).containsExactly("y", "a");
        assertThat(((TomlTable) model.get("a")).get("k")).isEqualTo(2L);
    }

    @Test
    void dottedKeysAreNotSplitOnLookUp() throws IOException {
        TomlTable toml = TomlFiles.read(write("\"a.b\" = 1\n"));

        assertThat(toml.get("a.b")).isEqualTo(1L);
        assertThat(toml.get("a")).isNull();
    }
}
