package dev.retort.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * SQL Server: an application lock owned by the session, {@code sp_getapplock} with
 * {@code @LockOwner = 'Session'} and {@code @LockTimeout = 0} (a try; {@link PollingLock} does
 * the waiting), on a connection of its own; the server frees it when that connection ends. A
 * waiter finds the holder in {@code sys.dm_tran_locks} and {@code sys.dm_exec_sessions}.
 * Rendered and documented; not run against a live server in the tests.
 */
final class SqlServerAppLock extends ServerLock {
    /** The part of a resource name that {@code sys.dm_tran_locks} shows. */
    static final int RESOURCE_LIMIT = 32;
    private static final String HOLDER = "SELECT TOP 1 s.session_id, s.host_name, s.host_process_id, s.login_time"
            + " FROM sys.dm_tran_locks l JOIN sys.dm_exec_sessions s ON s.session_id = l.request_session_id"
            + " WHERE l.resource_type = 'APPLICATION' AND l.request_status = 'GRANT'"
            + " AND l.resource_database_id = DB_ID() AND l.resource_description LIKE ?";

    private final String resource;

    SqlServerAppLock(String scope, Supplier<Connection> connector) {
        super(connector);
        this.resource = resource(scope);
    }

    /** {@code retort:<scope>}, cut to what the lock views show. */
    static String resource(String scope) {
        String full = "retort:" + scope;
        return full.length() <= RESOURCE_LIMIT ? full
                : "retort:" + Integer.toHexString(full.hashCode()) + ":" + full.substring(full.length() - 16);
    }

    /** The batch that tries the lock and returns sp_getapplock's result (0 or 1: granted; -1: held). */
    static String acquireSql(String resource, long timeoutMillis) {
        return "DECLARE @result int; EXEC @result = sp_getapplock @Resource = N'" + resource.replace("'", "''")
                + "', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = " + timeoutMillis
                + "; SELECT @result";
    }

    /** The statement that gives the lock back. */
    static String releaseSql(String resource) {
        return "EXEC sp_releaseapplock @Resource = N'" + resource.replace("'", "''") + "', @LockOwner = 'Session'";
    }

    @Override
    protected boolean tryOn(Connection c) throws SQLException {
        Object result = queryOne(acquireSql(resource, 0));
        int code = result == null ? -999 : ((Number) result).intValue();
        if (code < -1) {
            throw new SQLException("sp_getapplock returned " + code);
        }
        return code >= 0;
    }

    @Override
    protected LockHolder holder() throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement(HOLDER)) {
            ps.setString(1, "%[" + resource.replace("[", "[[]") + "]%");
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new LockHolder("SQL Server session " + rs.getInt(1) + " (pid " + rs.getInt(3) + "@"
                        + rs.getString(2) + ")", String.valueOf(rs.getTimestamp(4)),
                        "end its session with KILL " + rs.getInt(1));
            }
        }
    }

    @Override
    protected void releaseOn(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(releaseSql(resource));
        }
    }

    @Override
    protected String description() {
        return "SQL Server sp_getapplock '" + resource + "'";
    }
}
