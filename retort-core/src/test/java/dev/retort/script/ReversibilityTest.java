package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which revisions {@code history -v} marks irreversible and {@code downgrade} refuses to cross. */
class ReversibilityTest {
    @TempDir
    Path dir;

    @Test
    void anSqlFileWithoutADowngradeSectionIsIrreversible() {
        assertThat(Reversibility.sql("-- retort: revision=a1 down=\n-- retort: upgrade\nCREATE TABLE t (id INT);\n"))
                .contains("no downgrade");
        assertThat(Reversibility.sql("-- retort: upgrade\nCREATE TABLE t (id INT);\n--retort: downgrade\r\n"
                + "DROP TABLE t;\n")).isEmpty();
    }

    @Test
    void aJavaDowngradeWithAnEmptyBodyIsIrreversible() {
        assertThat(Reversibility.java(java("op.dropTable(\"t\");", "// nothing to undo: { }\n    /* } */")))
                .contains("empty downgrade");
        assertThat(Reversibility.java(java("op.dropTable(\"t\");", ""))).contains("empty downgrade");
    }

    @Test
    void aJavaRevisionWithBothBodiesEmptyIsReversible() {
        // what `retort merge` writes: undoing an empty upgrade is doing nothing
        assertThat(Reversibility.java(java("", ""))).isEmpty();
        assertThat(Reversibility.java(java("// merge\n", "/* } */"))).isEmpty();
        assertThat(Reversibility.java(java("op.x();", ""))).contains("empty downgrade");
    }

    @Test
    void aJavaDowngradeThatOnlyThrowsIsIrreversible() {
        assertThat(Reversibility.java(java("op.x();", "throw new UnsupportedOperationException(\"data is gone\");")))
                .contains("downgrade throws UnsupportedOperationException");
    }

    @Test
    void aJavaDowngradeThatDoesSomethingIsReversible() {
        assertThat(Reversibility.java(java("op.x();", "op.execute(\"SELECT '}'\");"))).isEmpty();
        assertThat(Reversibility.java(java("op.x();", "if (true) { op.dropTable(\"t\"); }"))).isEmpty();
    }

    @Test
    void aDeclaredIrreversibleRevisionIsIrreversibleWhateverItsDowngrade() throws IOException {
        Path file = dir.resolve("a1_x.java");
        Files.writeString(file, "@Revision(id = \"a1\", down = \"\", irreversible = true)\n"
                + java("op.x();", "op.y();"));
        RevisionScript script = new HeaderReader().read(file);
        assertThat(script.irreversible()).isTrue();
        assertThat(Reversibility.irreversible(script)).contains("declared irreversible");
    }

    @Test
    void aFileThatCannotBeReadIsNotMarked() {
        RevisionScript script = new RevisionScript("a1", List.of(), List.of(), List.of(), "", dir.resolve("gone.sql"),
                1, ScriptFormat.SQL, true, false);
        assertThat(Reversibility.irreversible(script)).isEmpty();
    }

    private static String java(String upgrade, String downgrade) {
        return "class A implements Migration {\n"
                + "    public void upgrade(Op op) {\n        " + upgrade + "\n    }\n\n"
                + "    @Override\n    public void downgrade(final Op op) {\n        " + downgrade + "\n    }\n}\n";
    }
}
