package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.RetortException;
import dev.retort.script.Revision;
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

        boolean mentionsCurrent() {
            return "current".equals(base) || "current".equals(head);
        }
    }

    public static Result run(Project project, Range range, boolean verbose) {
        if (range.mentionsCurrent()) {
            throw new RetortException("A history range with 'current' reads the database's version table; "
                    + "give revision ids instead");
        }
        return new Result(project.plans().walkRevisions(range.base(), range.head()), verbose);
    }

    /** Revisions newest first. */
    public record Result(List<Revision> revisions, boolean verbose) implements Report {
        @Override
        public void printText(PrintStream out) {
            for (Revision rev : revisions) {
                out.println(RevisionText.format(rev, verbose, RevisionText.Style.HISTORY, false));
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            Reports.writeRevisions(json, "revisions", revisions);
        }
    }
}
