package dev.retort.script;

import java.nio.file.Path;
import java.util.List;

/**
 * A revision file's header as read from disk (Java {@code @Revision} or SQL {@code -- retort:}
 * lines), without compiling anything. Immutable.
 *
 * @param id            the revision id
 * @param downRevisions ids this revision revises; empty for a root, several for a merge
 * @param branchLabels  branch labels declared on this revision
 * @param dependsOn     ids, partial ids or labels this revision depends on
 * @param longDoc       the whole doc text (Java: the leading block comment, stripped; SQL: the
 *                      message); its first paragraph is the message Alembic calls {@code doc}
 * @param path          the file
 * @param headerLine    1-based line of the header ({@code @Revision} or {@code -- retort: revision=})
 * @param format        Java or SQL
 * @param transactional false when the file opts out of the run's transaction
 * @param irreversible  true when the header declares the revision irreversible (Java
 *                      {@code @Revision(irreversible = true)})
 */
public record RevisionScript(
        String id,
        List<String> downRevisions,
        List<String> branchLabels,
        List<String> dependsOn,
        String longDoc,
        Path path,
        int headerLine,
        ScriptFormat format,
        boolean transactional,
        boolean irreversible) {

    public RevisionScript {
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        longDoc = longDoc == null ? "" : longDoc;
    }

    /** The first paragraph of the doc text: the revision's message. */
    public String doc() {
        int blank = longDoc.indexOf("\n\n");
        return blank < 0 ? longDoc : longDoc.substring(0, blank);
    }
}
