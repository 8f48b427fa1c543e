package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JavaHeaderTest {
    private static final Path FILE = Path.of("versions/1a2b3c4d5e6f_add_user_email.java");
    private final HeaderReader reader = new HeaderReader();

    private RevisionScript read(String content) {
        return reader.read(FILE, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheDesignExample() {
        RevisionScript s = read("""
                /* add user email
                 *
                 * Revision ID: 1a2b3c4d5e6f
                 * Revises: 0f9e8d7c6b5a
                 * Create Date: 2026-11-23 13:40:00 UTC
                 */
                import dev.retort.migration.*;
                import static dev.retort.migration.Types.*;

                @Revision(id = "1a2b3c4d5e6f", down = "0f9e8d7c6b5a", branchLabels = {}, dependsOn = {})
                class AddUserEmail implements Migration {
                    public void upgrade(Op op) {
                        op.addColumn("user_account", column("email", varchar(255)).nullable());
                    }
                }
                """);
        assertThat(s.id()).isEqualTo("1a2b3c4d5e6f");
        assertThat(s.downRevisions()).containsExactly("0f9e8d7c6b5a");
        assertThat(s.branchLabels()).isEmpty();
        assertThat(s.dependsOn()).isEmpty();
        assertThat(s.longDoc()).isEqualTo("add user email\n\nRevision ID: 1a2b3c4d5e6f\n"
                + "Revises: 0f9e8d7c6b5a\nCreate Date: 2026-11-23 13:40:00 UTC");
        assertThat(s.doc()).isEqualTo("add user email");
        assertThat(s.headerLine()).isEqualTo(10);
        assertThat(s.format()).isEqualTo(ScriptFormat.JAVA);
        assertThat(s.transactional()).isTrue();
        assertThat(s.path()).isEqualTo(FILE);
    }

    @Test
    void emptyDownIsARoot() {
        RevisionScript s = read("@Revision(id = \"a1\", down = \"\")\nclass A {}");
        assertThat(s.downRevisions()).isEmpty();
        assertThat(s.longDoc()).isEmpty();
        assertThat(s.headerLine()).isEqualTo(1);
    }

    @Test
    void readsMergesLabelsDependenciesAndTransactionalInAnyOrderAcrossLines() {
        RevisionScript s = read("""
                // a line comment
                /* not the doc: only a leading block comment is */
                package com.example.migrations;

                import dev.retort.migration.*;

                @SuppressWarnings({"unused", "a)b"})
                public final @dev.retort.migration.Revision(
                        transactional = false,   // outside the transaction
                        dependsOn = "other_branch",
                        /* labels */ branchLabels = {"feature", "x",},
                        down = {"a1",
                                "b2"},
                        id="m3")
                class Merge implements Migration {}
                """);
        assertThat(s.id()).isEqualTo("m3");
        assertThat(s.downRevisions()).containsExactly("a1", "b2");
        assertThat(s.branchLabels()).containsExactly("feature", "x");
        assertThat(s.dependsOn()).containsExactly("other_branch");
        assertThat(s.transactional()).isFalse();
        assertThat(s.headerLine()).isEqualTo(8);
        assertThat(s.longDoc()).isEmpty();
    }

    @Test
    void docIsTheLeadingBlockCommentWithoutStarsOrJavadocMarker() {
        RevisionScript s = read("\uFEFF/**\n * Übersetzung hinzufügen\n * second line\n *\n * more\n */\n"
                + "@Revision(id = \"a1\", down = {})\nclass A {}");
        assertThat(s.longDoc()).isEqualTo("Übersetzung hinzufügen\nsecond line\n\nmore");
        assertThat(s.doc()).isEqualTo("Übersetzung hinzufügen\nsecond line");
        assertThat(s.headerLine()).isEqualTo(7);
    }

    @Test
    void readsEscapesInStrings() {
        RevisionScript s = read("@Revision(id = \"a1\", down = \"\", branchLabels = \"say \\\"hi\\\"\")\nclass A {}");
        assertThat(s.branchLabels()).containsExactly("say \"hi\"");
    }

    @Test
    void stopsReadingAtTheEndOfTheAnnotation() {
        RevisionScript s = read("@Revision(id = \"a1\", down = \"\") class A { this is not java \"");
        assertThat(s.id()).isEqualTo("a1");
    }

    private void assertError(String content, String message) {
        assertThatThrownBy(() -> read(content))
                .isInstanceOf(RetortException.class)
                .hasMessage(FILE + ":" + message);
    }

    @Test
    void missingAnnotationIsAnErrorAtTheClass() {
        assertError("import x.*;\n\nclass A {}", "3: no @Revision annotation before the class declaration");
        assertError("// nothing\n", "2: no @Revision annotation found");
    }

    @Test
    void missingIdOrDownIsAnError() {
        assertError("\n@Revision(down = \"\")\nclass A {}", "2: @Revision has no id");
        assertError("@Revision(id = \"a1\")\nclass A {}",
                "1: @Revision has no down (use down = \"\" for a root revision)");
        assertError("@Revision()\nclass A {}", "1: @Revision has no id");
    }

    @Test
    void unknownAttributeIsAnError() {
        assertError("@Revision(id = \"a1\",\n  down = \"\",\n  label = \"x\")",
                "3: unknown attribute 'label' in @Revision; known: id, down, branchLabels, dependsOn, transactional, "
                        + "irreversible");
    }

    @Test
    void unparseableValuesAreErrors() {
        assertError("@Revision(id = ID, down = \"\")", "1: unparseable value of 'id': expected a string literal");
        assertError("@Revision(id = \"a\" + \"b\", down = \"\")", "1: unparseable @Revision: expected ',' or ')'");
        assertError("@Revision(id = \"a1\", down = {\"x\" \"y\"})", "1: unparseable value of 'down': expected ',' or '}'");
        assertError("@Revision(id = \"a1\", down = \"\", transactional = no)",
                "1: unparseable value of 'transactional': expected true or false");
        assertError("@Revision(id = \"a1\", down = \"\", dependsOn = \"\")",
                "1: empty string in 'dependsOn'; use {} for none");
        assertError("@Revision(id = \"a1\", id = \"a2\", down = \"\")", "1: attribute 'id' given twice in @Revision");
        assertError("@Revision(\"a1\")", "1: unparseable @Revision: expected an attribute name "
                + "(id, down, branchLabels, dependsOn, transactional, irreversible)");
        assertError("@Revision(id = \"a1\n\", down = \"\")", "1: unterminated string in 'id'");
    }

    @Test
    void malformedHeadersAreErrors() {
        assertError("/* never closed\n@Revision(id = \"a1\", down = \"\")", "1: unterminated /* comment");
        assertError("\nhello world", "2: malformed header: unexpected 'hello' before @Revision");
        assertError("#!", "1: malformed header: unexpected '#' before @Revision");
        assertError("@Revision id = \"a1\"", "1: unparseable @Revision: expected '(' after @Revision");
    }

    @Test
    void invalidIdsAreErrorsAtTheirLine() {
        assertError("@Revision(\n id = \"" + "a".repeat(33) + "\", down = \"\")",
                "2: Revision identifier '" + "a".repeat(33)
                        + "' has 33 characters; at most 32 fit the version table's VARCHAR(32) column");
        assertError("@Revision(id = \"a1\",\n down = \"rev-1\")",
                "2: Character(s) '-' not allowed in revision identifier 'rev-1'");
    }
}
