package dev.retort.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * PostgreSQL: a session advisory lock, {@code pg_try_advisory_lock(<retort>, <hash of name>)},
 * on a connection of its own whose {@code application_name} reads
 * {@code retort <pid>@<host> since <time>}, so that a waiter finds the holder through
 * {@code pg_locks} and {@code pg_stat_activity}. The lock's connection is idle, never in a
 * transaction, while the revisions run: {@code CREATE INDEX CONCURRENTLY} does not wait for it.
 */
final class PostgresAdvisoryLock extends ServerLock {
    /** The first key of every retort lock: "retr". */
    static final int RETORT_KEY = 0x72657472;
    private static final String HOLDER = "SELECT a.pid, a.application_name, a.client_addr, a.backend_start"
            + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
            + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " AND l.classid::int8 = ? AND l.objid::int8 = ?";
    /** PostgreSQL keeps the first 63 bytes of an application_name. */
    private static final int NAME_LIMIT = 63;

    private final String name;
    private final int key;
    /** The connection's application_name before the lock renamed it, put back on release (a pool lends it again). */
    private String applicationName;

    PostgresAdvisoryLock(String name, Supplier<Connection> connector) {
        super(connector);
        this.name = name;
        this.key = name.hashCode() & Integer.MAX_VALUE;
    }

    @Override
    protected boolean tryOn(Connection c) throws SQLException {
        if (!Boolean.TRUE.equals(queryOne("SELECT pg_try_advisory_lock(?, ?)", RETORT_KEY, key))) {
            return false;
        }
        String self = LockHolder.self();
        applicationName = (String) queryOne("SELECT current_setting('application_name')");
        queryOne("SELECT set_config('application_name', ?, false)",
                self.length() > NAME_LIMIT ? self.substring(0, NAME_LIMIT) : self);
        return true;
    }

    @Override
    protected LockHolder holder() throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement(HOLDER)) {
            ps.setLong(1, RETORT_KEY);
            ps.setLong(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                int pid = rs.getInt(1);
                String remedy = "end its session with SELECT pg_terminate_backend(" + pid + ")";
                LockHolder retort = LockHolder.parse(rs.getString(2), remedy);
                if (retort != null) {
                    return retort;
                }
                String from = rs.getString(3) == null ? "" : " from " + rs.getString(3);
                return new LockHolder("PostgreSQL session " + pid + from, rs.getString(4), remedy);
            }
        }
    }

    @Override
    protected void releaseOn(Connection c) throws SQLException {
        queryOne("SELECT pg_advisory_unlock(?, ?)", RETORT_KEY, key);
        if (applicationName != null) {
            queryOne("SELECT set_config('application_name', ?, false)", applicationName);
        }
    }

    @Override
    protected String description() {
        return "PostgreSQL advisory lock (" + RETORT_KEY + ", " + key + ") for " + name;
    }
}
