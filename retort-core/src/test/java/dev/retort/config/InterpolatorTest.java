package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolatorTest {
    private static final String WHERE = "key 'url' in [retort] of /p/retort.toml";

    private static String expand(String text, Map<String, String> x, Map<String, String> env) {
        return new Interpolator(x, env, Path.of("/p")).interpolate(text, WHERE);
    }

    private static String expand(String text) {
        return expand(text, Map.of(), Map.of());
    }

    @Test
    void xArgumentWinsOverEnvironment() {
        assertThat(expand("${schema}", Map.of("schema", "from_x"), Map.of("schema", "from_env"))).isEqualTo("from_x");
        assertThat(expand("${schema}", Map.of(), Map.of("schema", "from_env"))).isEqualTo("from_env");
    }

    @Test
    void defaultIsUsedWhenUndefinedOrEmpty() {
        assertThat(expand("${A:-fallback}")).isEqualTo("fallback");
        assertThat(expand("${A:-fallback}", Map.of("A", ""), Map.of())).isEqualTo("fallback");
        assertThat(expand("${A:-fallback}", Map.of(), Map.of("A", "set"))).isEqualTo("set");
    }

    @Test
    void defaultMayBeEmptyOrHoldColonsAndSlashes() {
        assertThat(expand("${schema:-}")).isEmpty();
        assertThat(expand("${DATABASE_URL:-sqlite:///app.db}")).isEqualTo("sqlite:///app.db");
        assertThat(expand("${DATABASE_URL:-postgresql://u:p@h:5432/db?x=1}")).isEqualTo("postgresql://u:p@h:5432/db?x=1");
    }

    @Test
    void defaultMayHoldReferencesThatAreOnlyResolvedWhenNeeded() {
        assertThat(expand("${URL:-sqlite:///${here}/app.db}")).isEqualTo("sqlite:////p/app.db");
        assertThat(expand("${URL:-${UNDEFINED}}", Map.of(), Map.of("URL", "set"))).isEqualTo("set");
    }

    @Test
    void hereIsTheConfigDirectory() {
        assertThat(expand("${here}/migrations", Map.of("here", "ignored"), Map.of())).isEqualTo("/p/migrations");
    }

    @Test
    void doubleDollarIsALiteralDollarAndLoneDollarIsKept() {
        assertThat(expand("pa$$word")).isEqualTo("pa$word");
        assertThat(expand("$${HOME}")).isEqualTo("${HOME}");
        assertThat(expand("cost $5 and }")).isEqualTo("cost $5 and }");
        assertThat(expand("${A:-a$$b}")).isEqualTo("a$b");
    }

    @Test
    void substitutedValuesAreNotExpandedAgain() {
        assertThat(expand("${A}", Map.of(), Map.of("A", "${B}"))).isEqualTo("${B}");
    }

    @Test
    void textAroundReferencesIsKept() {
        assertThat(expand("postgresql://${USER}@${HOST:-localhost}/db", Map.of("USER", "bob"), Map.of()))
                .isEqualTo("postgresql://bob@localhost/db");
    }

    @Test
    void undefinedNameIsAnErrorSayingHowToSetIt() {
        assertThatThrownBy(() -> expand("${DATABASE_URL}"))
                .isInstanceOf(RetortException.class)
                .hasMessage("Undefined variable 'DATABASE_URL' in key 'url' in [retort] of /p/retort.toml; set it with "
                        + "-x DATABASE_URL=... or the environment variable DATABASE_URL, or give a default: ${DATABASE_URL:-value}");
    }

    @Test
    void malformedReferencesAreErrors() {
        assertThatThrownBy(() -> expand("${A")).isInstanceOf(RetortException.class).hasMessageStartingWith("Unterminated '${'");
        assertThatThrownBy(() -> expand("${A:-b")).isInstanceOf(RetortException.class).hasMessageStartingWith("Unterminated '${'");
        assertThatThrownBy(() -> expand("${}")).isInstanceOf(RetortException.class).hasMessageStartingWith("Malformed '${'");
        assertThatThrownBy(() -> expand("${A B}")).isInstanceOf(RetortException.class).hasMessageStartingWith("Malformed '${'");
    }
}
