package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The log table: one row per step applied, reverted or stamped (and per edit accepted), with the file's checksum, who
 * ran it, when and how long. Where DDL is not transactional it also counts the statements a
 * step finished, so a failed or killed run resumes at the first unfinished one.
 */
public final class StepLog {
    /** Direction of a step as stored. */
    public static final String UPGRADE = "upgrade";
    public static final String DOWNGRADE = "downgrade";
    public static final String STAMP = "stamp";
    /** An edit of an applied file accepted ({@code validate --accept}): the row holds the new checksum. */
    public static final String ACCEPT = "accept";

    private final VersionTable versions;
    private final String name;

    public StepLog(VersionTable versions) {
        Dialect d = versions.dialect();
        this.versions = versions;
        this.name = d.qualify(versions.schema(), versions.logTable());
    }

    public String name() {
        return name;
    }

    /** Inserts a running row and returns its id. */
    public long start(Connection c, String revision, String direction, String checksum, String user, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + name + " (revision, direction, checksum, "
                + "applied_by, started_at, statements_done, status) VALUES (?, ?, ?, ?, ?, 0, 'running')")) {
            ps.setString(1, revision);
            ps.setString(2, direction);
            ps.setString(3, checksum);
            ps.setString(4, user);
            ps.setTimestamp(5, Timestamp.from(at));
            ps.executeUpdate();
        }
        // the newest row is ours: runs that write the log hold the migration lock; the primary
        // key answers MAX(id) without reading the table
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM " + name);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The checksum each revision was last applied or accepted with: per revision, that of its
     * newest finished {@code upgrade} or {@code accept} row (rows without a checksum skipped).
     * Empty when there is no log table (a database taken over from Alembic).
     */
    public Map<String, String> appliedChecksums(Connection c) throws SQLException {
        Map<String, String> checksums = new HashMap<>();
        if (!versions.logExists(c)) {
            return checksums;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT revision, checksum FROM " + name
                + " WHERE status = 'done' AND checksum IS NOT NULL AND direction IN (?, ?) ORDER BY id")) {
            ps.setString(1, UPGRADE);
            ps.setString(2, ACCEPT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    checksums.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return checksums;
    }

    /** Records that the edit of an applied revision's file was intended: {@code checksum} is its new checksum. */
    public void accept(Connection c, String revision, String checksum, String user, Instant at) throws SQLException {
        finish(c, start(c, revision, ACCEPT, checksum, user, at), "done", at, 0);
    }

    /**
     * Inserts the row of a step that finished, in one statement: what a transactional run writes
     * (its step either commits whole or leaves nothing, so it needs no running row).
     */
    public void done(Connection c, String revision, String direction, String checksum, String user, Instant started,
                     Instant finished) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + name + " (revision, direction, checksum, "
                + "applied_by, started_at, finished_at, duration_ms, statements_done, status) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'done')")) {
            ps.setString(1, revision);
            ps.setString(2, direction);
            ps.setString(3, checksum);
            ps.setString(4, user);
            ps.setTimestamp(5, Timestamp.from(started));
            ps.setTimestamp(6, Timestamp.from(finished));
            ps.setLong(7, Duration.between(started, finished).toMillis());
            ps.executeUpdate();
        }
    }

    /** Records that {@code done} statements of the step have finished. */
    public void progress(Connection c, long id, int done) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + name + " SET statements_done = ? WHERE id = ?")) {
            ps.setInt(1, done);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** A step resumed after a failure: its row takes the checksum of the file that finishes it. */
    public void resumed(Connection c, long id, String checksum) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + name + " SET checksum = ?, status = 'running' "
                + "WHERE id = ?")) {
            ps.setString(1, checksum);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Marks the step done or failed. */
    public void finish(Connection c, long id, String status, Instant at, long durationMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + name + " SET status = ?, finished_at = ?, "
                + "duration_ms = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setLong(3, durationMs);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    /**
     * Where an unfinished step of this revision and direction stopped: the id of its log row and
     * the statements it finished; null unless the newest row of the whole log is that unfinished
     * step (anything run since makes resuming unsafe).
     */
    public Unfinished unfinished(Connection c, String revision, String direction) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, statements_done, status, revision, direction FROM "
                + name + " ORDER BY id DESC")) {
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && !"done".equals(rs.getString(3)) && revision.equals(rs.getString(4))
                        && direction.equals(rs.getString(5))) {
                    return new Unfinished(rs.getLong(1), rs.getInt(2));
                }
                return null;
            }
        }
    }

    /** A step that started and did not finish. */
    public record Unfinished(long id, int statementsDone) {
    }

    /** The row of a finished step, as offline SQL. */
    public String insertDone(String revision, String direction, String checksum, String user) {
        return "INSERT INTO " + name + " (revision, direction, checksum, applied_by, started_at, finished_at, "
                + "duration_ms, statements_done, status) VALUES ('" + revision + "', '" + direction + "', "
                + (checksum == null ? "NULL" : "'" + checksum + "'") + ", '" + user.replace("'", "''")
                + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0, 0, 'done')";
    }
}
