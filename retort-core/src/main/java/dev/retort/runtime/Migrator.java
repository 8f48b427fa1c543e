package dev.retort.runtime;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.runtime.load.LoadedRevision;
import dev.retort.runtime.load.LocatedOperation;
import dev.retort.script.MigrationStep;
import dev.retort.script.RevisionMap;
import dev.retort.script.RevisionScript;
import dev.retort.script.VersionRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Runs a plan on a live database. Where DDL is transactional the run is one transaction (or one
 * per revision with {@code transaction_per_migration}); a failure rolls it back and leaves the
 * version table as it was. A revision marked {@code transactional=false} runs outside it. Where
 * DDL is not transactional (MySQL/MariaDB) every finished statement is counted in the log table,
 * so a re-run resumes at the first unfinished statement.
 */
public final class Migrator {
    private final Dialect dialect;
    private final VersionTable versions;
    private final StepLog log;
    private final RevisionMap map;
    private final boolean transactionPerMigration;
    private final Progress progress;
    private final String user;
    private final Clock clock;
    private final String defaultSchema;

    /**
     * @param defaultSchema the configured schema, for operations that name none (null for the
     *                      database's default)
     */
    public Migrator(Dialect dialect, VersionTable versions, RevisionMap map, boolean transactionPerMigration,
                    Progress progress, String user, Clock clock, String defaultSchema) {
        this.dialect = dialect;
        this.versions = versions;
        this.log = new StepLog(versions);
        this.map = map;
        this.transactionPerMigration = transactionPerMigration;
        this.progress = progress;
        this.user = user;
        this.clock = clock;
        this.defaultSchema = defaultSchema;
    }

    /**
     * Runs the steps from the given rows; returns the rows after the last step.
     *
     * @param bodies the bodies of every revision the steps run
     */
    public List<String> run(Connection c, List<? extends MigrationStep> steps, Map<String, LoadedRevision> bodies,
                            List<String> rowsBefore) {
        VersionRows rows = new VersionRows(map, rowsBefore);
        boolean transactional = dialect.transactionalDdl();
        try {
            c.setAutoCommit(!transactional);
            // only the first step can resume an unfinished one: every step writes a finished row,
            // which is then the newest (the run holds the migration lock)
            boolean mayResume = true;
            for (MigrationStep step : steps) {
                boolean outside = transactional && !isTransactional(step);
                if (outside) {
                    c.commit();
                    c.setAutoCommit(true);
                }
                runStep(c, step, bodies, rows, mayResume);
                mayResume = false;
                if (outside) {
                    c.setAutoCommit(false);
                } else if (transactional && transactionPerMigration) {
                    c.commit();
                }
            }
            if (transactional) {
                c.commit();
            }
            return rows.rows();
        } catch (SQLException e) {
            rollback(c, transactional);
            throw new RetortException("Database error while migrating: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback(c, transactional);
            throw e;
        }
    }

    private static boolean isTransactional(MigrationStep step) {
        return !(step instanceof MigrationStep.RevisionStep rs) || rs.revision().script() == null
                || rs.revision().script().transactional();
    }

    private static void rollback(Connection c, boolean transactional) {
        try {
            if (transactional && !c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is broken; the database rolls back on close
        }
    }

    private void runStep(Connection c, MigrationStep step, Map<String, LoadedRevision> bodies, VersionRows rows,
                         boolean mayResume) throws SQLException {
        String text = StepText.withDoc(step);
        if (step instanceof MigrationStep.RevisionStep rs && step.isUpgrade()) {
            Destructive.reminder(bodies.get(rs.revision().id())).ifPresent(progress::warning);
        }
        progress.started(text);
        Instant start = clock.instant();
        try {
            if (step instanceof MigrationStep.RevisionStep rs) {
                runRevision(c, rs, bodies.get(rs.revision().id()), rows, start, mayResume);
            } else {
                versions.apply(c, rows.apply(step));
                for (String revision : step.toRevisionsNoDeps().isEmpty() ? step.fromRevisionsNoDeps()
                        : step.toRevisionsNoDeps()) {
                    log.done(c, revision, StepLog.STAMP, null, user, start, clock.instant());
                }
            }
        } catch (SQLException | RuntimeException e) {
            // ends the progress line, so the FAILED line that follows stands on a line of its own
            progress.failed(text, Duration.between(start, clock.instant()));
            throw e;
        }
        progress.finished(text, Duration.between(start, clock.instant()));
    }

    private void runRevision(Connection c, MigrationStep.RevisionStep step, LoadedRevision body, VersionRows rows,
                             Instant start, boolean mayResume) throws SQLException {
        String id = step.revision().id();
        String direction = step.isUpgrade() ? StepLog.UPGRADE : StepLog.DOWNGRADE;
        boolean counting = c.getAutoCommit();
        if (!counting) {
            // in a transaction the step commits whole or not at all: one log row at the end
            for (LocatedOperation located : (step.isUpgrade() ? body.upgrade() : body.downgrade())) {
                for (String sql : renderOrFail(c, step, located)) {
                    execute(c, step, located, sql);
                }
            }
            versions.apply(c, rows.apply(step));
            log.done(c, id, direction, body.checksum(), user, start, clock.instant());
            return;
        }
        StepLog.Unfinished unfinished = mayResume ? log.unfinished(c, id, direction) : null;
        long logId = unfinished != null ? unfinished.id() : log.start(c, id, direction, body.checksum(), user, start);
        if (unfinished != null) {
            // resumed with the fixed file: the row describes the file that finishes the step
            log.resumed(c, logId, body.checksum());
        }
        int skip = unfinished != null ? unfinished.statementsDone() : 0;
        int done = 0;
        try {
            for (LocatedOperation located : (step.isUpgrade() ? body.upgrade() : body.downgrade())) {
                for (String sql : renderOrFail(c, step, located)) {
                    if (done < skip) {
                        done++;
                        continue;
                    }
                    execute(c, step, located, sql);
                    done++;
                    log.progress(c, logId, done);
                }
            }
        } catch (RuntimeException e) {
            // outside a transaction the row stays: say the step failed (a re-run still resumes it)
            markFailed(c, logId, start);
            throw e;
        }
        versions.apply(c, rows.apply(step));
        log.finish(c, logId, "done", clock.instant(), Duration.between(start, clock.instant()).toMillis());
    }

    private void markFailed(Connection c, long logId, Instant start) {
        try {
            log.finish(c, logId, "failed", clock.instant(), Duration.between(start, clock.instant()).toMillis());
        } catch (SQLException ignored) {
            // the connection is gone; the row stays 'running', which resumes the same way
        }
    }

    private List<String> renderOrFail(Connection c, MigrationStep.RevisionStep step, LocatedOperation located) {
        try {
            return dialect.render(DefaultSchema.apply(located.operation(), defaultSchema), c);
        } catch (RetortException e) {
            throw failure(step, located, e.getMessage(), null, null, null, e);
        }
    }

    private void execute(Connection c, MigrationStep.RevisionStep step, LocatedOperation located, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            String message = firstLine(e.getMessage());
            throw failure(step, located, StepText.shorten(sql, 80) + ": " + message, sql, message, e.getSQLState(), e);
        }
    }

    /** {@code upgrade <rev> failed (<file>:<line>): <what>}, with each part as a field of its own too. */
    private static MigrationFailedException failure(MigrationStep.RevisionStep step, LocatedOperation located,
                                                    String what, String statement, String databaseMessage,
                                                    String sqlState, Exception cause) {
        RevisionScript script = step.revision().script();
        int line = script == null ? 0 : located.line() > 0 ? located.line() : script.headerLine();
        String file = script == null ? null : script.path().toString();
        String direction = step.isUpgrade() ? "upgrade" : "downgrade";
        String message = direction + " " + step.revision().id() + " failed"
                + (file == null ? "" : " (" + file + ":" + line + ")") + ": " + what;
        return new MigrationFailedException(message, step.revision().id(), direction, file, line, statement,
                databaseMessage, sqlState, cause);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
