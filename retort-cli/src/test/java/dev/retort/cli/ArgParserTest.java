package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written command-line parser, on retort's own options and commands. */
class ArgParserTest {
    private static ParsedArgs parse(String... args) throws UsageException {
        ParsedArgs parsed = ArgParser.parse(args, RetortCli.GLOBAL_OPTIONS, RetortCli.COMMANDS);
        ArgParser.checkPositionals(parsed);
        return parsed;
    }

    @Test
    void globalOptionsGoBeforeOrAfterTheCommand() throws UsageException {
        ParsedArgs before = parse("-c", "a.toml", "-v", "heads");
        ParsedArgs after = parse("heads", "--config=a.toml", "--verbose");
        for (ParsedArgs p : List.of(before, after)) {
            assertThat(p.command().spec().name()).isEqualTo("heads");
            assertThat(p.value("--config", null)).isEqualTo("a.toml");
            assertThat(p.has("--verbose")).isTrue();
        }
    }

    @Test
    void repeatableOptionsKeepEveryValueInOrderAndSingleOnesTheLast() throws UsageException {
        ParsedArgs p = parse("-x", "a=1", "-xb=2", "-x=c=3", "revision", "--format", "sql", "--format=json",
                "-m", "one", "--message", "two");
        assertThat(p.values("-x")).containsExactly("a=1", "b=2", "c=3");
        assertThat(p.values("--format")).containsExactly("sql", "json");
        assertThat(p.value("--message", null)).isEqualTo("two");
    }

    @Test
    void clusteredFlagsAttachedValuesAndValuesThatLookLikeOptions() throws UsageException {
        ParsedArgs p = parse("-qvc", "a.toml", "history", "-r", "-3:");
        assertThat(p.has("--quiet")).isTrue();
        assertThat(p.has("--verbose")).isTrue();
        assertThat(p.value("--config", null)).isEqualTo("a.toml");
        assertThat(p.value("--rev-range", null)).isEqualTo("-3:");
    }

    @Test
    void positionalsIncludingNegativeNumbersAndAfterDoubleDash() throws UsageException {
        assertThat(parse("merge", "a", "-1", "--", "--b").positionals()).containsExactly("a", "-1", "--b");
        assertThat(parse("show", "head").positional()).isEqualTo("head");
    }

    @Test
    void badUsageNamesTheProblemAndTheHelpToRead() {
        assertThatThrownBy(() -> parse("nope")).hasMessage("unknown command 'nope'")
                .extracting(e -> ((UsageException) e).hint()).isEqualTo("Run 'retort --help' for usage.");
        assertThatThrownBy(() -> parse("heads", "--nope")).hasMessage("unknown option '--nope'")
                .extracting(e -> ((UsageException) e).hint()).isEqualTo("Run 'retort heads --help' for usage.");
        assertThatThrownBy(() -> parse("-m", "x", "revision")).hasMessage("unknown option '-m'");
        assertThatThrownBy(() -> parse("heads", "-c")).hasMessage("option '-c' needs a value (FILE)");
        assertThatThrownBy(() -> parse("heads", "--verbose=yes")).hasMessage("option '--verbose' takes no value");
        assertThatThrownBy(() -> parse("show")).hasMessage("missing REV");
        assertThatThrownBy(() -> parse("show", "a", "b")).hasMessage("unexpected argument 'b'");
        assertThatThrownBy(() -> parse("merge")).hasMessage("missing REVS...");
    }
}
