package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/** Tells whether a server answers at an admin URL, and if not, why. */
@FunctionalInterface
interface Prober {
    /** Empty if a connection succeeds; else a one-line reason, without a final period. */
    Optional<String> problem(AdminUrl url);

    /** Opens (and closes) one connection, with a connect timeout of a few seconds. */
    static Prober jdbc() {
        return url -> {
            try (Connection ignored = DriverManager.getConnection(url.probeUrl())) {
                return Optional.empty();
            } catch (SQLException e) {
                String first = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString());
                return Optional.of(first.strip().replaceAll("\\.+$", ""));
            }
        };
    }
}
