package dev.retort.config;

import java.util.List;
import java.util.Properties;

/**
 * The user and password of an SQLAlchemy-style URL, from its authority or else from its
 * {@code user=} / {@code password=} query parameters; they travel as connection properties,
 * never in the JDBC URL.
 */
record Credentials(String user, String password) {

    static Credentials of(UrlComponents parts) {
        String user = parts.user() != null && !parts.user().isEmpty() ? parts.user()
                : parts.parameter("user").orElse(parts.parameter("username").orElse(null));
        String password = parts.password() != null ? parts.password() : parts.parameter("password").orElse(null);
        return new Credentials(user, password);
    }

    static boolean isCredentialKey(String key) {
        return key.equalsIgnoreCase("user") || key.equalsIgnoreCase("username") || key.equalsIgnoreCase("password");
    }

    /** The URL value, these credentials as its only connection properties. */
    DatabaseUrl toUrl(String original, DatabaseKind kind, String jdbcUrl, UrlComponents parts) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        List<String> otherSecrets = parts.query().stream()
                .filter(p -> p.key().toLowerCase(java.util.Locale.ROOT).endsWith("password"))
                .map(UrlComponents.Parameter::value)
                .toList();
        return new DatabaseUrl(original, kind, jdbcUrl, properties, user, password, parts.masked(), otherSecrets);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=" + (password == null ? "none" : CredentialFinder.MASK) + "]";
    }
}
