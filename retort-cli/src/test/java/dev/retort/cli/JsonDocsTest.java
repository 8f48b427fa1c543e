package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/json.md cannot drift from the CLI: it has a section for every command and names every error kind. */
class JsonDocsTest {
    private static final Path DOC = Path.of("..", "docs", "json.md");

    /** Every kind an error document can carry (RetortException#kind() and its subclasses, ErrorReport). */
    private static final List<String> KINDS = List.of("usage", "config", "revision", "connection", "migration",
            "compile", "lock_timeout", "checksum", "irreversible", "differences", "verify", "error", "internal");

    @Test
    void everyCommandHasASection() throws IOException {
        String doc = Files.readString(DOC);
        for (String command : RetortCli.COMMANDS.keySet()) {
            assertThat(doc).as("docs/json.md section for " + command).contains("\n### `" + command + "`\n");
        }
        assertThat(doc).contains("\n### `version`\n");
    }

    @Test
    void everyErrorKindIsARowOfTheKindsTable() throws IOException {
        String doc = Files.readString(DOC);
        for (String kind : KINDS) {
            assertThat(doc).as("docs/json.md row for kind " + kind).contains("\n| `" + kind + "` | ");
        }
        assertThat(doc).contains("| `schema` | number |", "| `command` | string or null |", "| `kind` | string |",
                "| `message` | string |");
    }
}
