package dev.retort.testing;

import dev.retort.config.DatabaseKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 test databases: named in-memory databases that live until closed
 * ({@code DB_CLOSE_DELAY=-1}), so every connection to the URL sees the same data.
 */
final class H2Memory implements DatabaseOwner {
    TestDatabase newDatabase() {
        String name = DatabaseNames.next();
        String url = "h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        return new TestDatabase(DatabaseKind.H2, name, url, "jdbc:" + url, this);
    }

    @Override
    public String createSchema(TestDatabase database, String schema) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return schema;
    }

    @Override
    public void drop(TestDatabase database) throws SQLException {
        // IFEXISTS: do not create the database again just to shut it down
        try (Connection c = java.sql.DriverManager.getConnection(database.jdbcUrl() + ";IFEXISTS=TRUE");
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            if (e.getErrorCode() != 90146) { // database not found: gone already
                throw e;
            }
        }
    }
}
