package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/commands.md keeps up with the CLI: every command has its own section ("### `name`") that
 * names each of its options, and every global option is in "## Global options".
 */
class CommandsDocTest {
    @Test
    void everyCommandAndEachOfItsOptionsIsDocumented() throws IOException {
        String doc = doc();
        for (CliCommand command : RetortCli.COMMANDS.values()) {
            String section = section(doc, "### `" + command.spec().name() + "`");
            for (CliOption option : command.spec().options()) {
                for (String name : option.names()) {
                    assertThat(section).as("docs/commands.md, section of " + command.spec().name() + ", names " + name)
                            .containsPattern("`" + java.util.regex.Pattern.quote(name) + "[ `]");
                }
            }
        }
    }

    @Test
    void everyGlobalOptionIsDocumented() throws IOException {
        String section = section(doc(), "## Global options");
        for (CliOption option : RetortCli.GLOBAL_OPTIONS) {
            for (String name : option.names()) {
                assertThat(section).as("docs/commands.md, global options, names " + name)
                        .containsPattern("`" + java.util.regex.Pattern.quote(name) + "[ `]");
            }
        }
    }

    /** From a heading to the next heading of the same or a higher level. */
    private static String section(String doc, String heading) {
        int start = doc.indexOf("\n" + heading + "\n");
        assertThat(start).as("docs/commands.md has the heading " + heading).isGreaterThanOrEqualTo(0);
        int level = heading.indexOf(' ');
        int end = doc.length();
        for (int n = 1; n <= level; n++) {
            int next = doc.indexOf("\n" + "#".repeat(n) + " ", start + heading.length() + 1);
            if (next >= 0 && next < end) {
                end = next;
            }
        }
        return doc.substring(start, end);
    }

    private static String doc() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("docs/commands.md");
            if (Files.isRegularFile(file)) {
                return Files.readString(file);
            }
        }
        throw new IllegalStateException("no docs/commands.md above " + Path.of("").toAbsolutePath());
    }
}
