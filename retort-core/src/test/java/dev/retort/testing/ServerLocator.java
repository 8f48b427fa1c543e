package dev.retort.testing;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Finds the server a kind of test database lives on, in this order: the embedded server when
 * the system property {@value #FORCE_EMBEDDED} is {@code true}; else the admin JDBC URL in the
 * flavor's environment variable (which must answer: no fallback from an explicit choice); else
 * the local default if it answers; else the embedded server. Fails with
 * {@link ServerUnavailableError} naming the environment variable and the command that starts the
 * local server.
 */
final class ServerLocator {
    /** System property that skips the env var and local server, to exercise the embedded path. */
    static final String FORCE_EMBEDDED = "retort.test.embedded";

    private final UnaryOperator<String> env;
    private final boolean forceEmbedded;
    private final Prober prober;
    private final Function<ServerFlavor, EmbeddedServer> embedded;

    ServerLocator(UnaryOperator<String> env, boolean forceEmbedded, Prober prober,
            Function<ServerFlavor, EmbeddedServer> embedded) {
        this.env = env;
        this.forceEmbedded = forceEmbedded;
        this.prober = prober;
        this.embedded = embedded;
    }

    /** The locator of this JVM: real environment, system properties, JDBC and embedded servers. */
    static ServerLocator standard() {
        return new ServerLocator(System::getenv, Boolean.getBoolean(FORCE_EMBEDDED), Prober.jdbc(), EmbeddedServer::of);
    }

    /** The located server, with how it was found. */
    record Located(AdminUrl url, String how) {
    }

    Located locate(ServerFlavor flavor) {
        if (forceEmbedded) {
            return startEmbedded(flavor, "-D" + FORCE_EMBEDDED + "=true asks for the embedded server");
        }
        String fromEnv = env.apply(flavor.envVar());
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnvironment(flavor, fromEnv.strip());
        }
        AdminUrl local = AdminUrl.parse(flavor, flavor.localDefault());
        Optional<String> problem = prober.problem(local);
        if (problem.isEmpty()) {
            return new Located(local, "local default");
        }
        return startEmbedded(flavor, "the local default " + local.masked() + " does not answer (" + problem.get() + ")");
    }

    private Located fromEnvironment(ServerFlavor flavor, String value) {
        AdminUrl url;
        try {
            url = AdminUrl.parse(flavor, value);
        } catch (IllegalArgumentException e) {
            throw new ServerUnavailableError(flavor.envVar() + " is not an admin JDBC URL: " + e.getMessage()
                    + "; expected e.g. " + flavor.localDefault(), e);
        }
        Optional<String> problem = prober.problem(url);
        if (problem.isPresent()) {
            throw new ServerUnavailableError(flavor.displayName() + " at " + flavor.envVar() + "=" + url.masked()
                    + " does not answer: " + problem.get() + ". Start that server, or unset " + flavor.envVar()
                    + " to use the local one (start it with: " + flavor.startCommand() + ").", null);
        }
        return new Located(url, flavor.envVar());
    }

    private Located startEmbedded(ServerFlavor flavor, String why) {
        EmbeddedServer server = embedded.apply(flavor);
        try {
            AdminUrl url = AdminUrl.parse(flavor, server.start());
            Optional<String> problem = prober.problem(url);
            if (problem.isPresent()) {
                throw new IllegalStateException("started, but does not answer at " + url.masked() + ": " + problem.get());
            }
            return new Located(url, "embedded (" + server.description() + "), as " + why);
        } catch (Exception | LinkageError e) {
            throw new ServerUnavailableError("No " + flavor.displayName() + " server for the database tests: " + why
                    + ", and the embedded server (" + server.description() + ") did not start: " + e
                    + ". Start the local server with: " + flavor.startCommand() + "  -- or set " + flavor.envVar()
                    + " to the admin JDBC URL of a running server, e.g. " + flavor.localDefault(), e);
        }
    }
}
