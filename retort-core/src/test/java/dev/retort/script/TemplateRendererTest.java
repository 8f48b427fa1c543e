package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    @Test
    void replacesKnownPlaceholdersAndLeavesOthers() {
        String out = TemplateRenderer.render("id = \"${id}\" url = \"${DATABASE_URL:-x}\" ${other} $id {id}\n",
                Map.of("id", "a1"));
        assertThat(out).isEqualTo("id = \"a1\" url = \"${DATABASE_URL:-x}\" ${other} $id {id}\n");
    }

    @Test
    void dropsALineThatIsOnlyAnEmptyPlaceholder() {
        String out = TemplateRenderer.render("a\n  ${imports}\nb ${imports}\n${missing}\n${a}${b}\n",
                Map.of("imports", "", "a", "", "b", ""));
        assertThat(out).isEqualTo("a\nb \n${missing}\n\n");
    }

    @Test
    void indentsTheFollowingLinesOfAMultiLineValue() {
        String out = TemplateRenderer.render("{\n    ${body}\n}", Map.of("body", "one();\n\ntwo();"));
        assertThat(out).isEqualTo("{\n    one();\n\n    two();\n}");
    }

    @Test
    void keepsALastLineWithoutNewline() {
        assertThat(TemplateRenderer.render("x=${x}", Map.of("x", "1"))).isEqualTo("x=1");
        assertThat(TemplateRenderer.render("unclosed ${x", Map.of("x", "1"))).isEqualTo("unclosed ${x");
    }
}
