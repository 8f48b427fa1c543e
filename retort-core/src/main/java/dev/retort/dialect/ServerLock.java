package dev.retort.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A lock the database server keeps for a session: held on a connection of its own that stays
 * idle (in autocommit, never inside a transaction) while the migration runs on another, and
 * ended by the server when that connection ends, so a killed holder leaves nothing behind.
 */
abstract class ServerLock extends PollingLock {
    private final Supplier<Connection> connector;
    private Connection connection;
    private boolean held;

    ServerLock(Supplier<Connection> connector) {
        this.connector = connector;
    }

    /** The lock's connection, opened at the first try. */
    protected final Connection connection() throws SQLException {
        if (connection == null) {
            connection = connector.get();
            connection.setAutoCommit(true);
            opened(connection);
        }
        return connection;
    }

    /** Called once on the new connection, before the first try. */
    protected void opened(Connection c) throws SQLException {
    }

    /** One try on the lock's connection. */
    protected abstract boolean tryOn(Connection c) throws SQLException;

    /** Gives the lock back on its connection. */
    protected abstract void releaseOn(Connection c) throws SQLException;

    @Override
    protected final boolean tryAcquire() throws SQLException {
        held = tryOn(connection());
        return held;
    }

    @Override
    protected final void release() throws SQLException {
        if (connection == null) {
            return;
        }
        try {
            if (held) {
                releaseOn(connection);
            }
        } finally {
            held = false;
            connection.close();
            connection = null;
        }
    }

    /** The first column of the first row of {@code sql} with the given parameters, or null. */
    protected final Object queryOne(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }
}
