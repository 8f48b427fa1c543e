package dev.retort.testing;

import dev.retort.config.DatabaseKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * One fresh, empty, uniquely named database for one test, from {@link TestDatabases}; closing
 * it drops the database (and any schemas made with {@link #createSchema}). Use it in a
 * try-with-resources block or open it in {@code @BeforeEach} and close it in {@code @AfterEach}.
 * Safe to use from tests running in parallel: no two instances share anything.
 */
public final class TestDatabase implements AutoCloseable {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,29}");

    private final DatabaseKind kind;
    private final String name;
    private final String url;
    private final String jdbcUrl;
    private final DatabaseOwner owner;
    private boolean closed;

    TestDatabase(DatabaseKind kind, String name, String url, String jdbcUrl, DatabaseOwner owner) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.jdbcUrl = jdbcUrl;
        this.owner = owner;
    }

    /** Which database: POSTGRESQL, MARIADB, SQLITE or H2. */
    public DatabaseKind kind() {
        return kind;
    }

    /** The database's name, {@code retort_test_<epoch seconds>_<random>}. */
    public String name() {
        return name;
    }

    /**
     * The URL a user would give retort: SQLAlchemy style for the servers and SQLite
     * ({@code postgresql://postgres@127.0.0.1:5432/retort_test_...}, {@code sqlite:////tmp/...db}),
     * {@code h2:mem:...} for H2. {@code DatabaseUrl.parse} accepts it.
     */
    public String url() {
        return url;
    }

    /** A JDBC URL that {@code DriverManager} connects with as is (user and password included). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** A new connection to the database; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    /**
     * Creates a schema for tests of non-default schemas ({@code -x schema=},
     * {@code version_table_schema}), dropped with the database.
     *
     * @param schema a plain identifier (letters, digits, {@code _}; at most 30 characters)
     * @return the schema's name to use: {@code schema} itself on PostgreSQL and H2 (created
     *         unquoted, so H2 folds it to upper case as it does unquoted references); on MariaDB,
     *         where a schema is a database, {@code <name()>_<schema>}, so that parallel tests
     *         never share one
     * @throws UnsupportedOperationException on SQLite, which has no schemas
     */
    public String createSchema(String schema) {
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a plain identifier of at most 30 characters: '" + schema + "'");
        }
        try {
            return owner.createSchema(this, schema);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create schema " + schema + " in " + this, e);
        }
    }

    /** Drops the database; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            owner.drop(this);
            closed = true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop " + this, e);
        }
    }

    /** Kind and name; never the password. */
    @Override
    public String toString() {
        return kind + " test database " + name;
    }
}
