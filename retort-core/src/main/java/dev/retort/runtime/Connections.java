package dev.retort.runtime;

import dev.retort.RetortException;
import dev.retort.config.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens JDBC connections, turning every failure into one line that names the (masked) URL. */
public final class Connections {
    private Connections() {
    }

    public static Connection open(DatabaseUrl url) {
        try {
            return DriverManager.getConnection(url.jdbcUrl(), url.properties());
        } catch (SQLException e) {
            throw new RetortException("Can't connect to " + url.masked() + ": " + reason(e) + "; "
                    + hint(e), e);
        }
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
