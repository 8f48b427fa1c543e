package dev.retort.runtime;

import dev.retort.RetortException;
import dev.retort.config.DatabaseUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Connections from an application's {@link DataSource}. The database's URL, and so its kind, is
 * read once from a connection's metadata, the first time it is asked for: a data source is
 * configured with no URL retort could read (a pool's builder, JNDI), but every JDBC driver reports
 * the URL it connected to.
 */
final class DataSourceConnections implements ConnectionSource {
    private final DataSource dataSource;
    private final Path workingDirectory;
    private volatile DatabaseUrl url;

    DataSourceConnections(DataSource dataSource, Path workingDirectory) {
        this.dataSource = dataSource;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public DatabaseUrl url() {
        DatabaseUrl known = url;
        if (known == null) {
            try (Connection c = open()) {
                String jdbcUrl = c.getMetaData().getURL();
                if (jdbcUrl == null) {
                    throw new RetortException("The DataSource's connections report no URL (DatabaseMetaData.getURL()"
                            + " is null), so retort can't tell which database it is; give retort a URL instead");
                }
                known = DatabaseUrl.parse(jdbcUrl, workingDirectory);
            } catch (SQLException e) {
                throw new RetortException("Can't read the database's URL from a DataSource connection: "
                        + e.getMessage(), e);
            }
            url = known;
        }
        return known;
    }

    @Override
    public Connection open() {
        try {
            Connection c = dataSource.getConnection();
            if (c == null) {
                throw new SQLException("the DataSource returned no connection");
            }
            return c;
        } catch (SQLException e) {
            String where = url == null ? "the DataSource" : url.masked();
            throw new RetortException("Can't connect to " + where + ": " + firstLine(e) + "; check the DataSource's"
                    + " settings (a pool needs two free connections while retort migrates: one holds the lock)", e);
        }
    }

    @Override
    public boolean lendsConnections() {
        return true;
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    @Override
    public String toString() {
        return "DataSourceConnections[" + (url == null ? dataSource.getClass().getName() : url.masked()) + "]";
    }
}
