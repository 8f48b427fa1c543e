package dev.retort.dialect;

import dev.retort.config.DatabaseKind;
import dev.retort.migration.Operation;
import dev.retort.schema.ColumnType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Everything that differs between databases, as capability methods and renderers: core code asks
 * the dialect, never checks which database it is. One implementation per database, found with
 * {@link Dialects#of(DatabaseKind)}.
 */
public interface Dialect {

    /** The name used in messages and golden files: postgresql, mysql, mariadb, sqlite, h2, sqlserver. */
    String name();

    /** Whether DDL runs inside a transaction and rolls back with it (not on MySQL/MariaDB). */
    boolean transactionalDdl();

    /** Whether the database has schemas retort can target ({@code schema}, {@code version_table_schema}). */
    boolean supportsSchemas();

    /** What ends a statement in offline SQL: {@code ;}. */
    String statementTerminator();

    /** A line that ends a batch in offline SQL ({@code GO} on SQL Server), or null. */
    String batchSeparator();

    /** The statement that opens a transaction in offline SQL ({@code BEGIN}), or null. */
    String beginTransaction();

    /** The statement that commits in offline SQL ({@code COMMIT}), or null. */
    String commitTransaction();

    /** An identifier quoted when it needs quoting (reserved word, upper case, odd characters). */
    String quote(String identifier);

    /**
     * The statement that makes {@code schema} the session's default for unqualified names
     * ({@code SET search_path TO app}, {@code SET SCHEMA app}, {@code USE app}), naming it as
     * {@link #quote} writes it in the operations so that an unquoted name folds the same way in
     * both; null where there is none. Offline SQL starts with it when a schema is configured.
     */
    default String useSchemaStatement(String schema) {
        return null;
    }

    /**
     * Makes {@code schema} the connection's default for unqualified names ({@code schema} in
     * retort.toml, {@code -x schema=}): runs {@link #useSchemaStatement}, else JDBC's
     * {@code setSchema}.
     */
    default void useSchema(Connection connection, String schema) throws SQLException {
        String sql = useSchemaStatement(schema);
        if (sql == null) {
            connection.setSchema(schema);
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** {@code schema.name}, quoted as needed; {@code schema} may be null. */
    String qualify(String schema, String name);

    /** The SQL type for a portable type. */
    String type(ColumnType type);

    /** A value as a SQL literal of the given type (for bulkInsert with --sql). */
    String literal(Object value, ColumnType type);

    /**
     * The statements (without terminators) that perform one operation. {@code connection} is the
     * live connection, or null offline; an operation that needs the live catalog (SQLite's
     * move-and-copy batch) fails offline with a message saying so.
     */
    List<String> render(Operation operation, Connection connection);

    /** CREATE TABLE for the version table: {@code version_num VARCHAR(32) NOT NULL}, key {@code <table>_pkc}. */
    List<String> createVersionTable(String schema, String table);

    /**
     * CREATE TABLE for the log table named {@code table} (the runtime passes
     * {@code <version_table>_log}), one row per step applied or
     * reverted: {@code id} (generated, increasing), {@code revision VARCHAR(32) NOT NULL},
     * {@code direction VARCHAR(16) NOT NULL} (upgrade, downgrade, stamp), {@code checksum
     * VARCHAR(80)} ({@code sha256:<hex>}), {@code applied_by VARCHAR(255)}, {@code started_at}
     * and {@code finished_at} (timestamps, UTC), {@code duration_ms BIGINT},
     * {@code statements_done INTEGER NOT NULL} (statements finished, for resuming where DDL is not
     * transactional) and {@code status VARCHAR(16) NOT NULL} (running, done, failed).
     */
    List<String> createLogTable(String schema, String table);

    /**
     * The lock a migration run holds (upgrade, downgrade, stamp), so that no second retort
     * migrates the same database at once; {@link MigrationLock#NONE} where no other process can
     * reach the database (in memory).
     */
    MigrationLock migrationLock(LockScope scope);

    /**
     * What reads a live schema of this database into a model, in a few bulk catalog queries;
     * fails where retort cannot reflect this database (SQL Server, which has no server here).
     */
    default SchemaReflector reflector() {
        throw new dev.retort.RetortException("reflecting a " + name() + " database is not supported yet");
    }
}
