package dev.retort.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/** Turns each accepted URL form into a {@link DatabaseUrl}; see there for the forms. */
final class DatabaseUrlParser {
    static final String ACCEPTED = "jdbc:..., postgresql://, postgres://, mysql://, mariadb://, mssql:// "
            + "(each also with +driver), sqlite:///relative.db, sqlite:////absolute.db, sqlite:// (in memory), "
            + "or h2:mem:name / h2:file:path / h2:./path";

    /** The SQLAlchemy-style schemes ({@code scheme[+driver]://}); docs/urls.md shows each. */
    static final List<String> SCHEMES = List.of("postgresql", "postgres", "mysql", "mariadb", "mssql", "sqlite");
    /** The subprotocols of {@code jdbc:} URLs taken as they are, and the database each names. */
    static final Map<String, DatabaseKind> JDBC_SUBPROTOCOLS = Map.of(
            "postgresql", DatabaseKind.POSTGRESQL, "mysql", DatabaseKind.MYSQL, "mariadb", DatabaseKind.MARIADB,
            "sqlserver", DatabaseKind.SQLSERVER, "sqlite", DatabaseKind.SQLITE, "h2", DatabaseKind.H2);
    /** The prefix of H2's short form, {@code h2:mem:name}, which becomes {@code jdbc:h2:...}. */
    static final String H2_PREFIX = "h2:";

    private DatabaseUrlParser() {
    }

    static DatabaseUrl parse(String text, Path baseDirectory) {
        if (text == null || text.isBlank()) {
            throw new ConfigException("The database URL is empty; give one of " + ACCEPTED);
        }
        String url = text.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            return jdbc(url);
        }
        if (lower.startsWith(H2_PREFIX)) {
            return jdbc("jdbc:" + H2_PREFIX + url.substring(H2_PREFIX.length()), url);
        }
        int separator = url.indexOf("://");
        if (separator <= 0 || !url.substring(0, separator).matches("[A-Za-z0-9_+]+")) {
            throw new ConfigException("Unrecognized database URL starting '" + safePrefix(url)
                    + "'; give one of " + ACCEPTED);
        }
        String scheme = url.substring(0, separator);
        String dialect = scheme.split("\\+", 2)[0].toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(dialect)) {
            throw new ConfigException("Unsupported database URL scheme '" + scheme + "://'; give one of " + ACCEPTED);
        }
        return switch (dialect) {
            case "postgresql", "postgres" -> serverUrl(url, DatabaseKind.POSTGRESQL, "jdbc:postgresql://");
            case "mysql" -> serverUrl(url, DatabaseKind.MYSQL, "jdbc:mariadb://");
            case "mariadb" -> serverUrl(url, DatabaseKind.MARIADB, "jdbc:mariadb://");
            case "mssql" -> sqlServer(url);
            case "sqlite" -> SqliteUrls.parse(url, baseDirectory);
            default -> throw new IllegalStateException("no parser for scheme " + dialect + " of SCHEMES");
        };
    }

    /** A {@code jdbc:} URL as is; its kind from the subprotocol. */
    private static DatabaseUrl jdbc(String url) {
        return jdbc(url, url);
    }

    private static DatabaseUrl jdbc(String jdbcUrl, String original) {
        String rest = jdbcUrl.substring("jdbc:".length());
        int colon = rest.indexOf(':');
        String subprotocol = (colon < 0 ? rest : rest.substring(0, colon)).toLowerCase(Locale.ROOT);
        DatabaseKind kind = JDBC_SUBPROTOCOLS.get(subprotocol);
        if (kind == null) {
            throw new ConfigException("Unsupported JDBC URL 'jdbc:" + safePrefix(subprotocol)
                    + ":...'; retort supports jdbc:postgresql, jdbc:mysql, jdbc:mariadb, jdbc:sqlserver, "
                    + "jdbc:sqlite and jdbc:h2");
        }
        String password = null;
        List<String> others = new ArrayList<>();
        for (CredentialFinder.Found found : CredentialFinder.find(jdbcUrl)) {
            if (found.isLoginPassword() && password == null) {
                password = found.decodedIn(jdbcUrl);
            } else {
                others.add(found.decodedIn(jdbcUrl));
            }
        }
        return new DatabaseUrl(original, kind, jdbcUrl, new Properties(), null, password,
                CredentialFinder.maskAll(original), others);
    }

    /** PostgreSQL and MySQL/MariaDB: {@code jdbc:<sub>://host[:port]/db[?params]}, credentials as properties. */
    private static DatabaseUrl serverUrl(String url, DatabaseKind kind, String prefix) {
        UrlComponents parts = UrlComponents.parse(url);
        Credentials credentials = Credentials.of(parts);
        List<String> params = new ArrayList<>();
        for (int i = 0; i < parts.query().size(); i++) {
            if (!Credentials.isCredentialKey(parts.query().get(i).key())) {
                UrlComponents.Parameter raw = parts.rawQuery().get(i);
                params.add(raw.key() + "=" + raw.value());
            }
        }
        String jdbcUrl = prefix + hostAndPort(parts) + "/" + (parts.database() == null ? "" : parts.database())
                + (params.isEmpty() ? "" : "?" + String.join("&", params));
        return credentials.toUrl(url, kind, jdbcUrl, parts);
    }

    /**
     * SQL Server: {@code jdbc:sqlserver://host[:port];databaseName=db;k=v}. The ODBC {@code driver}
     * parameter of pyodbc URLs is dropped: it names an ODBC driver, meaningless to JDBC.
     */
    private static DatabaseUrl sqlServer(String url) {
        UrlComponents parts = UrlComponents.parse(url);
        Credentials credentials = Credentials.of(parts);
        StringBuilder jdbcUrl = new StringBuilder("jdbc:sqlserver://").append(hostAndPort(parts));
        if (parts.database() != null && !parts.database().isEmpty()) {
            jdbcUrl.append(";databaseName=").append(sqlServerValue(parts.database()));
        }
        for (UrlComponents.Parameter p : parts.query()) {
            if (!Credentials.isCredentialKey(p.key()) && !p.key().equalsIgnoreCase("driver")) {
                jdbcUrl.append(';').append(p.key()).append('=').append(sqlServerValue(p.value()));
            }
        }
        return credentials.toUrl(url, DatabaseKind.SQLSERVER, jdbcUrl.toString(), parts);
    }

    private static String hostAndPort(UrlComponents parts) {
        String host = parts.host() == null ? "localhost" : parts.host();
        return parts.port() == null ? host : host + ":" + parts.port();
    }

    /** SQL Server's connection-string escaping: braces around a value holding {@code ;}, {@code =} or braces. */
    private static String sqlServerValue(String value) {
        if (value.matches(".*[;={}].*")) {
            return "{" + value.replace("}", "}}") + "}";
        }
        return value;
    }

    /** At most the scheme-like start of unparseable text, which cannot hold a password. */
    private static String safePrefix(String text) {
        return text.chars()
                .takeWhile(c -> Character.isLetterOrDigit(c) || c == '_' || c == '+' || c == '.' || c == '-')
                .limit(20)
                .mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining());
    }
}
