package dev.retort.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * SQLAlchemy's SQLite URLs: {@code sqlite://} and {@code sqlite:///:memory:} are in memory,
 * {@code sqlite:///relative.db} is relative to a base directory (the process's working directory,
 * as in SQLAlchemy), {@code sqlite:////absolute.db} is absolute. Query parameters become
 * connection properties (the xerial driver reads pragmas such as {@code journal_mode} from them).
 */
final class SqliteUrls {
    static final String IN_MEMORY = "jdbc:sqlite::memory:";

    private SqliteUrls() {
    }

    static DatabaseUrl parse(String url, Path baseDirectory) {
        String afterScheme = url.substring(url.indexOf("://") + 3);
        int question = afterScheme.indexOf('?');
        String location = question < 0 ? afterScheme : afterScheme.substring(0, question);
        if (!location.isEmpty() && !location.startsWith("/")) {
            throw new ConfigException("A SQLite URL names no host: write sqlite:///relative.db, "
                    + "sqlite:////absolute/path.db or sqlite:// (in memory)");
        }
        UrlComponents parts = UrlComponents.parse(question < 0 ? "sqlite://" : "sqlite://?" + afterScheme.substring(question + 1));
        Properties properties = new Properties();
        for (UrlComponents.Parameter p : parts.query()) {
            properties.setProperty(p.key(), p.value());
        }
        String path = location.isEmpty() ? "" : location.substring(1);
        String jdbcUrl = path.isEmpty() || path.equals(":memory:") ? IN_MEMORY
                : "jdbc:sqlite:" + baseDirectory.resolve(path).toAbsolutePath().normalize();
        return new DatabaseUrl(url, DatabaseKind.SQLITE, jdbcUrl, properties, null, null,
                CredentialFinder.maskAll(url), List.of());
    }
}
