package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.RetortException;
import dev.retort.runtime.ChecksumCheck;
import dev.retort.runtime.StepLog;
import dev.retort.script.Revision;
import dev.retort.script.RevisionMap;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code retort validate [--accept REV]...}: the applied revisions whose files were edited after
 * they were applied, and those no file has any more (docs/validation.md). {@code --accept} first
 * records a revision's file as it is now as the one applied. Without it, read-only.
 */
public final class ValidateCommand {
    private ValidateCommand() {
    }

    /** @param accept revisions whose edits to accept (ids or partial ids); usually none */
    public static Result run(Project project, List<String> accept, Clock clock) {
        RevisionMap map = project.map();
        try (Session session = Session.online(project)) {
            List<Accepted> accepted = accept.isEmpty() ? List.of() : accept(session, map, accept, clock);
            Connection c = session.connection();
            return new Result(accepted, ChecksumCheck.check(c, session.versions(), map, session.versions().rows(c),
                    project.checksums()));
        }
    }

    private static List<Accepted> accept(Session session, RevisionMap map, List<String> revisions, Clock clock) {
        Connection c = session.connection();
        Set<String> applied = ChecksumCheck.applied(map, session.versions().rows(c));
        List<Accepted> accepted = new ArrayList<>();
        for (String id : revisions) {
            Revision rev = map.getRevision(id);
            if (rev == null || !applied.contains(rev.id())) {
                throw new RetortException("Can't accept " + id + ": the database has not applied it");
            }
            Path file = rev.script().path();
            accepted.add(new Accepted(rev.id(), file.toString(), ChecksumCheck.checksumOf(file)));
        }
        StepLog log = new StepLog(session.versions());
        try {
            session.versions().create(c);
            for (Accepted a : accepted) {
                log.accept(c, a.revision(), a.checksum(), Users.current(), clock.instant());
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new RetortException("Can't write to the log table " + log.name() + ": " + e.getMessage(), e);
        }
        return accepted;
    }

    /** A revision whose file's current checksum was recorded as the one applied. */
    public record Accepted(String revision, String file, String checksum) {
    }

    /** What was accepted, then the problems left; the CLI exits 1 when there are any. */
    public record Result(List<Accepted> accepted, List<ChecksumCheck.Problem> problems) implements Report {
        public boolean ok() {
            return problems.isEmpty();
        }

        @Override
        public void printText(PrintStream out) {
            for (Accepted a : accepted) {
                out.println("Accepted " + a.revision() + " " + a.file() + " (" + a.checksum() + ")");
            }
            for (ChecksumCheck.Problem p : problems) {
                out.println(p.text());
            }
            if (problems.isEmpty()) {
                out.println("No problems found.");
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeArrayFieldStart("accepted");
            for (Accepted a : accepted) {
                json.writeStartObject();
                json.writeStringField("revision", a.revision());
                json.writeStringField("file", a.file());
                json.writeStringField("checksum", a.checksum());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("problems");
            for (ChecksumCheck.Problem p : problems) {
                json.writeStartObject();
                json.writeStringField("revision", p.revision());
                json.writeStringField("problem", p.missing() ? "missing" : "edited");
                json.writeStringField("file", p.missing() ? null : p.file().toString());
                json.writeStringField("applied_checksum", p.applied());
                json.writeStringField("file_checksum", p.current());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }
}
