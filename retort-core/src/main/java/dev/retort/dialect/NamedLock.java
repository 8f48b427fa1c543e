package dev.retort.dialect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * MySQL and MariaDB: a named lock, {@code GET_LOCK(name, 0)}, on a connection of its own. Names
 * are server-wide, so the name holds the database's; the server frees the lock when the
 * connection ends. A waiter finds the holder's connection with {@code IS_USED_LOCK} and its
 * client and idle time (the time it has held the lock) in {@code information_schema.processlist}.
 */
final class NamedLock extends ServerLock {
    /** The longest name GET_LOCK takes. */
    static final int NAME_LIMIT = 64;
    private static final String HOLDER = "SELECT user, host, time FROM information_schema.processlist WHERE id = ?";

    private final String server;
    private final String scope;
    private String name;

    /**
     * @param server the server's name for messages: MySQL, MariaDB
     * @param scope  the lock's name within the database
     */
    NamedLock(String server, String scope, Supplier<Connection> connector) {
        super(connector);
        this.server = server;
        this.scope = scope;
    }

    @Override
    protected void opened(Connection c) throws SQLException {
        name = lockName(String.valueOf(queryOne("SELECT DATABASE()")), scope);
    }

    /** {@code retort:<database>:<scope>}, or a hash of it where that is too long for GET_LOCK. */
    static String lockName(String database, String scope) {
        String full = "retort:" + database + ":" + scope;
        if (full.length() <= NAME_LIMIT) {
            return full;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(full.getBytes(StandardCharsets.UTF_8));
            return "retort:" + HexFormat.of().formatHex(hash).substring(0, NAME_LIMIT - "retort:".length());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected boolean tryOn(Connection c) throws SQLException {
        Object got = queryOne("SELECT GET_LOCK(?, 0)", name);
        if (got == null) {
            throw new SQLException("GET_LOCK('" + name + "', 0) returned NULL");
        }
        return ((Number) got).intValue() == 1;
    }

    @Override
    protected LockHolder holder() throws SQLException {
        Object id = queryOne("SELECT IS_USED_LOCK(?)", name);
        if (id == null) {
            return null;
        }
        String remedy = "end its connection with KILL " + id;
        try (PreparedStatement ps = connection().prepareStatement(HOLDER)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new LockHolder(server + " connection " + id, null, remedy);
                }
                String since = Instant.now().minusSeconds(rs.getLong(3)).truncatedTo(ChronoUnit.SECONDS)
                        .toString();
                return new LockHolder(server + " connection " + id + " (" + rs.getString(1) + "@" + rs.getString(2) + ")",
                        since, remedy);
            }
        }
    }

    @Override
    protected void releaseOn(Connection c) throws SQLException {
        queryOne("SELECT RELEASE_LOCK(?)", name);
    }

    @Override
    protected String description() {
        return server + " GET_LOCK('" + (name == null ? scope : name) + "')";
    }
}
