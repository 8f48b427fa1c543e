package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.RetortException;
import dev.retort.script.Revision;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** {@code retort show REV}: the full entry of each revision a symbol names. */
public final class ShowCommand {
    private ShowCommand() {
    }

    public static Result run(Project project, String rev) {
        if ("current".equals(rev)) {
            throw new RetortException("'show current' reads the database's version table; use 'retort current -v'");
        }
        List<Revision> revisions = project.plans().revisions(rev).stream()
                .filter(r -> r != null).toList();
        return new Result(revisions);
    }

    public record Result(List<Revision> revisions) implements Report {
        @Override
        public void printText(PrintStream out) {
            for (Revision r : revisions) {
                out.println(RevisionText.logEntry(r, false));
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            Reports.writeRevisions(json, "revisions", revisions);
        }
    }
}
