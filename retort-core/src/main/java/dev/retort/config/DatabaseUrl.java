package dev.retort.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * A database URL as the user wrote it, resolved to what JDBC needs: a JDBC URL, connection
 * properties (user, password and driver parameters) and the kind of database, which picks the
 * dialect. Immutable. Nothing here prints the password: {@link #toString()}, {@link #masked()},
 * {@link #maskedJdbcUrl()} and the properties' {@code toString} all show it as {@code ***}.
 *
 * <p>Accepted forms: {@code jdbc:...} as is; SQLAlchemy-style {@code postgresql://},
 * {@code postgres://}, {@code mysql://}, {@code mariadb://}, {@code mssql://} (each with an
 * optional {@code +driver}, which is ignored), {@code sqlite:///relative.db},
 * {@code sqlite:////absolute.db}, {@code sqlite://} (in memory), and {@code h2:...}. See
 * {@link #parse(String, Path)}.
 *
 * <p>MySQL and MariaDB URLs both become {@code jdbc:mariadb:} URLs: retort ships the MariaDB
 * Connector/J (LGPL, speaks to both servers) rather than MySQL Connector/J (GPL). The kind stays
 * MYSQL or MARIADB so that the dialect knows which server it talks to. A {@code jdbc:mysql:} URL
 * is kept as is, for a user who puts MySQL Connector/J on the classpath.
 */
public final class DatabaseUrl {
    private final String original;
    private final DatabaseKind kind;
    private final String jdbcUrl;
    private final Properties properties;
    private final String user;
    private final String password;
    private final String masked;
    private final Secrets secrets;

    DatabaseUrl(String original, DatabaseKind kind, String jdbcUrl, Properties properties,
            String user, String password, String masked, List<String> otherSecrets) {
        this.original = Objects.requireNonNull(original);
        this.kind = Objects.requireNonNull(kind);
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl);
        this.properties = new SecretAwareProperties(properties);
        this.user = user;
        this.password = password;
        this.masked = masked;
        List<String> all = new ArrayList<>(otherSecrets);
        if (password != null) {
            all.add(password);
        }
        this.secrets = Secrets.of(all).and(Secrets.foundIn(original)).and(Secrets.foundIn(jdbcUrl));
    }

    /**
     * Parses any accepted form.
     *
     * @param url           the URL as written (after interpolation)
     * @param baseDirectory what a relative SQLite path is relative to: the process's working
     *                      directory, as in SQLAlchemy
     * @throws dev.retort.RetortException a one-line message (never holding the password) when
     *                                    the URL is not one of the accepted forms
     */
    public static DatabaseUrl parse(String url, Path baseDirectory) {
        return DatabaseUrlParser.parse(url, baseDirectory);
    }

    /** Which database, and so which dialect. */
    public DatabaseKind kind() {
        return kind;
    }

    /** The URL for {@code DriverManager}; holds a password only if a {@code jdbc:} URL was given one. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** A copy of the connection properties (user, password, driver parameters). */
    public Properties properties() {
        return new SecretAwareProperties(properties);
    }

    /** The user, when the URL names one in its authority or parameters. */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** The password, decoded. Never print it. */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** The URL as the user wrote it, password shown as {@code ***}. */
    public String masked() {
        return masked;
    }

    /** The JDBC URL, any password in it shown as {@code ***}. */
    public String maskedJdbcUrl() {
        return secrets.mask(jdbcUrl);
    }

    /** Every password this URL holds, for masking output. */
    public Secrets secrets() {
        return secrets;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatabaseUrl that
                && original.equals(that.original)
                && jdbcUrl.equals(that.jdbcUrl)
                && properties.equals(that.properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(original, jdbcUrl);
    }

    /** The masked URL as written. */
    @Override
    public String toString() {
        return masked;
    }
}
