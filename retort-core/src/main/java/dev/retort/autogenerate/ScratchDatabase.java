package dev.retort.autogenerate;

import dev.retort.RetortException;
import dev.retort.config.DatabaseKind;
import dev.retort.config.DatabaseUrl;
import dev.retort.runtime.Connections;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * An empty database of the target's kind to run a model script in, gone when closed: SQLite and
 * H2 in memory; on PostgreSQL, MySQL and MariaDB a temporary database created on the target's
 * server (the target's user needs CREATE DATABASE) and dropped after.
 */
final class ScratchDatabase implements AutoCloseable {
    private final DatabaseUrl url;
    private final Connection connection;
    private final Runnable cleanup;

    private ScratchDatabase(DatabaseUrl url, Connection connection, Runnable cleanup) {
        this.url = url;
        this.connection = connection;
        this.cleanup = cleanup;
    }

    static ScratchDatabase like(DatabaseUrl target, Path workingDirectory) {
        DatabaseKind kind = target.kind();
        String name = "retort_model_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (kind == DatabaseKind.SQLITE || kind == DatabaseKind.H2) {
            DatabaseUrl memory = DatabaseUrl.parse(kind == DatabaseKind.SQLITE ? "jdbc:sqlite::memory:"
                    : "jdbc:h2:mem:" + name, workingDirectory);
            return new ScratchDatabase(memory, Connections.open(memory), () -> { });
        }
        if (kind != DatabaseKind.POSTGRESQL && kind != DatabaseKind.MYSQL && kind != DatabaseKind.MARIADB) {
            throw new RetortException("a sql model script needs a scratch database, which retort cannot make on "
                    + kind.name().toLowerCase(Locale.ROOT) + " yet; use url = a reference database instead");
        }
        execute(target, "CREATE DATABASE " + name);
        Runnable drop = () -> execute(target, "DROP DATABASE " + name);
        try {
            String jdbc = withDatabase(target.jdbcUrl(), name);
            Connection c = DriverManager.getConnection(jdbc, target.properties());
            return new ScratchDatabase(DatabaseUrl.parse(jdbc, workingDirectory), c, drop);
        } catch (SQLException | RuntimeException e) {
            drop.run();
            throw new RetortException("Cannot open the scratch database " + name + " on " + target.masked() + ": "
                    + e.getMessage(), e);
        }
    }

    /** {@code jdbc:postgresql://host:5432/app?ssl=true} with {@code app} replaced by {@code database}. */
    static String withDatabase(String jdbcUrl, String database) {
        int hosts = jdbcUrl.indexOf("//");
        int slash = jdbcUrl.indexOf('/', hosts + 2);
        int query = jdbcUrl.indexOf('?', hosts + 2);
        String rest = query < 0 ? "" : jdbcUrl.substring(query);
        String head = slash < 0 || (query >= 0 && slash > query) ? jdbcUrl.substring(0, query < 0 ? jdbcUrl.length()
                : query) : jdbcUrl.substring(0, slash);
        return head + "/" + database + rest;
    }

    private static void execute(DatabaseUrl target, String sql) {
        try (Connection c = Connections.open(target); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new RetortException(sql + " on " + target.masked() + " failed: " + e.getMessage(), e);
        }
    }

    DatabaseUrl url() {
        return url;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing is best effort; the drop below still runs
        } finally {
            cleanup.run();
        }
    }
}
