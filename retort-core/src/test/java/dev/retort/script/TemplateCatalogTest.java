package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateCatalogTest {
    private final TemplateCatalog catalog = TemplateCatalog.builtIn();

    @Test
    void listsTheThreeTemplatesAsAlembicsListTemplates() {
        List<String> lines = new ArrayList<>();
        catalog.list(lines::add);
        assertThat(String.join("\n", lines)).isEqualTo("""
                Available templates:

                generic - Single database, Java revisions (compiled by retort at run time, never by your build).
                sql - Single database, SQL revisions (plain SQL files with -- retort: header lines).
                multidb - Two databases, each with its own revisions; pick one per run with -n engine1 or -n engine2.

                Templates are used via the 'init' command, e.g.:

                  retort init --template generic ./scripts""");
    }

    @Test
    void eachTemplateHasItsFilesAndConfig() {
        for (ProjectTemplate t : catalog.templates()) {
            assertThat(t.files()).extracting(ProjectTemplate.FileEntry::target)
                    .containsExactly("README", "templates/revision.java", "templates/revision.sql");
            for (ProjectTemplate.FileEntry f : t.files()) {
                assertThat(TemplateCatalog.text(f.resource())).isNotBlank();
            }
            assertThat(TemplateCatalog.text(t.configResource())).contains("script_location = \"${script_location}\"");
        }
        assertThat(catalog.get("generic").directories()).containsExactly("versions", "templates");
        assertThat(catalog.get("multidb").directories()).containsExactly("engine1/versions", "engine2/versions", "templates");
    }

    @Test
    void unknownTemplateListsTheKnownOnes() {
        assertThatThrownBy(() -> catalog.get("async"))
                .isInstanceOf(RetortException.class)
                .hasMessage("No such template 'async'; known templates: generic, sql, multidb");
    }
}
