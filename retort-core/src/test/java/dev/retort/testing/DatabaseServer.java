package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL or MariaDB server reached through an admin connection: creates uniquely named
 * test databases on it and drops them again.
 *
 * <p>On MariaDB a schema is a database, so {@link #createSchema} there creates the database
 * {@code <test database>_<schema>}, which {@link #drop} removes with the test database.
 */
final class DatabaseServer implements DatabaseOwner {
    private final AdminUrl admin;

    DatabaseServer(AdminUrl admin) {
        this.admin = admin;
    }

    AdminUrl admin() {
        return admin;
    }

    /** A new, empty database. */
    TestDatabase newDatabase() throws SQLException {
        String name = DatabaseNames.next();
        execute(admin.flavor().createDatabase(name));
        return new TestDatabase(admin.flavor().kind(), name, admin.sqlalchemyUrl(name), admin.jdbcUrl(name), this);
    }

    @Override
    public String createSchema(TestDatabase database, String schema) throws SQLException {
        if (admin.flavor() == ServerFlavor.MARIADB) {
            String name = database.name() + "_" + schema;
            execute(admin.flavor().createDatabase(name));
            return name;
        }
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return schema;
    }

    @Override
    public void drop(TestDatabase database) throws SQLException {
        for (String name : testDatabases()) {
            if (name.equals(database.name()) || name.startsWith(database.name() + "_")) {
                execute(admin.flavor().dropDatabase(name));
            }
        }
    }

    /** Drops what killed test runs left behind: test databases more than a day old. */
    void dropLeftovers(Instant now) throws SQLException {
        for (String name : testDatabases()) {
            if (DatabaseNames.isStale(name, now)) {
                execute(admin.flavor().dropDatabase(name));
            }
        }
    }

    /** The names of all test databases on the server. */
    List<String> testDatabases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = adminConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(admin.flavor().listDatabases())) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(admin.jdbcUrl());
    }
}
