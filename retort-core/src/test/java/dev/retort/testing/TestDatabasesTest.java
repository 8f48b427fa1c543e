package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.config.DatabaseKind;
import dev.retort.config.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The harness against real servers: every kind connects, isolates and cleans up. */
class TestDatabasesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB", "SQLITE", "H2"})
    void aNewDatabaseTakesATableAndItsRows(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind, dir); Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThat(db.kind()).isEqualTo(kind);
            assertThat(db.name()).startsWith("retort_test_");
            s.execute("CREATE TABLE account (id INTEGER PRIMARY KEY, email VARCHAR(100))");
            s.execute("INSERT INTO account VALUES (1, 'a@example.com')");
            try (ResultSet rs = s.executeQuery("SELECT email FROM account")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("a@example.com");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB", "SQLITE", "H2"})
    void twoDatabasesOfOneKindShareNothing(DatabaseKind kind) throws Exception {
        try (TestDatabase one = TestDatabases.of(kind, dir); TestDatabase two = TestDatabases.of(kind, dir)) {
            assertThat(one.name()).isNotEqualTo(two.name());
            assertThat(one.jdbcUrl()).isNotEqualTo(two.jdbcUrl());
            execute(one, "CREATE TABLE only_in_one (id INTEGER)");
            assertThat(hasTable(one, "only_in_one")).isTrue();
            assertThat(hasTable(two, "only_in_one")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB", "SQLITE", "H2"})
    void theUrlIsOneRetortAcceptsForTheSameDatabase(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            execute(db, "CREATE TABLE marker (id INTEGER)");
            DatabaseUrl parsed = DatabaseUrl.parse(db.url(), dir);
            assertThat(parsed.kind()).isEqualTo(kind);
            try (Connection c = DriverManager.getConnection(parsed.jdbcUrl(), parsed.properties())) {
                assertThat(hasTable(c, "marker")).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB"})
    void closeDropsAServerDatabase(DatabaseKind kind) throws Exception {
        TestDatabase db = TestDatabases.of(kind, dir);
        execute(db, "CREATE TABLE t (id INTEGER)");
        DatabaseServer server = Servers.get(kind == DatabaseKind.POSTGRESQL ? ServerFlavor.POSTGRESQL : ServerFlavor.MARIADB);
        assertThat(server.testDatabases()).contains(db.name());

        db.close();

        assertThat(server.testDatabases()).doesNotContain(db.name());
        assertThatThrownBy(db::connect).isInstanceOf(SQLException.class);
        db.close(); // a second close is harmless
    }

    @Test
    void closeDeletesTheSqliteFile() throws Exception {
        TestDatabase db = TestDatabases.sqlite(dir);
        execute(db, "CREATE TABLE t (id INTEGER)");
        assertThat(Files.list(dir)).isNotEmpty();

        db.close();

        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void closeShutsTheH2DatabaseDown() throws Exception {
        TestDatabase db = TestDatabases.h2();
        execute(db, "CREATE TABLE t (id INTEGER)");

        db.close();

        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl() + ";IFEXISTS=TRUE").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aPostgresSchemaHoldsTablesApartFromPublic() throws Exception {
        try (TestDatabase db = TestDatabases.postgres()) {
            String schema = db.createSchema("other");
            assertThat(schema).isEqualTo("other");
            execute(db, "CREATE TABLE other.t (id INTEGER)");
            assertThat(count(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'other'")).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")).isZero();
        }
    }

    @Test
    void anH2SchemaIsCreatedAsUnquotedNamesFoldIt() throws Exception {
        try (TestDatabase db = TestDatabases.h2()) {
            String schema = db.createSchema("other");
            execute(db, "CREATE TABLE " + schema + ".t (id INTEGER)");
            execute(db, "INSERT INTO other.t VALUES (1)");
            assertThat(count(db, "SELECT count(*) FROM other.t")).isEqualTo(1);
        }
    }

    @Test
    void aMariaDbSchemaIsADatabaseNamedAfterTheTestDatabaseAndDroppedWithIt() throws Exception {
        DatabaseServer server = Servers.get(ServerFlavor.MARIADB);
        TestDatabase db = TestDatabases.mariadb();
        String schema = db.createSchema("other");
        assertThat(schema).isEqualTo(db.name() + "_other");
        execute(db, "CREATE TABLE " + schema + ".t (id INTEGER)");
        assertThat(server.testDatabases()).contains(schema);

        db.close();

        assertThat(server.testDatabases()).doesNotContain(db.name(), schema);
    }

    @Test
    void sqliteHasNoSchemas() {
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            assertThatThrownBy(() -> db.createSchema("other")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void aSchemaNameMustBeAPlainIdentifier() {
        try (TestDatabase db = TestDatabases.h2()) {
            assertThatThrownBy(() -> db.createSchema("x; DROP TABLE y")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(ServerFlavor.class)
    void leftoversOlderThanADayAreDroppedAndYoungerOnesKept(ServerFlavor flavor) throws Exception {
        DatabaseServer server = Servers.get(flavor);
        Instant now = Instant.now();
        String stale = DatabaseNames.next(now.minus(25, ChronoUnit.HOURS));
        String fresh = DatabaseNames.next(now.minus(23, ChronoUnit.HOURS));
        try (Connection c = DriverManager.getConnection(server.admin().jdbcUrl()); Statement s = c.createStatement()) {
            s.execute(flavor.createDatabase(stale));
            s.execute(flavor.createDatabase(fresh));
        }
        try {
            server.dropLeftovers(now);

            assertThat(server.testDatabases()).doesNotContain(stale).contains(fresh);
        } finally {
            try (Connection c = DriverManager.getConnection(server.admin().jdbcUrl()); Statement s = c.createStatement()) {
                s.execute(flavor.dropDatabase(stale));
                s.execute(flavor.dropDatabase(fresh));
            }
        }
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean hasTable(TestDatabase db, String table) throws SQLException {
        try (Connection c = db.connect()) {
            return hasTable(c, table);
        }
    }

    /** Looks in the connection's own catalog/schema only (MariaDB's metadata spans databases). */
    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null, new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
            return false;
        }
    }
}
