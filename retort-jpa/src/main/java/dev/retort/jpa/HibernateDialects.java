package dev.retort.jpa;

import dev.retort.config.DatabaseKind;

/**
 * The Hibernate dialect for each database retort targets: the metamodel is built for the target,
 * so that types, identity and sequence support come out as Hibernate would use them there.
 */
final class HibernateDialects {
    private HibernateDialects() {
    }

    /** The dialect's class name, for {@code hibernate.dialect}. */
    static String className(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "org.hibernate.dialect.PostgreSQLDialect";
            case MYSQL -> "org.hibernate.dialect.MySQLDialect";
            case MARIADB -> "org.hibernate.dialect.MariaDBDialect";
            case SQLSERVER -> "org.hibernate.dialect.SQLServerDialect";
            case H2 -> "org.hibernate.dialect.H2Dialect";
            case SQLITE -> "org.hibernate.community.dialect.SQLiteDialect";
        };
    }
}
