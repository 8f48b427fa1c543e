package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.runtime.load.LoadedRevision;
import dev.retort.runtime.load.LocatedOperation;
import dev.retort.script.MigrationStep;
import dev.retort.script.RevisionMap;
import dev.retort.script.VersionRows;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Writes a plan as SQL instead of running it ({@code --sql}), opening no connection: the
 * version table's creation when starting from base, a {@code -- Running upgrade a -> b} comment
 * per step (after a reminder to back up when the step drops tables or columns), each statement with the dialect's terminator ({@code GO} batches on SQL Server), the
 * version-table and log-table rows, and BEGIN/COMMIT where DDL is transactional. The layout is
 * Alembic's, so a script that post-processes Alembic's output reads retort's.
 */
public final class OfflineWriter {
    private final Dialect dialect;
    private final VersionTable versions;
    private final StepLog log;
    private final RevisionMap map;
    private final boolean transactionPerMigration;
    private final String user;
    private final PrintStream out;
    private final String defaultSchema;

    /** @param defaultSchema the configured schema, for operations that name none (or null) */
    public OfflineWriter(Dialect dialect, VersionTable versions, RevisionMap map, boolean transactionPerMigration,
                         String user, PrintStream out, String defaultSchema) {
        this.dialect = dialect;
        this.versions = versions;
        this.log = new StepLog(versions);
        this.map = map;
        this.transactionPerMigration = transactionPerMigration;
        this.user = user;
        this.out = out;
        this.defaultSchema = defaultSchema;
    }

    /** Writes the steps, starting from the given version rows; a tag, when given, heads the script. */
    public void write(List<? extends MigrationStep> steps, Map<String, LoadedRevision> bodies, List<String> startRows,
                      String tag) {
        if (tag != null) {
            out.print("-- retort tag: " + tag + "\n\n");
        }
        if (defaultSchema != null && dialect.useSchemaStatement(defaultSchema) != null) {
            // as online, where the session's default schema is set: SQL revisions name no schema
            statement(dialect.useSchemaStatement(defaultSchema));
        }
        VersionRows rows = new VersionRows(map, startRows);
        boolean oneTransaction = !transactionPerMigration;
        if (oneTransaction) {
            begin();
        }
        for (MigrationStep step : steps) {
            if (!oneTransaction) {
                begin();
            }
            if (rows.rows().isEmpty() && step.isUpgrade()) {
                versions.createStatements().forEach(this::statement);
            }
            if (step instanceof MigrationStep.RevisionStep rs && step.isUpgrade()) {
                Destructive.reminder(bodies.get(rs.revision().id())).ifPresent(r -> out.print("-- " + r + "\n\n"));
            }
            out.print("-- Running " + StepText.shortLog(step) + "\n\n");
            String checksum = null;
            if (step instanceof MigrationStep.RevisionStep rs) {
                LoadedRevision body = bodies.get(rs.revision().id());
                checksum = body.checksum();
                for (LocatedOperation located : (step.isUpgrade() ? body.upgrade() : body.downgrade())) {
                    dialect.render(DefaultSchema.apply(located.operation(), defaultSchema), null)
                            .forEach(this::statement);
                }
            }
            rows.apply(step).forEach(change -> statement(versions.sql(change)));
            for (String revision : revisionsOf(step)) {
                statement(log.insertDone(revision, direction(step), checksum, user));
            }
            if (rows.rows().isEmpty() && !step.isUpgrade()) {
                statement(versions.dropStatement());
                statement("DROP TABLE " + log.name());
            }
            if (!oneTransaction) {
                commit();
            }
        }
        if (oneTransaction) {
            commit();
        }
        out.flush();
    }

    private static List<String> revisionsOf(MigrationStep step) {
        if (step instanceof MigrationStep.RevisionStep rs) {
            return List.of(rs.revision().id());
        }
        return step.toRevisionsNoDeps().isEmpty() ? step.fromRevisionsNoDeps() : step.toRevisionsNoDeps();
    }

    private static String direction(MigrationStep step) {
        if (step instanceof MigrationStep.RevisionStep) {
            return step.isUpgrade() ? StepLog.UPGRADE : StepLog.DOWNGRADE;
        }
        return StepLog.STAMP;
    }

    private void begin() {
        if (dialect.transactionalDdl() && dialect.beginTransaction() != null) {
            statement(dialect.beginTransaction());
        }
    }

    private void commit() {
        if (dialect.transactionalDdl() && dialect.commitTransaction() != null) {
            statement(dialect.commitTransaction());
        }
    }

    private void statement(String sql) {
        out.print(statementText(dialect, sql));
    }

    /** One statement as offline SQL: terminator, blank line, and the batch separator where there is one. */
    public static String statementText(Dialect dialect, String sql) {
        String text = sql + dialect.statementTerminator() + "\n\n";
        return dialect.batchSeparator() == null ? text : text + dialect.batchSeparator() + "\n\n";
    }
}
