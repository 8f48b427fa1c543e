package dev.retort.command;

import dev.retort.script.Revision;
import dev.retort.script.RevisionScript;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders a revision line for line as Alembic's {@code Script} does ({@code _head_only},
 * {@code log_entry}, {@code cmd_format}), so scripts that read Alembic's output read retort's.
 * Where Alembic's order comes from a Python set (branch labels, children) retort sorts by name.
 */
public final class RevisionText {
    private RevisionText() {
    }

    /** What {@link #line} adds to the bare id. */
    public record Style(boolean includeBranches, boolean includeDoc, boolean includeParents,
                        boolean treeIndicators) {
        /** {@code heads}: id, labels and head markers. */
        public static final Style HEADS = new Style(true, false, false, false);
        /** {@code branches}: id, labels, head and tree markers. */
        public static final Style BRANCH_POINT = new Style(true, false, false, true);
        /** {@code current}: id and markers. */
        public static final Style CURRENT = new Style(false, false, false, true);
        /** {@code history}: parents, id, labels, markers and message. */
        public static final Style HISTORY = new Style(true, true, true, true);
    }

    /** Alembic's {@code cmd_format}: the verbose entry or the one-line form. */
    public static String format(Revision rev, boolean verbose, Style style, boolean current) {
        return verbose ? logEntry(rev, current) : line(rev, style, current);
    }

    /** Alembic's {@code _head_only}. */
    public static String line(Revision rev, Style style, boolean current) {
        StringBuilder text = new StringBuilder();
        if (style.includeParents()) {
            text.append(formatDown(rev));
            if (!rev.dependencies().isEmpty()) {
                text.append(" (").append(comma(rev.dependencies())).append(')');
            }
            text.append(" -> ");
        }
        text.append(rev.id());
        if (style.includeBranches() && !rev.branchLabels().isEmpty()) {
            text.append(" (").append(comma(rev.branchLabels())).append(')');
        }
        if (rev.isRealHead()) {
            text.append(" (head)");
        } else if (rev.isHead()) {
            text.append(" (effective head)");
        }
        if (current) {
            text.append(" (current)");
        }
        if (style.treeIndicators()) {
            if (rev.isBranchPoint()) {
                text.append(" (branchpoint)");
            }
            if (rev.isMergePoint()) {
                text.append(" (mergepoint)");
            }
        }
        if (style.includeDoc()) {
            text.append(", ").append(doc(rev));
        }
        return text.toString();
    }

    /** Alembic's {@code log_entry}: a block ending in a newline. */
    public static String logEntry(Revision rev, boolean current) {
        return logEntry(rev, current, null);
    }

    /**
     * Alembic's {@code log_entry} with, when {@code irreversible} is not null, an
     * {@code Irreversible: <why>} line after {@code Path:} (retort's own; Alembic has none).
     */
    public static String logEntry(Revision rev, boolean current, String irreversible) {
        StringBuilder e = new StringBuilder("Rev: ").append(rev.id());
        if (rev.isHead()) {
            e.append(" (head)");
        }
        if (rev.isBranchPoint()) {
            e.append(" (branchpoint)");
        }
        if (rev.isMergePoint()) {
            e.append(" (mergepoint)");
        }
        if (current) {
            e.append(" (current)");
        }
        e.append('\n').append(rev.isMergePoint() ? "Merges: " : "Parent: ").append(formatDown(rev)).append('\n');
        if (!rev.dependencies().isEmpty()) {
            e.append("Also depends on: ").append(comma(rev.dependencies())).append('\n');
        }
        if (rev.isBranchPoint()) {
            e.append("Branches into: ").append(comma(new TreeSet<>(rev.nextRevisions()))).append('\n');
        }
        if (!rev.branchLabels().isEmpty()) {
            e.append("Branch names: ").append(comma(rev.branchLabels())).append('\n');
        }
        e.append("Path: ").append(path(rev)).append('\n');
        if (irreversible != null) {
            e.append("Irreversible: ").append(irreversible).append('\n');
        }
        e.append('\n');
        String longDoc = longDoc(rev);
        if (!longDoc.isEmpty()) {
            String[] paragraphs = longDoc.split("\\R", -1);
            for (int i = 0; i < paragraphs.length; i++) {
                e.append(i > 0 ? "\n" : "").append("    ").append(paragraphs[i]);
            }
        }
        return e.append('\n').toString();
    }

    static String formatDown(Revision rev) {
        return rev.downRevisions().isEmpty() ? "<base>" : comma(rev.downRevisions());
    }

    static String comma(Collection<String> values) {
        return String.join(", ", values);
    }

    static String doc(Revision rev) {
        RevisionScript s = rev.script();
        return s == null ? "" : s.doc();
    }

    static String longDoc(Revision rev) {
        RevisionScript s = rev.script();
        return s == null ? "" : s.longDoc();
    }

    static String path(Revision rev) {
        RevisionScript s = rev.script();
        return s == null ? "" : s.path().toString();
    }

    /** Ids of revisions, for JSON. */
    static List<String> ids(Collection<Revision> revs) {
        return revs.stream().map(Revision::id).toList();
    }
}
