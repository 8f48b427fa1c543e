package dev.retort.testing;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The JDBC URL of an administrative connection to a database server (one that may create and
 * drop databases), taken apart so that URLs of other databases on the same server can be built
 * from it: {@code jdbc:postgresql://host:port/postgres?user=postgres&password=...}. User and
 * password come from the {@code user} and {@code password} query parameters; other parameters
 * are kept for every URL built from this one.
 */
record AdminUrl(ServerFlavor flavor, String hostAndPort, String database, String user, String password,
        Map<String, String> parameters) {

    AdminUrl {
        parameters = Map.copyOf(parameters);
    }

    /**
     * Parses a JDBC URL of the given flavor.
     *
     * @throws IllegalArgumentException if the URL is not a {@code jdbc:} URL of that flavor
     */
    static AdminUrl parse(ServerFlavor flavor, String jdbcUrl) {
        String prefix = flavor.jdbcPrefixes().stream().filter(jdbcUrl::startsWith).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a " + flavor.displayName() + " JDBC URL (expected "
                        + String.join(" or ", flavor.jdbcPrefixes()) + "...): " + masked(jdbcUrl)));
        String rest = jdbcUrl.substring(prefix.length());
        int query = rest.indexOf('?');
        String beforeQuery = query < 0 ? rest : rest.substring(0, query);
        int slash = beforeQuery.indexOf('/');
        String hostAndPort = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
        String database = slash < 0 ? "" : beforeQuery.substring(slash + 1);
        Map<String, String> params = new LinkedHashMap<>();
        if (query >= 0) {
            for (String pair : rest.substring(query + 1).split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
        }
        String user = params.remove("user");
        String password = params.remove("password");
        if (hostAndPort.isEmpty()) {
            throw new IllegalArgumentException("no host in " + masked(jdbcUrl));
        }
        return new AdminUrl(flavor, hostAndPort, database, user, password, params);
    }

    /** The JDBC URL of this administrative connection. */
    String jdbcUrl() {
        return jdbcUrl(database);
    }

    /** The JDBC URL of another database on the same server, with user, password and parameters. */
    String jdbcUrl(String otherDatabase) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        if (user != null) {
            query.add("user=" + encode(user));
        }
        if (password != null) {
            query.add("password=" + encode(password));
        }
        parameters.forEach((k, v) -> query.add(encode(k) + "=" + encode(v)));
        return flavor.jdbcPrefixes().get(0) + hostAndPort + "/" + otherDatabase + query;
    }

    /** The same database as an SQLAlchemy-style URL ({@code postgresql://user@host:port/db}). */
    String sqlalchemyUrl(String otherDatabase) {
        StringBuilder url = new StringBuilder(flavor.sqlalchemyScheme()).append("://");
        if (user != null) {
            url.append(encode(user));
            if (password != null) {
                url.append(':').append(encode(password));
            }
            url.append('@');
        }
        url.append(hostAndPort).append('/').append(otherDatabase);
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((k, v) -> query.add(encode(k) + "=" + encode(v)));
        return url.append(query).toString();
    }

    /** The JDBC URL with a connect timeout added, for probing whether the server answers. */
    String probeUrl() {
        Map<String, String> params = new LinkedHashMap<>(parameters);
        params.putAll(flavor.probeParameters());
        return new AdminUrl(flavor, hostAndPort, database, user, password, params).jdbcUrl();
    }

    /** For messages: the JDBC URL with the password shown as {@code ***}. */
    String masked() {
        return masked(jdbcUrl());
    }

    @Override
    public String toString() {
        return masked();
    }

    static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
