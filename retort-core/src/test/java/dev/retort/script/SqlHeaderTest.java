package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SqlHeaderTest {
    private static final Path FILE = Path.of("versions/1a2b3c4d5e6f_add_user_email.sql");
    private final HeaderReader reader = new HeaderReader();

    private RevisionScript read(String content) {
        return reader.read(FILE, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheDesignExample() {
        RevisionScript s = read("""
                -- retort: revision=1a2b3c4d5e6f down=0f9e8d7c6b5a
                -- retort: message=add user email
                -- retort: upgrade
                ALTER TABLE user_account ADD COLUMN email VARCHAR(255);
                -- retort: downgrade
                ALTER TABLE user_account DROP COLUMN email;
                """);
        assertThat(s.id()).isEqualTo("1a2b3c4d5e6f");
        assertThat(s.downRevisions()).containsExactly("0f9e8d7c6b5a");
        assertThat(s.branchLabels()).isEmpty();
        assertThat(s.dependsOn()).isEmpty();
        assertThat(s.longDoc()).isEqualTo("add user email");
        assertThat(s.headerLine()).isEqualTo(1);
        assertThat(s.format()).isEqualTo(ScriptFormat.SQL);
        assertThat(s.transactional()).isTrue();
    }

    @Test
    void leadingPlainCommentBlockIsTheDoc() {
        RevisionScript s = read("""
                -- add user email
                --
                -- Revision ID: 1a2b3c4d5e6f
                -- Revises:
                --   indented

                -- retort: revision=1a2b3c4d5e6f down=
                -- a plain comment between header lines is ignored
                -- retort: message=something else
                -- retort: upgrade
                """);
        assertThat(s.longDoc()).isEqualTo("add user email\n\nRevision ID: 1a2b3c4d5e6f\nRevises:\n  indented");
        assertThat(s.doc()).isEqualTo("add user email");
        assertThat(s.downRevisions()).isEmpty();
        assertThat(s.headerLine()).isEqualTo(7);
    }

    @Test
    void readsSeveralKeysPerLineAndMessageTakesTheRestOfTheLine() {
        RevisionScript s = read("--retort:   down=a1,b2   revision=m3 transactional=false\r\n"
                + "-- retort: branch_labels=feature,x depends_on=other message=merge  a1 = b2  \r\n"
                + "-- retort: upgrade\r\nSELECT 1;\r\n");
        assertThat(s.id()).isEqualTo("m3");
        assertThat(s.downRevisions()).containsExactly("a1", "b2");
        assertThat(s.branchLabels()).containsExactly("feature", "x");
        assertThat(s.dependsOn()).containsExactly("other");
        assertThat(s.transactional()).isFalse();
        assertThat(s.longDoc()).isEqualTo("merge  a1 = b2");
    }

    @Test
    void emptyListsAndNoMessageAreAllowed() {
        RevisionScript s = read("-- retort: revision=r1 down= branch_labels= depends_on=\n-- retort: upgrade\n");
        assertThat(s.downRevisions()).isEmpty();
        assertThat(s.branchLabels()).isEmpty();
        assertThat(s.dependsOn()).isEmpty();
        assertThat(s.longDoc()).isEmpty();
    }

    @Test
    void stopsReadingAtTheUpgradeLine() {
        RevisionScript s = read("-- retort: revision=r1 down=\n-- retort: upgrade\n-- retort: bogus=1\n");
        assertThat(s.id()).isEqualTo("r1");
    }

    private void assertError(String content, String message) {
        assertThatThrownBy(() -> read(content))
                .isInstanceOf(RetortException.class)
                .hasMessage(FILE + ":" + message);
    }

    @Test
    void missingUpgradeSectionIsAnError() {
        assertError("-- retort: revision=r1 down=\n-- retort: message=x\n",
                "1: missing the '-- retort: upgrade' line that starts the upgrade section");
        assertError("", "1: missing the '-- retort: upgrade' line that starts the upgrade section");
        assertError("-- retort: revision=r1 down=\nCREATE TABLE t (x int);\n-- retort: upgrade\n",
                "2: SQL before the '-- retort: upgrade' line");
        assertError("-- retort: revision=r1 down=\n-- retort: downgrade\n",
                "2: '-- retort: downgrade' before '-- retort: upgrade'");
    }

    @Test
    void missingIdOrDownIsAnError() {
        assertError("-- retort: down=\n-- retort: upgrade\n", "1: header has no revision= key");
        assertError("\n-- retort: revision=r1\n-- retort: upgrade\n",
                "2: header has no down= key (use an empty down= for a root revision)");
    }

    @Test
    void unknownOrBadKeysAreErrors() {
        assertError("-- retort: revision=r1 down=\n-- retort: labels=x\n-- retort: upgrade\n",
                "2: unknown header key 'labels'; known: revision, down, message, branch_labels, depends_on, transactional");
        assertError("-- retort: revision=r1 down= upgrades\n",
                "1: unparseable header item 'upgrades'; expected key=value, upgrade or downgrade");
        assertError("-- retort: revision=r1 down=a,,b\n-- retort: upgrade\n", "1: empty item in down=a,,b");
        assertError("-- retort: revision=r1 down= transactional=no\n-- retort: upgrade\n",
                "1: transactional must be true or false, not 'no'");
        assertError("-- retort: revision=r1 down= revision=r2\n-- retort: upgrade\n",
                "1: header key 'revision' given twice");
    }

    @Test
    void invalidIdsAreErrorsAtTheirLine() {
        assertError("\n-- retort: revision=no@at down=\n-- retort: upgrade\n",
                "2: Character(s) '@' not allowed in revision identifier 'no@at'");
        assertError("-- retort: revision=r1 down=" + "c".repeat(33) + "\n-- retort: upgrade\n",
                "1: Revision identifier '" + "c".repeat(33)
                        + "' has 33 characters; at most 32 fit the version table's VARCHAR(32) column");
    }
}
