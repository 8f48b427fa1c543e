package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.schema.Index;

/**
 * MariaDB: MySQL's SQL except that a check constraint is dropped with {@code DROP CONSTRAINT},
 * sequences exist (10.3+) and indexes have no expressions.
 */
final class MariaDbDialect extends MySqlDialect {

    MariaDbDialect() {
        super("mariadb");
    }

    @Override
    public SchemaReflector reflector() {
        return new MySqlReflector(this, true, null, true);
    }

    /** MariaDB indexes columns only; MySQL's functional key parts are a syntax error there. */
    @Override
    String indexExpression(Index index, String expression) {
        throw new RetortException("expression indexes are not supported on mariadb: index " + index.name()
                + " has " + expression + "; index a generated column holding the expression instead");
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
