package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.config.DatabaseUrl;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.LockScope;
import dev.retort.dialect.LockWaitListener;
import dev.retort.dialect.MigrationLock;
import dev.retort.runtime.ConnectionSource;
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
    private final Lent lent;
    private final MigrationLock lock;

    private Session(DatabaseUrl url, Dialect dialect, VersionTable versions, Connection connection, Lent lent,
                    MigrationLock lock) {
        this.url = url;
        this.dialect = dialect;
        this.versions = versions;
        this.connection = connection;
        this.lent = lent;
        this.lock = lock;
    }

    /**
     * How a lent connection (from an application's pool) was before retort changed it, to be put
     * back before it returns to the pool; null for a connection retort opened itself.
     */
    private record Lent(String schema, String catalog, boolean autoCommit) {
    }

    /** A session without the migration lock, for commands that only read. */
    static Session online(Project project) {
        return open(project, null);
    }

    /**
     * A session holding the migration lock of this database and version table (upgrade,
     * downgrade, stamp), released on close. The lock is taken first, waiting up to
     * {@code lock_timeout}, and the connection opened after: the version rows read then show what
     * any process before applied, and no two processes create a SQLite file at once.
     */
    static Session migrating(Project project, LockWaitListener listener) {
        return open(project, listener);
    }

    private static Session open(Project project, LockWaitListener listener) {
        RetortConfig config = project.config();
        ConnectionSource connections = project.connections();
        DatabaseUrl url = connections.url();
        Dialect dialect = Dialects.of(url.kind());
        checkSchemas(config, dialect);
        VersionTable versions = versionTable(config, dialect);
        MigrationLock lock = MigrationLock.NONE;
        if (listener != null) {
            String name = config.schema().map(x -> x + "/").orElse("") + versions.name();
            lock = dialect.migrationLock(new LockScope(name, url, connections::open));
        }
        try {
            lock.acquire(config.lockTimeout(), listener);
            Connection c = connections.open();
            Lent lent = connections.lendsConnections() ? lent(c, url) : null;
            return new Session(url, dialect, versions, useSchema(config, url, dialect, c), lent, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Lent lent(Connection c, DatabaseUrl url) {
        try {
            return new Lent(c.getSchema(), c.getCatalog(), c.getAutoCommit());
        } catch (SQLException e) {
            closeQuietly(c);
            throw new RetortException("Can't read the session settings of a connection to " + url.masked() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Connection useSchema(RetortConfig config, DatabaseUrl url, Dialect dialect, Connection c) {
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

    static Session offline(Project project) {
        RetortConfig config = project.config();
        DatabaseUrl url = project.connections().url();
        Dialect dialect = Dialects.of(url.kind());
        checkSchemas(config, dialect);
        return new Session(url, dialect, versionTable(config, dialect), null, null, MigrationLock.NONE);
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
            if (lent != null) {
                giveBack(connection, lent);
            }
            closeQuietly(connection);
        }
        lock.close();
    }

    /**
     * Puts a lent connection's default schema (the catalog on MySQL/MariaDB) and autocommit back as
     * they were (what a pool such as HikariCP does for {@code setSchema}, but not for
     * {@code SET search_path}), so that the application's next use of it is not in retort's
     * schema or transaction mode.
     */
    private void giveBack(Connection c, Lent before) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            if (before.schema() != null && !before.schema().equals(c.getSchema())) {
                dialect.useSchema(c, before.schema());
            }
            if (before.catalog() != null && !before.catalog().equals(c.getCatalog())) {
                c.setCatalog(before.catalog());
            }
            c.setAutoCommit(before.autoCommit());
        } catch (SQLException ignored) {
            // a connection that can't be reset is closed all the same; the pool tests it on the next loan
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to do with a connection that fails to close
        }
    }
}
