package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The databases' own command-line clients, for running offline SQL as a DBA would. */
final class Clients {
    private Clients() {
    }

    /** Runs the SQL with the database's own client (H2, which has none, with RUNSCRIPT). */
    static void apply(TestDatabase db, Path dir, String sql) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "migration", ".sql");
        Files.writeString(file, sql, StandardCharsets.UTF_8);
        List<String> command = switch (db.kind()) {
            case POSTGRESQL -> List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres",
                    "-d", db.name(), "-f", file.toString());
            case MARIADB -> List.of("mariadb", "-h", "127.0.0.1", "-u", "root", db.name());
            case SQLITE -> List.of("sqlite3", "-bail", db.url().substring("sqlite:///".length()));
            case H2 -> {
                Catalog.execute(db, "RUNSCRIPT FROM '" + file + "'");
                yield null;
            }
            default -> throw new IllegalArgumentException(db.kind().toString());
        };
        if (command == null) {
            return;
        }
        Path log = dir.resolve("client.log");
        Process p = new ProcessBuilder(command).redirectInput(file.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(command + "\n" + Files.readString(log) + "\n" + sql).isZero();
        assertThat(Files.readString(log)).as("client output").doesNotContainIgnoringCase("error");
    }
}
