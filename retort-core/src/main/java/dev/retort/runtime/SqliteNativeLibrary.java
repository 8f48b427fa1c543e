package dev.retort.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * sqlite-jdbc's native library, kept in retort's cache directory so that a connection loads it
 * straight from there. Left to itself, sqlite-jdbc on every first connection of a JVM starts
 * {@code uname -o} (its Android check), inflates the 1 MB library from its jar and compares it
 * byte by byte with the copy it extracted to the temporary directory before: about a third of a
 * {@code current} on SQLite. Here that happens once per sqlite-jdbc version, OS and architecture:
 * the library is written to {@code <cache>/sqlite-jdbc/<version>/<os.name>-<os.arch>/} (atomically)
 * and named to the driver with its documented {@code org.sqlite.lib.path} / {@code org.sqlite.lib.name}
 * properties. Nothing changes when the user sets those properties, when sqlite-jdbc is not on the
 * class path, or when the cache cannot be written; a copy the driver cannot load makes it fall back
 * to its own extraction.
 */
final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String LOADER = "org.sqlite.SQLiteJDBCLoader";
    private static final String OS_INFO = "org.sqlite.util.OSInfo";

    private SqliteNativeLibrary() {
    }

    /** Points sqlite-jdbc at the cached copy (made first when missing), unless the user chose a library. */
    static synchronized void useCachedCopy(Map<String, String> env) {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return;
        }
        Path cacheRoot = cacheRoot(env);
        if (cacheRoot == null) {
            return;
        }
        Path library = cachedCopy(cacheRoot);
        if (library != null) {
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        }
    }

    /**
     * The cached library under {@code cacheRoot}, extracted from the driver's jar when missing; null
     * when sqlite-jdbc is absent, has no library for this platform, or the copy cannot be written.
     */
    static Path cachedCopy(Path cacheRoot) {
        try {
            Class<?> loader = Class.forName(LOADER, true, SqliteNativeLibrary.class.getClassLoader());
            ClassLoader driverLoader = loader.getClassLoader();
            String version = (String) loader.getMethod("getVersion").invoke(null);
            String name = System.mapLibraryName("sqlitejdbc");
            Path dir = cacheRoot.resolve("sqlite-jdbc").resolve(safe(version))
                    .resolve(safe(System.getProperty("os.name") + "-" + System.getProperty("os.arch")));
            Path library = dir.resolve(name);
            if (Files.isRegularFile(library)) {
                return library;
            }
            String folder = (String) Class.forName(OS_INFO, true, driverLoader)
                    .getMethod("getNativeLibFolderPathForCurrentOS").invoke(null);
            try (InputStream in = driverLoader.getResourceAsStream("org/sqlite/native/" + folder + "/" + name)) {
                if (in == null) {
                    return null;
                }
                Files.createDirectories(dir);
                Path staged = Files.createTempFile(dir, name, ".tmp");
                try {
                    Files.copy(in, staged, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(staged, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(staged);
                }
            }
            return library;
        } catch (IOException | ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    /** {@code $XDG_CACHE_HOME/retort}, else {@code ~/.cache/retort}; null without a home directory. */
    static Path cacheRoot(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "retort");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "retort");
    }

    private static String safe(String part) {
        return part.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
