package dev.retort.testing;

/** A database server started inside the test JVM, stopped when the JVM exits. */
interface EmbeddedServer {
    /** What the failure message calls it: the Maven coordinates that provide it. */
    String description();

    /**
     * Starts the server and waits until it accepts connections.
     *
     * @return the JDBC URL of an administrative connection to it
     */
    String start() throws Exception;

    /** The embedded server for a flavor. */
    static EmbeddedServer of(ServerFlavor flavor) {
        return switch (flavor) {
            case POSTGRESQL -> new EmbeddedPostgresServer();
            case MARIADB -> new EmbeddedMariaDbServer();
        };
    }
}
