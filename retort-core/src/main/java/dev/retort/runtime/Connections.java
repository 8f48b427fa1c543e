package dev.retort.runtime;

import dev.retort.config.DatabaseUrl;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Opens JDBC connections, turning every failure into one line that names the (masked) URL.
 *
 * <p>The drivers retort ships are loaded by name for their own URL prefix, not through
 * {@link DriverManager}: its first use loads and initializes every driver on the class path, and
 * sqlite-jdbc's initialization alone (extracting and checking its native library, starting a
 * process) costs ~150 ms on a run that talks to PostgreSQL. Other {@code jdbc:} URLs (a driver
 * the user brings) go through DriverManager as usual. sqlite-jdbc's native library is loaded from
 * retort's cache ({@link SqliteNativeLibrary}).
 */
public final class Connections {
    private static final Map<String, String> SHIPPED_DRIVERS = Map.of(
            "jdbc:postgresql:", "org.postgresql.Driver",
            "jdbc:mariadb:", "org.mariadb.jdbc.Driver",
            "jdbc:sqlite:", "org.sqlite.JDBC",
            "jdbc:h2:", "org.h2.Driver");

    private Connections() {
    }

    public static Connection open(DatabaseUrl url) {
        try {
            Driver driver = shippedDriver(url.jdbcUrl());
            Connection c = driver != null ? driver.connect(url.jdbcUrl(), url.properties())
                    : DriverManager.getConnection(url.jdbcUrl(), url.properties());
            if (c == null) {
                throw new SQLException("the driver does not accept this URL", "08001");
            }
            return c;
        } catch (SQLException e) {
            throw new ConnectionException("Can't connect to " + url.masked() + ": " + reason(e) + "; " + hint(e),
                    url.masked(), reason(e), e.getSQLState(), e);
        }
    }

    private static Driver shippedDriver(String jdbcUrl) {
        for (Map.Entry<String, String> entry : SHIPPED_DRIVERS.entrySet()) {
            if (jdbcUrl.startsWith(entry.getKey())) {
                if (entry.getKey().equals("jdbc:sqlite:")) {
                    SqliteNativeLibrary.useCachedCopy(System.getenv());
                }
                try {
                    return (Driver) Class.forName(entry.getValue()).getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException | LinkageError e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static String hint(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return "is the server running and the host and port right?";
        } else if (state.equals("28P01") || state.equals("28000") || e.getErrorCode() == 1045) {
            return "check the user and password";
        } else if (state.equals("3D000") || e.getErrorCode() == 1049) {
            return "create the database first, or fix its name in the URL";
        }
        return "check the URL (--url, -x url=, or url in retort.toml)";
    }
}
