package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.config.DatabaseUrl;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.LockScope;
import dev.retort.dialect.LockWaitListener;
import dev.retort.dialect.MigrationLock;
import dev.retort.runtime.Connections;
import dev.retort.runtime.VersionTable;
import dev.retort.script.RevisionMap;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The database side of a command: the URL, its dialect, the version table and, online, one
 * connection and, for commands that migrate, the migration lock (both released with the
 * session). Offline sessions open nothing.
 */
final class Session implements AutoCloseable {
    private final DatabaseUrl url;
    private final Dialect dialect;
    private final VersionTable versions;
    private final Connection connection;
    private final MigrationLock lock;

    private Session(DatabaseUrl url, Dialect dialect, VersionTable versions, Connection connection,
                    MigrationLock lock) {
        this.url = url;
        this.dialect = dialect;
        this.versions = versions;
        this.connection = connection;
        this.lock = lock;
    }

    /** A session without the migration lock, for commands that only read. */
    static Session online(RetortConfig config) {
        return open(config, null);
    }

    /**
     * A session holding the migration lock of this database and version table (upgrade,
     * downgrade, stamp), released on close. The lock is taken first, waiting up to
     * {@code lock_timeout}, and the connection opened after: the version rows read then show what
     * any process before applied, and no two processes create a SQLite file at once.
     */
    static Session migrating(RetortConfig config, LockWaitListener listener) {
        return open(config, listener);
    }

    private static Session open(RetortConfig config, LockWaitListener listener) {
        DatabaseUrl url = config.requireDatabaseUrl();
        Dialect dialect = Dialects.of(url.kind());
        checkSchemas(config, dialect);
        VersionTable versions = versionTable(config, dialect);
        MigrationLock lock = MigrationLock.NONE;
        if (listener != null) {
            String name = config.schema().map(x -> x + "/").orElse("") + versions.name();
            lock = dialect.migrationLock(new LockScope(name, url, () -> Connections.open(url)));
        }
        try {
            lock.acquire(config.lockTimeout(), listener);
            return new Session(url, dialect, versions, connect(config, url, dialect), lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Connection connect(RetortConfig config, DatabaseUrl url, Dialect dialect) {
        Connection c = Connections.open(url);
        try {
            String schema = config.schema().orElse(null);
            if (schema != null) {
                dialect.useSchema(c, schema);
            }
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new RetortException("Can't use schema '" + config.schema().orElse("") + "' on " + url.masked() + ": "
                    + e.getMessage(), e);
        }
    }

    static Session offline(RetortConfig config) {
        DatabaseUrl url = config.requireDatabaseUrl();
        Dialect dialect = Dialects.of(url.kind());
        checkSchemas(config, dialect);
        return new Session(url, dialect, versionTable(config, dialect), null, MigrationLock.NONE);
    }

    /**
     * A schema on a database without schemas (SQLite) is refused before anything runs: SQL
     * revisions would otherwise land silently in the main database and Java operations fail.
     */
    private static void checkSchemas(RetortConfig config, Dialect dialect) {
        if (dialect.supportsSchemas()) {
            return;
        }
        String key = config.schema().isPresent() ? "schema" : config.versionTableSchema().isPresent()
                ? "version_table_schema" : null;
        if (key != null) {
            String value = key.equals("schema") ? config.schema().get() : config.versionTableSchema().get();
            throw new RetortException(dialect.name() + " has no schemas, but " + key + " is '" + value
                    + "'; leave schema and version_table_schema empty for " + dialect.name());
        }
    }

    private static VersionTable versionTable(RetortConfig config, Dialect dialect) {
        return new VersionTable(dialect, config.versionTableSchema().orElse(null), config.versionTable());
    }

    DatabaseUrl url() {
        return url;
    }

    Dialect dialect() {
        return dialect;
    }

    VersionTable versions() {
        return versions;
    }

    Connection connection() {
        return connection;
    }

    /** The version rows, checked against the scripts: an unknown revision is an error listing the heads. */
    List<String> currentRows(RevisionMap map) {
        List<String> rows = versions.rows(connection);
        checkKnown(rows, map);
        return rows;
    }

    static void checkKnown(List<String> rows, RevisionMap map) {
        List<String> unknown = new ArrayList<>();
        for (String row : rows) {
            if (map.byId(row) == null) {
                unknown.add(row);
            }
        }
        if (!unknown.isEmpty()) {
            throw new RetortException("The database is at revision " + String.join(", ", unknown)
                    + ", which no revision file has; the scripts' heads are "
                    + (map.heads().isEmpty() ? "(none)" : String.join(", ", map.heads()))
                    + ". Restore the missing file, or point retort at the right scripts");
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            closeQuietly(connection);
        }
        lock.close();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to do with a connection that fails to close
        }
    }
}
