package dev.retort.dialect;

import dev.retort.config.DatabaseUrl;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * What a migration lock guards and how to reach it.
 *
 * @param name      the lock's name within the database (from the version table, so that two
 *                  version tables in one database migrate independently)
 * @param url       the database, for file locks beside it
 * @param connector opens a new connection of the lock's own (server locks hold one, idle)
 */
public record LockScope(String name, DatabaseUrl url, Supplier<Connection> connector) {
}
