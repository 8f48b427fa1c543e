package dev.retort.testing;

import java.sql.SQLException;

/** Where a {@link TestDatabase} lives: what creates schemas in it and what removes it. */
interface DatabaseOwner {
    /**
     * Creates a schema in the database.
     *
     * @param schema a plain identifier, already checked
     * @return the name to use for it
     */
    String createSchema(TestDatabase database, String schema) throws SQLException;

    /** Removes the database and all it holds; a no-op if it is gone already. */
    void drop(TestDatabase database) throws SQLException;
}
