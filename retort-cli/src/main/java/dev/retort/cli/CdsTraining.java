package dev.retort.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

/**
 * Not a user command: bin/.retort-cds runs this once after each build, with the JVM recording the
 * classes it loads into a class-data-sharing archive. It drives the commands users run most (graph
 * commands, upgrade/downgrade/current on SQLite, offline SQL, JSON output, the PostgreSQL and
 * MariaDB drivers up to their connection attempt) in one JVM on a throwaway project, so that every
 * one of them starts from the archive.
 */
final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]).toAbsolutePath();
        // none of the user's environment: RETORT_CONFIG, RETORT_URL or DATABASE_URL would point the
        // training's upgrade and downgrade at a real database
        Map<String, String> env = Map.of();
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        run(project, env, sink, List.of(List.of("init", "migrations"),
                List.of("revision", "-m", "first", "--rev-id", "aaaa00000001"),
                List.of("revision", "-m", "second", "--rev-id", "aaaa00000002", "--format", "sql")));
        ageRevisionFiles(project.resolve("migrations/versions"));
        run(project, env, sink, List.of(
                List.of("heads"), List.of("heads"), List.of("branches"), List.of("history", "-v"), List.of("show", "head"),
                List.of("upgrade", "head"), List.of("current", "-v"), List.of("history", "-i"),
                List.of("downgrade", "base", "--force"), List.of("upgrade", "head", "--sql"),
                List.of("--format", "json", "heads"),
                // a server nobody listens on: the driver's classes load (and go into the archive)
                // before the connection is refused
                List.of("--url", "postgresql://retort@127.0.0.1:1/retort", "current"),
                List.of("--url", "mariadb://retort@127.0.0.1:1/retort", "current")));
    }

    private static void run(Path project, Map<String, String> env, PrintStream sink, List<List<String>> commands) {
        for (List<String> command : commands) {
            Main.run(command.toArray(String[]::new), sink, sink, env, project);
        }
    }

    /** The header cache keeps only files not modified a moment ago: age them, so its read path is trained too. */
    private static void ageRevisionFiles(Path versions) {
        try (var files = Files.list(versions)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(946_684_800_000L));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
