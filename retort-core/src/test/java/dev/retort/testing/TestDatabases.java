package dev.retort.testing;

import dev.retort.config.DatabaseKind;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Fresh databases for tests, one per call, each uniquely named and dropped by
 * {@link TestDatabase#close()}:
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabases.postgres(); Connection c = db.connect()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>The servers: the admin JDBC URL in {@code RETORT_TEST_POSTGRES_URL} /
 * {@code RETORT_TEST_MARIADB_URL} if set; else the local servers
 * ({@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres},
 * {@code jdbc:mariadb://127.0.0.1:3306/?user=root}) if they answer; else an embedded server
 * started once per JVM ({@code -Dretort.test.embedded=true} forces this). When none can be had,
 * the call throws {@link ServerUnavailableError}, failing the test: database tests never skip.
 * See docs/testing.md.
 */
public final class TestDatabases {
    private static final SqliteFiles SQLITE = new SqliteFiles();
    private static final H2Memory H2 = new H2Memory();

    private TestDatabases() {
    }

    /** A new database on the PostgreSQL server. */
    public static TestDatabase postgres() {
        return onServer(ServerFlavor.POSTGRESQL);
    }

    /** A new database on the MariaDB server; its kind is MARIADB. */
    public static TestDatabase mariadb() {
        return onServer(ServerFlavor.MARIADB);
    }

    /** A new SQLite database file in {@code dir} (typically a {@code @TempDir}). */
    public static TestDatabase sqlite(Path dir) {
        return SQLITE.newDatabase(dir);
    }

    /** A new in-memory H2 database. */
    public static TestDatabase h2() {
        return H2.newDatabase();
    }

    /**
     * A new database of the given kind, for tests parameterized over kinds
     * ({@code @EnumSource(names = {"POSTGRESQL", "MARIADB", "SQLITE", "H2"})}).
     *
     * @param dir where an SQLite file goes; unused by the others
     * @throws IllegalArgumentException for MYSQL and SQLSERVER, which have no test server
     */
    public static TestDatabase of(DatabaseKind kind, Path dir) {
        return switch (kind) {
            case POSTGRESQL -> postgres();
            case MARIADB -> mariadb();
            case SQLITE -> sqlite(dir);
            case H2 -> h2();
            case MYSQL, SQLSERVER -> throw new IllegalArgumentException("no test server for " + kind);
        };
    }

    private static TestDatabase onServer(ServerFlavor flavor) {
        DatabaseServer server = Servers.get(flavor);
        try {
            return server.newDatabase();
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database on " + flavor.displayName() + " at "
                    + server.admin().masked(), e);
        }
    }
}
