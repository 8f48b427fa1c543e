package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.DatabaseUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {
    @TempDir
    Path cache;

    @Test
    void theLibraryIsExtractedOnceIntoTheCacheAndKept() throws IOException {
        Path library = SqliteNativeLibrary.cachedCopy(cache);
        assertThat(library).isRegularFile().hasFileName(System.mapLibraryName("sqlitejdbc"));
        assertThat(library.startsWith(cache.resolve("sqlite-jdbc"))).isTrue();
        assertThat(Files.size(library)).isGreaterThan(100_000);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, old);
        assertThat(SqliteNativeLibrary.cachedCopy(cache)).isEqualTo(library);
        assertThat(Files.getLastModifiedTime(library)).as("not written again").isEqualTo(old);
        try (var files = Files.list(library.getParent())) {
            assertThat(files).as("no staging file left").containsExactly(library);
        }
    }

    @Test
    void theCacheIsUnderXdgCacheHomeElseTheHomeDirectory() {
        assertThat(SqliteNativeLibrary.cacheRoot(Map.of("XDG_CACHE_HOME", "/x/cache"))).isEqualTo(Path.of("/x/cache/retort"));
        assertThat(SqliteNativeLibrary.cacheRoot(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "retort"));
    }

    @Test
    void aConnectionLoadsTheCachedCopyUnlessTheUserNamedALibrary() throws SQLException {
        String path = System.getProperty(SqliteNativeLibrary.PATH_PROPERTY);
        String name = System.getProperty(SqliteNativeLibrary.NAME_PROPERTY);
        try {
            System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
            System.clearProperty(SqliteNativeLibrary.NAME_PROPERTY);
            SqliteNativeLibrary.useCachedCopy(Map.of("XDG_CACHE_HOME", cache.toString()));
            Path library = SqliteNativeLibrary.cachedCopy(cache.resolve("retort"));
            assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo(library.getParent().toString());
            assertThat(System.getProperty(SqliteNativeLibrary.NAME_PROPERTY)).isEqualTo(library.getFileName().toString());

            System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/chosen");
            SqliteNativeLibrary.useCachedCopy(Map.of("XDG_CACHE_HOME", cache.resolve("other").toString()));
            assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo("/chosen");
            assertThat(cache.resolve("other")).doesNotExist();
            System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, library.getParent().toString());

            try (Connection c = Connections.open(DatabaseUrl.parse("sqlite:///t.db", cache));
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("3.");
            }
        } finally {
            restore(SqliteNativeLibrary.PATH_PROPERTY, path);
            restore(SqliteNativeLibrary.NAME_PROPERTY, name);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
