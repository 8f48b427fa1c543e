package dev.retort.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** SQLite test databases: one new file each, deleted with its journal files on close. */
final class SqliteFiles implements DatabaseOwner {
    private static final String[] SIDE_FILES = {"", "-journal", "-wal", "-shm"};

    /** A new database file in {@code dir} (created on first connection). */
    TestDatabase newDatabase(Path dir) {
        String name = DatabaseNames.next();
        Path file = dir.toAbsolutePath().normalize().resolve(name + ".db");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestDatabase(dev.retort.config.DatabaseKind.SQLITE, name, "sqlite:///" + file,
                "jdbc:sqlite:" + file, this);
    }

    @Override
    public String createSchema(TestDatabase database, String schema) {
        throw new UnsupportedOperationException("SQLite has no schemas (only per-connection ATTACHed files); "
                + "test schemas on PostgreSQL, MariaDB or H2");
    }

    @Override
    public void drop(TestDatabase database) {
        String file = database.jdbcUrl().substring("jdbc:sqlite:".length());
        try {
            for (String suffix : SIDE_FILES) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
