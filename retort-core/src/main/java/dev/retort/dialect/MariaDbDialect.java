package dev.retort.dialect;

/**
 * MariaDB: MySQL's SQL except that a check constraint is dropped with {@code DROP CONSTRAINT} and
 * sequences exist (10.3+).
 */
final class MariaDbDialect extends MySqlDialect {

    MariaDbDialect() {
        super("mariadb");
    }

    @Override
    String dropCheckKeyword() {
        return "DROP CONSTRAINT";
    }

    @Override
    boolean supportsSequences() {
        return true;
    }
}
