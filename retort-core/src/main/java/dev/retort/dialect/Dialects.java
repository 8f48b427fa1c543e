package dev.retort.dialect;

import dev.retort.config.DatabaseKind;

/** Finds the {@link Dialect} of a database. Dialects are stateless and shared. */
public final class Dialects {
    private static final Dialect POSTGRESQL = new PostgresDialect();
    private static final Dialect MYSQL = new MySqlDialect();
    private static final Dialect MARIADB = new MariaDbDialect();
    private static final Dialect SQLSERVER = new SqlServerDialect();
    private static final Dialect SQLITE = new SqliteDialect();
    private static final Dialect H2 = new H2Dialect();

    private Dialects() {
    }

    /** The dialect of {@code kind}. */
    public static Dialect of(DatabaseKind kind) {
        switch (kind) {
            case POSTGRESQL: return POSTGRESQL;
            case MYSQL: return MYSQL;
            case MARIADB: return MARIADB;
            case SQLSERVER: return SQLSERVER;
            case SQLITE: return SQLITE;
            case H2: return H2;
            default: throw new IllegalArgumentException(kind.name());
        }
    }
}
