package dev.retort.autogenerate;

import dev.retort.schema.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads a database's schema as portable values: one per dialect, reading each catalog in a few
 * bulk queries. Types come back portable (the reflector decides that {@code int4} is
 * {@code integer()}), so that compare only tests equality.
 */
@FunctionalInterface
public interface SchemaReflector {
    /** The tables, enum types and sequences of {@code schema} (null: the connection's default schema). */
    SchemaModel reflect(Connection connection, String schema) throws SQLException;
}
