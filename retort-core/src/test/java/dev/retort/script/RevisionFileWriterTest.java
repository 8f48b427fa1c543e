package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RevisionFileWriterTest {
    private static final ZonedDateTime DATE =
            ZonedDateTime.of(2026, 11, 23, 13, 40, 0, 123_456_000, ZoneId.of("UTC"));

    @TempDir
    Path dir;
    Path versions;
    final RevisionFileWriter writer = new RevisionFileWriter("{rev}_{slug}", 40);
    final HeaderReader reader = new HeaderReader();

    @BeforeEach
    void setUp() {
        versions = dir.resolve("versions");
    }

    /** The template that {@code init} writes, as a project would have it. */
    private Path template(ScriptFormat format) throws IOException {
        Path file = dir.resolve("templates/revision." + format.extension());
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, TemplateCatalog.resource("_shared/revision." + format.extension()));
        }
        return file;
    }

    private RevisionScript roundTrip(ScriptFormat format, NewRevision rev) throws IOException {
        Path file = writer.write(versions, template(format), rev);
        RevisionScript script = reader.read(file);
        assertThat(script.id()).isEqualTo(rev.id());
        assertThat(script.downRevisions()).isEqualTo(rev.downRevisions());
        assertThat(script.branchLabels()).isEqualTo(rev.branchLabels());
        assertThat(script.dependsOn()).isEqualTo(rev.dependsOn());
        assertThat(script.format()).isEqualTo(format);
        assertThat(script.path()).isEqualTo(file);
        assertThat(script.transactional()).isTrue();
        return script;
    }

    @ParameterizedTest
    @EnumSource(ScriptFormat.class)
    void rootRoundTrips(ScriptFormat format) throws IOException {
        RevisionScript s = roundTrip(format, NewRevision.of("0f9e8d7c6b5a", List.of(), "create account table", DATE));
        assertThat(s.doc()).isEqualTo("create account table");
        assertThat(s.longDoc()).isEqualTo("create account table\n\nRevision ID: 0f9e8d7c6b5a\nRevises: \n"
                + "Create Date: 2026-11-23 13:40:00.123456+00:00");
        assertThat(s.path().getFileName().toString())
                .isEqualTo("0f9e8d7c6b5a_create_account_table." + format.extension());
    }

    @ParameterizedTest
    @EnumSource(ScriptFormat.class)
    void normalRevisionRoundTrips(ScriptFormat format) throws IOException {
        RevisionScript s = roundTrip(format, NewRevision.of("1a2b3c4d5e6f", List.of("0f9e8d7c6b5a"), "add user email", DATE));
        assertThat(s.longDoc()).contains("Revises: 0f9e8d7c6b5a");
    }

    @ParameterizedTest
    @EnumSource(ScriptFormat.class)
    void mergeWithLabelsAndDependenciesRoundTrips(ScriptFormat format) throws IOException {
        RevisionScript s = roundTrip(format, NewRevision.of("m3", List.of("a1", "b2"), "merge a1 and b2", DATE)
                .withBranchLabels(List.of("release", "hotfix"))
                .withDependsOn(List.of("c3", "other_branch")));
        assertThat(s.longDoc()).contains("Revises: a1, b2");
    }

    @ParameterizedTest
    @EnumSource(ScriptFormat.class)
    void singleLabelAndDependencyRoundTrip(ScriptFormat format) throws IOException {
        roundTrip(format, NewRevision.of("s1", List.of("a1"), "one label", DATE)
                .withBranchLabels(List.of("feature"))
                .withDependsOn(List.of("d1")));
    }

    @ParameterizedTest
    @EnumSource(ScriptFormat.class)
    void emptyMessageIsAlembicsEmptyMessage(ScriptFormat format) throws IOException {
        RevisionScript s = roundTrip(format, NewRevision.of("e1", List.of(), null, DATE));
        assertThat(s.doc()).isEqualTo("empty message");
        assertThat(s.path().getFileName().toString()).isEqualTo("e1_." + format.extension());
    }

    @ParameterizedTest
    @EnumSource(ScriptFormat.class)
    void awkwardMessagesStayInTheirComment(ScriptFormat format) throws IOException {
        RevisionScript s = roundTrip(format, NewRevision.of("w1", List.of(), "fix */ and \\u002a/ \"quotes\"\nsecond line", DATE));
        assertThat(s.doc()).startsWith("fix *");
        assertThat(s.doc()).contains("second line");
    }

    @Test
    void javaFileLooksLikeTheDesignExample() throws IOException {
        Path file = writer.write(versions, template(ScriptFormat.JAVA),
                NewRevision.of("1a2b3c4d5e6f", List.of("0f9e8d7c6b5a"), "add user email", DATE));
        assertThat(Files.readString(file)).isEqualTo("""
                /* add user email
                 *
                 * Revision ID: 1a2b3c4d5e6f
                 * Revises: 0f9e8d7c6b5a
                 * Create Date: 2026-11-23 13:40:00.123456+00:00
                 */
                import dev.retort.migration.*;
                import static dev.retort.migration.Types.*;

                @Revision(id = "1a2b3c4d5e6f", down = "0f9e8d7c6b5a", branchLabels = {}, dependsOn = {})
                class AddUserEmail_1a2b3c4d5e6f implements Migration {
                    public void upgrade(Op op) {
                        // write the upgrade here, e.g. op.addColumn("account", column("email", varchar(255)).nullable());
                    }

                    public void downgrade(Op op) {
                        // write the downgrade here, e.g. op.dropColumn("account", "email");
                    }
                }
                """);
    }

    @Test
    void javaFileWithPackageImportsAndBodyAndMerge() throws IOException {
        Path file = writer.write(versions, template(ScriptFormat.JAVA),
                NewRevision.of("m3", List.of("a1", "b2"), "merge", DATE)
                        .withJavaPackage("com.example.db")
                        .withBody("import java.util.List;", "op.execute(\"a\");\nop.execute(\"b\");", "op.execute(\"c\");"));
        String text = Files.readString(file);
        assertThat(text).contains(" */\npackage com.example.db;\nimport dev.retort.migration.*;");
        assertThat(text).contains("import static dev.retort.migration.Types.*;\nimport java.util.List;\n");
        assertThat(text).contains("down = {\"a1\", \"b2\"}");
        assertThat(text).contains("class Merge_m3 implements Migration");
        assertThat(text).contains("        op.execute(\"a\");\n        op.execute(\"b\");\n    }");
        assertThat(text).contains("        op.execute(\"c\");\n    }");
    }

    @Test
    void sqlFileLooksLikeTheDesignExample() throws IOException {
        Path file = writer.write(versions, template(ScriptFormat.SQL),
                NewRevision.of("1a2b3c4d5e6f", List.of("0f9e8d7c6b5a"), "add user email", DATE));
        assertThat(Files.readString(file)).isEqualTo("""
                -- add user email
                --
                -- Revision ID: 1a2b3c4d5e6f
                -- Revises: 0f9e8d7c6b5a
                -- Create Date: 2026-11-23 13:40:00.123456+00:00

                -- retort: revision=1a2b3c4d5e6f down=0f9e8d7c6b5a
                -- retort: branch_labels= depends_on=
                -- retort: message=add user email
                -- retort: upgrade
                -- write the upgrade SQL here

                -- retort: downgrade
                -- write the downgrade SQL here
                """);
    }

    @Test
    void sqlMergeUsesCommaLists() throws IOException {
        Path file = writer.write(versions, template(ScriptFormat.SQL),
                NewRevision.of("m3", List.of("a1", "b2"), "merge", DATE).withBranchLabels(List.of("x", "y")));
        assertThat(Files.readString(file)).contains("-- retort: revision=m3 down=a1,b2\n-- retort: branch_labels=x,y depends_on=\n");
    }

    @Test
    void fileNameFollowsTheFileTemplateAndSlugLimit() throws IOException {
        RevisionFileWriter dated = new RevisionFileWriter("{year}{month}{day}_{rev}_{slug}", 10);
        Path file = dated.write(versions, template(ScriptFormat.SQL),
                NewRevision.of("abc", List.of(), "a rather long message indeed", DATE));
        assertThat(file).isEqualTo(versions.resolve("20261123_abc_a_rather_.sql"));
        assertThat(Files.readString(dated.write(versions, template(ScriptFormat.JAVA),
                NewRevision.of("abd", List.of(), "a rather long message indeed", DATE))))
                .contains("class ARather_abd implements Migration");
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        NewRevision rev = NewRevision.of("abc", List.of(), "same", DATE);
        Path file = writer.write(versions, template(ScriptFormat.JAVA), rev);
        Files.writeString(file, "edited");
        assertThatThrownBy(() -> writer.write(versions, template(ScriptFormat.JAVA), rev))
                .isInstanceOf(RetortException.class)
                .hasMessage("File " + file + " already exists; refusing to overwrite it");
        assertThat(Files.readString(file)).isEqualTo("edited");
    }

    @Test
    void refusesAnInvalidRevisionIdBeforeWriting() throws IOException {
        Path template = template(ScriptFormat.JAVA);
        assertThatThrownBy(() -> writer.write(versions, template, NewRevision.of("rev-1", List.of(), "x", DATE)))
                .isInstanceOf(RetortException.class)
                .hasMessage("Character(s) '-' not allowed in revision identifier 'rev-1'");
        assertThat(versions).doesNotExist();
    }

    @Test
    void missingTemplateIsAnError() {
        Path missing = dir.resolve("templates/revision.java");
        assertThatThrownBy(() -> writer.write(versions, missing, NewRevision.of("a1", List.of(), "x", DATE)))
                .isInstanceOf(RetortException.class)
                .hasMessageStartingWith("Revision template " + missing + " does not exist");
    }

    @Test
    void renderReturnsTheContentWithoutWriting() throws IOException {
        String text = writer.render(template(ScriptFormat.SQL), NewRevision.of("a1", List.of(), "x", DATE));
        assertThat(text).contains("-- retort: revision=a1 down=\n");
        assertThat(versions).doesNotExist();
        assertThat(writer.fileName(NewRevision.of("a1", List.of(), "x", DATE), ScriptFormat.SQL)).isEqualTo("a1_x.sql");
    }

    @Test
    void slugLimitMustBePositive() {
        assertThatThrownBy(() -> new RevisionFileWriter("{rev}", 0))
                .isInstanceOf(RetortException.class)
                .hasMessage("truncate_slug_length must be at least 1, not 0");
    }
}
