package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.script.Revision;
import dev.retort.script.RevisionMap;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** {@code retort heads}: the current heads of the script directory. */
public final class HeadsCommand {
    private HeadsCommand() {
    }

    /**
     * @param resolveDependencies treat dependencies as down revisions, so a revision that others
     *                            depend on is not a head
     */
    public static Result run(Project project, boolean verbose, boolean resolveDependencies) {
        RevisionMap map = project.map();
        List<Revision> heads = resolveDependencies ? project.plans().revisions("heads")
                : map.getRevisions(map.heads());
        return new Result(heads, verbose);
    }

    /** The heads, in map order. */
    public record Result(List<Revision> heads, boolean verbose) implements Report {
        @Override
        public void printText(PrintStream out) {
            for (Revision rev : heads) {
                out.println(RevisionText.format(rev, verbose, RevisionText.Style.HEADS, false));
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            Reports.writeRevisions(json, "heads", heads);
        }
    }
}
