package dev.retort.dialect;

import dev.retort.schema.ColumnType;
import dev.retort.schema.SchemaModel;
import java.sql.Connection;

/**
 * Reads a live schema into a {@link SchemaModel} with a small, fixed number of bulk catalog
 * queries (never one per table, never following foreign keys), found with {@link Dialect#reflector()}.
 * <p>
 * The model comes in one canonical form, whatever the database: tables sorted by name, columns in
 * their order, table-level constraints ({@link dev.retort.schema.Table#primaryKey()}, uniques,
 * foreign keys, checks) with the columns flagged only {@code isPrimaryKey}, never {@code isUnique}
 * nor {@code references}; database types mapped back to portable types ({@link #readBack}); server
 * defaults as retort would write them (casts, quoting and sequence defaults of identity columns
 * removed, numbers without trailing zeros, {@code true}/{@code false}, {@code CURRENT_TIMESTAMP});
 * names folded back where the database upper-cases them (H2); indexes that back a constraint left
 * out; expression indexes left out with a warning; foreign key actions null when they are the
 * database's default (NO ACTION, and RESTRICT on MySQL where the two are the same).
 */
public interface SchemaReflector {

    /**
     * The tables, enum types and sequences of {@code schema}, or of the connection's current
     * schema when null; tables of the current schema have a null schema in the model, as do
     * foreign keys that refer to a table of the reflected schema.
     */
    SchemaModel reflect(Connection connection, String schema, ReflectOptions options);

    /**
     * The portable type reflection reports for a column created with {@code type}: the same type
     * where the database keeps it, else what it becomes (timestamptz and json on SQLite read back
     * as timestamp and text; an enum's name exists only on PostgreSQL).
     */
    ColumnType readBack(ColumnType type);
}
