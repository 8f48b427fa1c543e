package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.script.Revision;
import dev.retort.script.RevisionMap;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** {@code retort current}: the revisions the database is at. Read-only: creates nothing. */
public final class CurrentCommand {
    private CurrentCommand() {
    }

    public static Result run(Project project, boolean verbose) {
        RevisionMap map = project.map();
        try (Session session = Session.online(project)) {
            List<String> rows = session.currentRows(map);
            return new Result(session.url().masked(), map.traversal().allCurrent(rows), verbose);
        }
    }

    /** The current revisions (branch heads of what is applied) and the masked URL they were read from. */
    public record Result(String url, List<Revision> current, boolean verbose) implements Report {
        @Override
        public void printText(PrintStream out) {
            if (verbose) {
                out.println("Current revision(s) for " + url + ":");
            }
            for (Revision rev : current) {
                out.println(RevisionText.format(rev, verbose, RevisionText.Style.CURRENT, false));
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStringField("url", url);
            Reports.writeRevisions(json, "current", current);
        }
    }
}
