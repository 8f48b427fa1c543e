package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.config.RetortConfig;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.Progress;
import dev.retort.script.Ident;
import dev.retort.script.MigrationStep;
import dev.retort.script.RevisionMap;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code retort stamp REVS...}: moves the version rows without running any revision. */
public final class StampCommand {
    private StampCommand() {
    }

    /**
     * @param revisions targets; with {@code --sql} each may be {@code from:to} (one common start)
     * @param sql       write SQL instead
     * @param purge     delete every row first (not with --sql)
     * @param tag       {@code --tag} for offline SQL
     */
    public record Request(List<String> revisions, boolean sql, boolean purge, String tag) {
        public Request {
            revisions = List.copyOf(revisions);
        }
    }

    public static MigrateCommand.Result run(Project project, Request request, Progress progress, Clock clock) {
        if (request.sql() && request.purge()) {
            throw new RetortException("Can't use --purge with --sql mode");
        }
        return request.sql() ? offline(project, request) : online(project, request, progress, clock);
    }

    private static MigrateCommand.Result online(Project project, Request request, Progress progress, Clock clock) {
        RetortConfig config = project.config();
        RevisionMap map = project.map();
        try (Session session = Session.migrating(project, progress)) {
            session.versions().create(session.connection());
            List<String> rows = request.purge() ? purge(session) : session.currentRows(map);
            List<MigrationStep.StampStep> steps = project.plans().stamp(request.revisions(), Ident.of(rows));
            List<String> after = new Migrator(session.dialect(), session.versions(), map,
                    config.transactionPerMigration(), progress, Users.current(), clock, config.schema().orElse(null))
                    .run(session.connection(), steps, Map.of(), rows);
            return new MigrateCommand.Result(true, MigrateCommand.describe(steps), after, null);
        }
    }

    private static List<String> purge(Session session) {
        try (Statement s = session.connection().createStatement()) {
            s.executeUpdate("DELETE FROM " + session.versions().name());
            if (!session.connection().getAutoCommit()) {
                session.connection().commit();
            }
            return List.of();
        } catch (SQLException e) {
            throw new RetortException("Can't purge " + session.versions().name() + ": " + e.getMessage(), e);
        }
    }

    private static MigrateCommand.Result offline(Project project, Request request) {
        String start = null;
        List<String> targets = new ArrayList<>();
        for (String revision : request.revisions()) {
            int colon = revision.indexOf(':');
            if (colon >= 0) {
                String s = revision.substring(0, colon);
                if (start != null && !start.equals(s)) {
                    throw new RetortException("Stamp operation with --sql only supports a single starting revision at a time");
                }
                start = s;
                revision = revision.substring(colon + 1);
            }
            targets.add(revision);
        }
        List<String> startRows = MigrateCommand.startRows(project, start);
        List<MigrationStep.StampStep> steps = project.plans().stamp(targets, Ident.of(startRows));
        String sql = MigrateCommand.offlineSql(project, Session.offline(project), steps, Map.of(), startRows,
                request.tag());
        return new MigrateCommand.Result(true, MigrateCommand.describe(steps), List.of(), sql);
    }
}
