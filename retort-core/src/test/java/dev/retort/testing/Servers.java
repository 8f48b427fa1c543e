package dev.retort.testing;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The database servers of this JVM: each located (and if need be started) once, at first use,
 * and cleared of stale leftovers then. A failure to find one is remembered too, so that every
 * later test fails at once with the same message instead of retrying a slow start.
 */
final class Servers {
    private static final Map<ServerFlavor, Object> LOCATED = new EnumMap<>(ServerFlavor.class);

    private Servers() {
    }

    /** The server for a flavor; throws {@link ServerUnavailableError} if there is none. */
    static synchronized DatabaseServer get(ServerFlavor flavor) {
        Object found = LOCATED.computeIfAbsent(flavor, Servers::locate);
        if (found instanceof ServerUnavailableError e) {
            throw new ServerUnavailableError(e.getMessage(), e);
        }
        return (DatabaseServer) found;
    }

    private static Object locate(ServerFlavor flavor) {
        long start = System.nanoTime();
        ServerLocator.Located located;
        try {
            located = ServerLocator.standard().locate(flavor);
        } catch (ServerUnavailableError e) {
            return e;
        }
        System.err.printf("retort tests: %s at %s (%s, %d ms)%n", flavor.displayName(), located.url().masked(),
                located.how(), (System.nanoTime() - start) / 1_000_000);
        DatabaseServer server = new DatabaseServer(located.url());
        try {
            server.dropLeftovers(Instant.now());
        } catch (java.sql.SQLException e) {
            System.err.println("retort tests: could not drop stale test databases on " + flavor.displayName() + ": " + e);
        }
        return server;
    }
}
