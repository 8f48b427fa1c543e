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

class PostWriteHooksTest {
    @TempDir
    Path dir;
    final List<String> output = new ArrayList<>();

    @Test
    void runsEachHookInOrderWithTheFileSubstituted() throws IOException {
        Path file = Files.writeString(dir.resolve("a b.java"), "x");
        new PostWriteHooks(List.of("cp {file} {file}.bak", "sh -c 'echo formatted \"$1\"' hook {file}"), dir, output::add)
                .run(file);
        assertThat(dir.resolve("a b.java.bak")).hasContent("x");
        assertThat(output).containsExactly("formatted " + file);
    }

    @Test
    void aFailingHookIsNamedWithItsExitCode() {
        Path file = dir.resolve("x.java");
        PostWriteHooks hooks = new PostWriteHooks(List.of("true", "sh -c 'echo oops; exit 3'", "touch {file}"), dir, output::add);
        assertThatThrownBy(() -> hooks.run(file))
                .isInstanceOf(RetortException.class)
                .hasMessage("Post-write hook 'sh -c 'echo oops; exit 3'' failed with exit code 3");
        assertThat(output).containsExactly("oops");
        assertThat(file).doesNotExist();
    }

    @Test
    void aHookThatCannotStartIsNamed() {
        PostWriteHooks hooks = new PostWriteHooks(List.of("no-such-formatter-xyz {file}"), dir, output::add);
        assertThatThrownBy(() -> hooks.run(dir.resolve("x.java")))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("Post-write hook 'no-such-formatter-xyz {file}' could not start: ");
    }

    @Test
    void splitsOnWhitespaceWithQuotesGrouping() {
        assertThat(PostWriteHooks.split("  fmt --a=\"b c\" 'd e'f '' {file} "))
                .containsExactly("fmt", "--a=b c", "d ef", "", "{file}");
        assertThatThrownBy(() -> PostWriteHooks.split("fmt 'open"))
                .isInstanceOf(RetortException.class)
                .hasMessage("Post-write hook 'fmt 'open' has an unclosed quote");
        assertThatThrownBy(() -> new PostWriteHooks(List.of("  "), dir, output::add).run(dir))
                .isInstanceOf(RetortException.class)
                .hasMessage("Post-write hook '  ' is empty");
    }
}
