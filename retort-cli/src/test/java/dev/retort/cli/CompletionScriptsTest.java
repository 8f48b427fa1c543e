package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion scripts, asked by a real bash the way bash asks them (COMP_WORDS, COMP_CWORD):
 * every command and every option of the CLI's specs is offered, so the scripts cannot drift from
 * the parser.
 */
class CompletionScriptsTest {
    @TempDir
    static Path dir;
    static Path bashScript;

    @BeforeAll
    static void write() throws IOException {
        CompletionScripts.ofThisCli().writeTo(dir);
        bashScript = dir.resolve(CompletionScripts.BASH_FILE);
    }

    @Test
    void anEmptyWordCompletesEveryCommand() throws Exception {
        assertThat(complete("retort", "")).containsExactlyInAnyOrderElementsOf(RetortCli.COMMANDS.keySet());
    }

    @Test
    void aPartialCommandCompletesToTheCommandsItStarts() throws Exception {
        assertThat(complete("retort", "up")).containsExactly("upgrade");
        assertThat(complete("retort", "-v", "--url", "sqlite://", "he")).containsExactlyInAnyOrder("heads", "help");
    }

    @Test
    void aDashAfterEachCommandOffersItsOwnOptionsAndTheGlobalOnes() throws Exception {
        for (CliCommand command : RetortCli.COMMANDS.values()) {
            List<String> expected = new ArrayList<>();
            RetortCli.GLOBAL_OPTIONS.forEach(o -> expected.addAll(o.names()));
            command.spec().options().forEach(o -> expected.addAll(o.names()));
            assertThat(complete("retort", command.spec().name(), "-")).as(command.spec().name())
                    .containsExactlyInAnyOrderElementsOf(expected.stream().distinct().toList());
        }
    }

    @Test
    void optionValuesAndPositionalsComplete() throws Exception {
        assertThat(complete("retort", "revision", "--format", "j")).containsExactlyInAnyOrder("java", "json");
        assertThat(complete("retort", "init", "-t", "")).contains("generic", "sql", "multidb");
        assertThat(complete("retort", "upgrade", "--sql", "h")).containsExactlyInAnyOrder("head", "heads");
        assertThat(complete("retort", "help", "dow")).containsExactly("downgrade");
        assertThat(complete("retort", "--sql")).isEmpty();
    }

    @Test
    void theZshScriptNamesEveryCommandAndOption() throws IOException {
        String zsh = Files.readString(dir.resolve(CompletionScripts.ZSH_FILE));
        assertThat(zsh).startsWith("#compdef retort\n");
        for (CliCommand command : RetortCli.COMMANDS.values()) {
            assertThat(zsh).contains("'" + command.spec().name() + ":").contains("        " + command.spec().name() + ")\n");
            for (CliOption option : command.spec().options()) {
                for (String name : option.names()) {
                    assertThat(zsh).contains("'*" + name + "[");
                }
            }
        }
    }

    /** What {@code _retort} puts in COMPREPLY for the words, the cursor on the last one. */
    static List<String> complete(String... words) throws IOException, InterruptedException {
        return complete(bashScript, words);
    }

    static List<String> complete(Path script, String... words) throws IOException, InterruptedException {
        String array = Arrays.stream(words).map(w -> "'" + w.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
        String program = "source '" + script + "' && COMP_WORDS=(" + array + ") && COMP_CWORD="
                + (words.length - 1) + " && _retort && printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process process = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program)
                .directory(script.getParent().toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output.lines().filter(line -> !line.isEmpty()).toList();
    }
}
