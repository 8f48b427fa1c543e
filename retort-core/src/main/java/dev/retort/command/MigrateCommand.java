package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.RetortException;
import dev.retort.config.RetortConfig;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.OfflineWriter;
import dev.retort.runtime.Progress;
import dev.retort.runtime.load.LoadedRevision;
import dev.retort.runtime.StepText;
import dev.retort.script.Ident;
import dev.retort.script.MigrationStep;
import dev.retort.script.Revision;
import dev.retort.script.RevisionMap;
import dev.retort.script.RevisionScript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code retort upgrade TARGET} and {@code retort downgrade TARGET}, online or with {@code --sql}. */
public final class MigrateCommand {
    private MigrateCommand() {
    }

    /**
     * @param upgrade true for upgrade, false for downgrade
     * @param target  the target, or {@code from:to} with {@code --sql}
     * @param sql     write SQL instead of running it
     * @param tag     {@code --tag}: written at the head of offline SQL
     * @param force   downgrade across irreversible revisions ({@code --force})
     * @param ignoreChecksums upgrade although applied files were edited ({@code --ignore-checksums})
     */
    public record Request(boolean upgrade, String target, boolean sql, String tag, boolean force,
                          boolean ignoreChecksums) {
        /** A request with every check on. */
        public Request(boolean upgrade, String target, boolean sql, String tag) {
            this(upgrade, target, sql, tag, false, false);
        }
    }

    public static Result run(Project project, Request request, Progress progress, Clock clock) {
        String start = null;
        String target = request.target();
        int colon = target.indexOf(':');
        if (colon >= 0) {
            if (!request.sql()) {
                throw new RetortException("Range revision not allowed");
            }
            start = target.substring(0, colon);
            target = target.substring(colon + 1);
        } else if (request.sql() && !request.upgrade()) {
            throw new RetortException("downgrade with --sql requires <fromrev>:<torev>");
        }
        return request.sql() ? offline(project, request, start, target) : online(project, request, target, progress, clock);
    }

    private static Result online(Project project, Request request, String target, Progress progress, Clock clock) {
        RetortConfig config = project.config();
        RevisionMap map = project.map();
        try (Session session = Session.migrating(project, progress)) {
            List<String> rows = session.currentRows(map);
            if (request.upgrade() && !request.ignoreChecksums()) {
                MigrationGuards.refuseEditedOrMissing(session, project, rows);
            }
            List<MigrationStep> steps = plan(project, request.upgrade(), target, Ident.of(rows));
            // compile and split first: a revision that does not compile leaves the database untouched
            Map<String, LoadedRevision> bodies = MigrationGuards.refuseIrreversible(steps,
                    project.load(scriptsOf(steps), session.url().kind()), request.force());
            session.versions().create(session.connection());
            List<String> after = new Migrator(session.dialect(), session.versions(), map,
                    config.transactionPerMigration(), progress, Users.current(), clock, config.schema().orElse(null))
                    .run(session.connection(), steps, bodies, rows);
            return new Result(request.upgrade(), describe(steps), after, null);
        }
    }

    private static Result offline(Project project, Request request, String start, String target) {
        RevisionMap map = project.map();
        List<String> startRows = startRows(project, start);
        List<MigrationStep> steps = plan(project, request.upgrade(), target,
                start == null ? Ident.of(startRows) : Ident.of(start));
        Session session = Session.offline(project);
        Map<String, LoadedRevision> bodies = MigrationGuards.refuseIrreversible(steps,
                project.load(scriptsOf(steps), session.url().kind()), request.force());
        return new Result(request.upgrade(), describe(steps), List.of(),
                offlineSql(project, session, steps, bodies, startRows, request.tag()));
    }

    /** The steps as offline SQL text. */
    static String offlineSql(Project project, Session session, List<? extends MigrationStep> steps,
                             Map<String, LoadedRevision> bodies, List<String> startRows, String tag) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, false, StandardCharsets.UTF_8);
        new OfflineWriter(session.dialect(), session.versions(), project.map(),
                project.config().transactionPerMigration(), Users.current(), out,
                project.config().schema().orElse(null)).write(steps, bodies, startRows, tag);
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** The rows an offline run starts from: the start of {@code a:b} resolved to ids, none for base. */
    static List<String> startRows(Project project, String start) {
        List<String> rows = new ArrayList<>();
        if (start == null || start.isEmpty() || start.equals("base")) {
            return rows;
        }
        for (Revision r : project.plans().revisions(start)) {
            if (r != null) {
                rows.add(r.id());
            }
        }
        return rows;
    }

    private static List<MigrationStep> plan(Project project, boolean upgrade, String target, Ident current) {
        return upgrade ? project.plans().upgrade(target, current) : project.plans().downgrade(target, current);
    }

    static List<RevisionScript> scriptsOf(List<? extends MigrationStep> steps) {
        Map<String, RevisionScript> scripts = new LinkedHashMap<>();
        for (MigrationStep step : steps) {
            if (step instanceof MigrationStep.RevisionStep rs && rs.revision().script() != null) {
                scripts.put(rs.revision().id(), rs.revision().script());
            }
        }
        return new ArrayList<>(scripts.values());
    }

    static List<String> describe(List<? extends MigrationStep> steps) {
        List<String> out = new ArrayList<>(steps.size());
        for (MigrationStep s : steps) {
            out.add(StepText.shortLog(s));
        }
        return out;
    }

    /** The steps run (or written), the rows after, and the SQL with {@code --sql}. */
    public record Result(boolean upgrade, List<String> steps, List<String> rowsAfter, String sql) implements Report {
        @Override
        public void printText(PrintStream out) {
            if (sql != null) {
                out.print(sql);
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            Reports.writeStrings(json, "steps", steps);
            if (sql != null) {
                json.writeStringField("sql", sql);
            } else {
                Reports.writeStrings(json, "current", rowsAfter);
            }
        }
    }
}
