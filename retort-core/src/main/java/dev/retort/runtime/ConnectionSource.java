package dev.retort.runtime;

import dev.retort.config.DatabaseUrl;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * Where a command's connections come from: a database URL (the CLI, {@code Retort.configure().url(...)})
 * or an application's {@link DataSource} ({@code Retort.configure().dataSource(...)}, the Spring Boot
 * starter). Every connection opened is the caller's to close.
 */
public interface ConnectionSource {
    /**
     * The database: its kind picks the dialect, its masked form names it in messages, and a file
     * database's path is where its lock file goes.
     */
    DatabaseUrl url();

    /** A new connection (from a pool, one the pool lends); failures are one-line {@code RetortException}s. */
    Connection open();

    /**
     * Whether the connections outlive their use ({@link #open()} lends them from a pool): the
     * session settings retort changes (the default schema, autocommit) are then put back before
     * a connection is closed.
     */
    boolean lendsConnections();

    /** Connections opened from the URL's driver, each a new session. */
    static ConnectionSource of(DatabaseUrl url) {
        return new UrlConnections(url);
    }

    /**
     * Connections from {@code dataSource}; the kind of database is read from the first
     * connection's {@code DatabaseMetaData.getURL()}.
     *
     * @param workingDirectory what a relative SQLite or H2 file path in that URL is relative to
     */
    static ConnectionSource of(DataSource dataSource, Path workingDirectory) {
        return new DataSourceConnections(dataSource, workingDirectory);
    }
}
