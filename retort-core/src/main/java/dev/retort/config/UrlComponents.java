package dev.retort.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SQLAlchemy-style URL, {@code dialect[+driver]://[user[:password]@][host][:port][/database][?query]},
 * split with SQLAlchemy's own pattern (so the password may hold a raw {@code /} or {@code :}, but
 * an {@code @} in it must be written {@code %40}). User, password and query are percent-decoded;
 * the database is kept as written, as SQLAlchemy does.
 *
 * @param dialect        the scheme before any {@code +driver}, lower case
 * @param user           decoded user, or null
 * @param password       decoded password, or null
 * @param host           host (an IPv6 address keeps its brackets), or null when absent
 * @param port           port 1-65535, or null when absent
 * @param database       the path after the authority, or null
 * @param query          query parameters in order, decoded
 * @param rawQuery       the parameters as written, in the same order
 * @param masked         the whole URL with its password shown as {@code ***}
 */
record UrlComponents(
        String dialect,
        String user,
        String password,
        String host,
        Integer port,
        String database,
        List<Parameter> query,
        List<Parameter> rawQuery,
        String masked) {

    /** One {@code key=value} query parameter. */
    record Parameter(String key, String value) {
    }

    private static final Pattern SQLALCHEMY_URL = Pattern.compile(
            "(?<scheme>[\\w+]+)://"
                    + "(?:(?<user>[^:/]*)(?::(?<password>[^@]*))?@)?"
                    + "(?:(?:\\[(?<ipv6>[^/?]+)\\]|(?<host>[^/:?]+))?(?::(?<port>[^/?]*))?)?"
                    + "(?:/(?<database>[^?]*))?"
                    + "(?:\\?(?<query>.*))?",
            Pattern.DOTALL);

    UrlComponents {
        query = List.copyOf(query);
        rawQuery = List.copyOf(rawQuery);
    }

    static UrlComponents parse(String url) {
        Matcher m = SQLALCHEMY_URL.matcher(url);
        String scheme = url.substring(0, Math.max(0, url.indexOf("://")));
        if (!m.matches()) {
            throw new ConfigException("Malformed database URL for '" + scheme
                    + "://'; write it as " + scheme + "://user:password@host:port/database?key=value");
        }
        String masked = m.group("password") == null ? url
                : url.substring(0, m.start("password")) + CredentialFinder.MASK + url.substring(m.end("password"));
        masked = CredentialFinder.maskAll(masked);
        String host = m.group("ipv6") != null ? "[" + m.group("ipv6") + "]" : emptyToNull(m.group("host"));
        if (m.group("user") != null && hasAnotherAt(url, m.end("password") >= 0 ? m.end("password") : m.end("user"))) {
            throw new ConfigException("Database URL for '" + scheme + "://' has more than one '@'; "
                    + "write an '@' in the user name or password as %40");
        }
        String user = decodeCredential(m.group("user"), "user name", masked);
        String password = decodeCredential(m.group("password"), "password", masked);
        List<Parameter> raw = splitQuery(m.group("query"));
        List<Parameter> decoded = new ArrayList<>();
        for (Parameter p : raw) {
            decoded.add(new Parameter(decodeQueryPart(p.key(), masked), decodeQueryPart(p.value(), masked)));
        }
        String dialect = m.group("scheme").split("\\+", 2)[0].toLowerCase(Locale.ROOT);
        return new UrlComponents(dialect, user, password, host, parsePort(m.group("port"), masked),
                m.group("database"), decoded, raw, masked);
    }

    /** The last value of a query parameter, compared without case. */
    Optional<String> parameter(String key) {
        String value = null;
        for (Parameter p : query) {
            if (p.key().equalsIgnoreCase(key)) {
                value = p.value();
            }
        }
        return Optional.ofNullable(value);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return masked;
    }

    /** An unescaped '@' in a password makes the rest of the URL misparse (and leak): refuse it. */
    private static boolean hasAnotherAt(String url, int userinfoEnd) {
        String rest = url.substring(userinfoEnd + 1);
        int query = rest.indexOf('?');
        return (query < 0 ? rest : rest.substring(0, query)).contains("@");
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String decodeCredential(String text, String what, String masked) {
        if (text == null) {
            return null;
        }
        return PercentCodec.decode(text, false).orElseThrow(() -> new ConfigException(
                "Invalid percent-escape in the " + what + " of database URL '" + masked
                        + "'; write '%' as %25 and other special characters as %XX"));
    }

    private static String decodeQueryPart(String text, String masked) {
        return PercentCodec.decode(text, true).orElseThrow(() -> new ConfigException(
                "Invalid percent-escape in the query of database URL '" + masked
                        + "'; write '%' as %25 and other special characters as %XX"));
    }

    private static Integer parsePort(String port, String masked) {
        if (port == null || port.isEmpty()) {
            return null;
        }
        if (port.matches("[0-9]{1,5}")) {
            int value = Integer.parseInt(port);
            if (value >= 1 && value <= 65535) {
                return value;
            }
        }
        throw new ConfigException("Invalid port '" + port + "' in database URL '" + masked
                + "'; a port is a number from 1 to 65535");
    }

    private static List<Parameter> splitQuery(String query) {
        List<Parameter> parameters = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            parameters.add(eq < 0 ? new Parameter(pair, "") : new Parameter(pair.substring(0, eq), pair.substring(eq + 1)));
        }
        return parameters;
    }
}
