package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.RetortException;
import dev.retort.script.Ident;
import dev.retort.script.Revision;
import dev.retort.script.Reversibility;
import java.util.Set;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** {@code retort history}: revisions from the heads down to base, or within a range. */
public final class HistoryCommand {
    private HistoryCommand() {
    }

    /** The two ends of {@code -r start:end}; null means base or heads. */
    public record Range(String base, String head) {
        public static final Range ALL = new Range(null, null);

        /** Parses {@code [start]:[end]} as Alembic does. */
        public static Range parse(String text) {
            if (text == null) {
                return ALL;
            }
            String s = text.strip();
            int colon = s.indexOf(':');
            if (colon < 0 || s.indexOf(':', colon + 1) >= 0) {
                throw new RetortException("History range requires [start]:[end], [start]:, or :[end]");
            }
            String base = s.substring(0, colon);
            String head = s.substring(colon + 1);
            return new Range(base.isEmpty() ? null : base, head.isEmpty() ? null : head);
        }

        public boolean mentionsCurrent() {
            return "current".equals(base) || "current".equals(head);
        }
    }

    /** History from the script files alone. */
    public static Result run(Project project, Range range, boolean verbose) {
        if (range.mentionsCurrent()) {
            return run(project, range, verbose, false);
        }
        return new Result(project.plans().walkRevisions(range.base(), range.head()), verbose, Set.of());
    }

    /**
     * History that reads the database's version rows: for {@code current} as an end of the range,
     * and for {@code -i} (mark the current revisions). Read-only: creates nothing.
     */
    public static Result run(Project project, Range range, boolean verbose, boolean indicateCurrent) {
        if (!indicateCurrent && !range.mentionsCurrent()) {
            return run(project, range, verbose);
        }
        List<String> rows;
        try (Session session = Session.online(project)) {
            rows = session.currentRows(project.map());
        }
        Ident lower = "current".equals(range.base()) ? Ident.of(rows) : Ident.of(range.base() == null ? "base" : range.base());
        Ident upper = "current".equals(range.head()) ? Ident.of(rows) : Ident.of(range.head() == null ? "heads" : range.head());
        return new Result(project.plans().walkRevisions(lower, upper), verbose,
                indicateCurrent ? Set.copyOf(rows) : Set.of());
    }

    /** Why the revision cannot be undone (read from its file), or null. */
    private static String irreversible(Revision rev) {
        return rev.script() == null ? null : Reversibility.irreversible(rev.script()).orElse(null);
    }

    /** Revisions newest first; verbose entries mark the irreversible ones. */
    public record Result(List<Revision> revisions, boolean verbose, Set<String> current) implements Report {
        @Override
        public void printText(PrintStream out) {
            for (Revision rev : revisions) {
                boolean isCurrent = current.contains(rev.id());
                out.println(verbose ? RevisionText.logEntry(rev, isCurrent, irreversible(rev))
                        : RevisionText.line(rev, RevisionText.Style.HISTORY, isCurrent));
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeArrayFieldStart("revisions");
            for (Revision rev : revisions) {
                Reports.writeRevision(json, rev, current.contains(rev.id()));
            }
            json.writeEndArray();
        }
    }
}
