package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import com.electronwill.nightconfig.core.Config;
import com.electronwill.nightconfig.toml.TomlParser;
import java.nio.file.Files;

class ProjectInitializerTest {
    private static final ZonedDateTime DATE = ZonedDateTime.of(2026, 11, 23, 13, 40, 0, 0, ZoneId.of("UTC"));

    @TempDir
    Path root;
    final List<String> out = new ArrayList<>();
    final ProjectInitializer init = new ProjectInitializer(TemplateCatalog.builtIn(), out::add);

    @Test
    void genericCreatesTheProjectPrintingAlembicStyleStatusLines() throws IOException {
        Path dir = root.resolve("migrations");
        Path config = root.resolve("retort.toml");
        init.init(dir, "generic", config, null);

        assertThat(out).containsExactly(
                "  Creating directory " + dir + " ...  done",
                "  Creating directory " + dir.resolve("versions") + " ...  done",
                "  Creating directory " + dir.resolve("templates") + " ...  done",
                "  Generating " + dir.resolve("README") + " ...  done",
                "  Generating " + dir.resolve("templates/revision.java") + " ...  done",
                "  Generating " + dir.resolve("templates/revision.sql") + " ...  done",
                "  Generating " + config + " ...  done",
                "  Generating " + dir.resolve(".gitignore") + " ...  done",
                "  Please edit configuration/connection settings in '" + config + "' before proceeding.");
        assertThat(dir.resolve("versions")).isEmptyDirectory();
        assertThat(dir.resolve(".gitignore")).content().contains(".retort-cache/");
        assertThat(dir.resolve("README")).content().startsWith("Single database, Java revisions");
        String toml = Files.readString(config);
        assertThat(toml).contains("[retort]\nscript_location = \"migrations\"\n")
                .contains("url = \"${DATABASE_URL:-sqlite:///app.db}\"")
                .contains("schema = \"${schema:-}\"")
                .contains("version_table = \"retort_version\"")
                .contains("version_table_schema = \"${version_table_schema:-}\"")
                .contains("lock_timeout = \"${lock_timeout:-60s}\"")
                .contains("version_locations = [\"migrations/versions\"]")
                .contains("file_template = \"{rev}_{slug}\"")
                .contains("truncate_slug_length = 40")
                .contains("revision_format = \"java\"")
                .contains("transaction_per_migration = false")
                .contains("timezone = \"UTC\"")
                .contains("[retort.hooks]")
                .contains("[retort.model]")
                .doesNotContain("${script_location}");
    }

    @Test
    void theCreatedProjectLoadsAndItsTemplatesWriteReadableRevisions() {
        Path dir = root.resolve("migrations");
        init.init(dir, "generic", root.resolve("retort.toml"), null);
        ScriptDirectory scripts = ScriptDirectory.of(dir, List.of(dir.resolve("versions")));
        assertThat(scripts.loadScripts()).isEmpty();
        RevisionFileWriter writer = new RevisionFileWriter("{rev}_{slug}", 40);
        writer.write(dir.resolve("versions"), scripts.templateDirectory().resolve("revision.java"),
                NewRevision.of("a1", List.of(), "first", DATE));
        writer.write(dir.resolve("versions"), scripts.templateDirectory().resolve("revision.sql"),
                NewRevision.of("b2", List.of("a1"), "second", DATE));
        assertThat(scripts.loadScripts()).extracting(RevisionScript::id).containsExactly("a1", "b2");
    }

    @Test
    void sqlTemplateSelectsSqlRevisions() throws IOException {
        init.init(root.resolve("db"), "sql", root.resolve("retort.toml"), null);
        assertThat(root.resolve("retort.toml")).content().contains("revision_format = \"sql\"")
                .contains("script_location = \"db\"").contains("version_locations = [\"db/versions\"]");
        assertThat(root.resolve("db/README")).content().startsWith("Single database, SQL revisions");
    }

    @Test
    void multidbHasTwoFullSectionsWithTheirOwnUrlsAndVersions() throws IOException {
        Path dir = root.resolve("migrations");
        init.init(dir, "multidb", root.resolve("retort.toml"), null);
        String toml = Files.readString(root.resolve("retort.toml"));
        assertThat(toml).contains("[engine1]\nscript_location = \"migrations\"")
                .contains("[engine2]\nscript_location = \"migrations\"")
                .contains("url = \"${ENGINE1_DATABASE_URL:-sqlite:///engine1.db}\"")
                .contains("url = \"${ENGINE2_DATABASE_URL:-sqlite:///engine2.db}\"")
                .contains("version_locations = [\"migrations/engine1/versions\"]")
                .contains("version_locations = [\"migrations/engine2/versions\"]")
                .contains("[engine1.hooks]").contains("[engine2.model]")
                .doesNotContain("[retort]");
        assertThat(dir.resolve("engine1/versions")).isEmptyDirectory();
        assertThat(dir.resolve("engine2/versions")).isEmptyDirectory();
        assertThat(dir.resolve("README")).content().contains("-n engine1").contains("-n engine2");
        assertThat(toml.split("\\[engine1]")[1].split("\\[engine2]")[0].lines()
                .filter(l -> l.matches("[a-z_]+ = .*")).count())
                .isEqualTo(toml.split("\\[engine2]")[1].lines().filter(l -> l.matches("[a-z_]+ = .*")).count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"generic", "sql", "multidb"})
    void writtenConfigIsValidTomlWithTheDesignKeys(String template) throws IOException {
        init.init(root.resolve("migrations"), template, root.resolve("retort.toml"), null);
        Config toml = new TomlParser().parse(Files.readString(root.resolve("retort.toml")));
        List<String> sections = template.equals("multidb") ? List.of("engine1", "engine2") : List.of("retort");
        assertThat(toml.valueMap().keySet()).containsExactlyInAnyOrderElementsOf(sections);
        for (String section : sections) {
            Config table = toml.get(section);
            assertThat(table.valueMap().keySet()).containsExactlyInAnyOrder("script_location", "url", "schema",
                    "version_table", "version_table_schema", "lock_timeout", "version_locations", "file_template",
                    "truncate_slug_length", "revision_format", "transaction_per_migration", "timezone",
                    "hooks", "model");
            assertThat(((Config) table.get("hooks")).valueMap().keySet()).containsExactly("post_write");
            assertThat(((Config) table.get("model")).valueMap().keySet())
                    .containsExactlyInAnyOrder("classpath", "include_schemas", "exclude_tables");
            List<String> locations = table.get("version_locations");
            assertThat(locations.get(0))
                    .isEqualTo(template.equals("multidb") ? "migrations/" + section + "/versions" : "migrations/versions");
        }
    }

    @Test
    void packageGoesIntoTheJavaRevisionTemplate() throws IOException {
        Path dir = root.resolve("migrations");
        init.init(dir, "generic", root.resolve("retort.toml"), "com.example.migrations");
        assertThat(dir.resolve("templates/revision.java")).content()
                .contains(" */\npackage com.example.migrations;\nimport dev.retort.migration.*;")
                .doesNotContain("${package_line}");
        assertThat(root.resolve("retort.toml")).content().doesNotContain("com.example.migrations");
        Path file = new RevisionFileWriter("{rev}_{slug}", 40).write(dir.resolve("versions"),
                dir.resolve("templates/revision.java"), NewRevision.of("a1", List.of(), "first", DATE));
        assertThat(file).content().contains("package com.example.migrations;");
    }

    @Test
    void invalidPackageIsRefused() {
        assertThatThrownBy(() -> init.init(root.resolve("m"), "generic", root.resolve("retort.toml"), "com..x"))
                .isInstanceOf(RetortException.class)
                .hasMessage("'com..x' is not a Java package name");
        assertThat(root.resolve("m")).doesNotExist();
    }

    @Test
    void existingConfigIsKept() throws IOException {
        Path config = Files.writeString(root.resolve("retort.toml"), "# mine\n");
        init.init(root.resolve("migrations"), "generic", config, null);
        assertThat(out).contains("  File " + config + " already exists, skipping");
        assertThat(config).hasContent("# mine");
    }

    @Test
    void existingEmptyDirectoryIsUsed() throws IOException {
        Path dir = Files.createDirectories(root.resolve("migrations"));
        init.init(dir, "generic", root.resolve("retort.toml"), null);
        assertThat(out.get(0)).isEqualTo("  Creating directory " + dir.resolve("versions") + " ...  done");
        assertThat(dir.resolve("README")).exists();
    }

    @Test
    void refusesADirectoryThatIsNotEmpty() throws IOException {
        Path dir = Files.createDirectories(root.resolve("migrations"));
        Files.writeString(dir.resolve("keep.txt"), "x");
        assertThatThrownBy(() -> init.init(dir, "generic", root.resolve("retort.toml"), null))
                .isInstanceOf(RetortException.class)
                .hasMessage("Directory " + dir + " already exists and is not empty");
        assertThat(out).isEmpty();
        assertThat(dir).isDirectoryContaining(p -> p.getFileName().toString().equals("keep.txt"));
        assertThatThrownBy(() -> init.init(dir.resolve("keep.txt"), "generic", root.resolve("retort.toml"), null))
                .isInstanceOf(RetortException.class)
                .hasMessage("Directory " + dir.resolve("keep.txt") + " already exists and is not empty");
    }

    @Test
    void unknownTemplateIsRefusedBeforeAnythingIsCreated() {
        assertThatThrownBy(() -> init.init(root.resolve("m"), "nope", root.resolve("retort.toml"), null))
                .isInstanceOf(RetortException.class)
                .hasMessage("No such template 'nope'; known templates: generic, sql, multidb");
        assertThat(root.resolve("m")).doesNotExist();
    }

    @Test
    void scriptLocationIsRelativeToTheConfigFile() throws IOException {
        Path config = Files.createDirectories(root.resolve("conf")).resolve("retort.toml");
        init.init(root.resolve("db/migrations"), "generic", config, null);
        assertThat(config).content().contains("script_location = \"../db/migrations\"")
                .contains("version_locations = [\"../db/migrations/versions\"]");
    }
}
