package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.script.Revision;
import dev.retort.script.RevisionMap;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** {@code retort branches}: every branch point with the revisions it branches into. */
public final class BranchesCommand {
    private BranchesCommand() {
    }

    public static Result run(Project project, boolean verbose) {
        RevisionMap map = project.map();
        List<BranchPoint> points = new ArrayList<>();
        for (Revision rev : project.plans().walkRevisions("base", "heads")) {
            if (rev.isBranchPoint()) {
                List<Revision> children = new ArrayList<>();
                for (String child : new TreeSet<>(rev.nextRevisions())) {
                    children.add(map.byId(child));
                }
                points.add(new BranchPoint(rev, children));
            }
        }
        return new Result(points, verbose);
    }

    /** A branch point and its children, sorted by id. */
    public record BranchPoint(Revision revision, List<Revision> children) {
    }

    public record Result(List<BranchPoint> branchPoints, boolean verbose) implements Report {
        @Override
        public void printText(PrintStream out) {
            RevisionText.Style childStyle = new RevisionText.Style(true, verbose, false, true);
            for (BranchPoint bp : branchPoints) {
                out.println(RevisionText.format(bp.revision(), verbose, RevisionText.Style.BRANCH_POINT, false));
                String indent = " ".repeat(bp.revision().id().length());
                for (Revision child : bp.children()) {
                    out.println(indent + " -> " + RevisionText.line(child, childStyle, false));
                }
                out.println();
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeArrayFieldStart("branch_points");
            for (BranchPoint bp : branchPoints) {
                json.writeStartObject();
                json.writeFieldName("revision");
                Reports.writeRevision(json, bp.revision(), false);
                Reports.writeRevisions(json, "branches_into", bp.children());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }
}
