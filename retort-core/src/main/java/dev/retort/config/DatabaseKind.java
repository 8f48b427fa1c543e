package dev.retort.config;

/**
 * The databases retort has a dialect for, as named by a database URL. MySQL and MariaDB are
 * distinct kinds (their SQL differs in places) even though both connect through the MariaDB
 * driver; see {@link DatabaseUrl}.
 */
public enum DatabaseKind {
    POSTGRESQL,
    MYSQL,
    MARIADB,
    SQLSERVER,
    SQLITE,
    H2
}
