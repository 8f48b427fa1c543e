package dev.retort.dialect;

import dev.retort.migration.Operation.CreateTable;
import dev.retort.migration.Types;
import dev.retort.schema.Column;
import dev.retort.schema.PrimaryKey;
import java.util.List;

/** The version table (Alembic's layout) and the log table, as table definitions each dialect renders. */
final class VersionTables {
    private VersionTables() {
    }

    /** {@code version_num VARCHAR(32) NOT NULL} with primary key {@code <table>_pkc}, exactly as Alembic. */
    static CreateTable versionTable(String schema, String table) {
        return new CreateTable(schema, table, List.of(
                Column.of("version_num", Types.varchar(32)),
                new PrimaryKey(table + "_pkc", List.of("version_num"))));
    }

    /** One row per step applied or reverted; see {@link Dialect#createLogTable}. */
    static CreateTable logTable(String schema, String table) {
        return new CreateTable(schema, table, List.of(
                Column.of("id", Types.bigint()).identity().primaryKey(),
                Column.of("revision", Types.varchar(32)),
                Column.of("direction", Types.varchar(16)),
                Column.of("checksum", Types.varchar(80)).nullable(),
                Column.of("applied_by", Types.varchar(255)).nullable(),
                Column.of("started_at", Types.timestamp()).nullable(),
                Column.of("finished_at", Types.timestamp()).nullable(),
                Column.of("duration_ms", Types.bigint()).nullable(),
                Column.of("statements_done", Types.integer()),
                Column.of("status", Types.varchar(16))));
    }
}
