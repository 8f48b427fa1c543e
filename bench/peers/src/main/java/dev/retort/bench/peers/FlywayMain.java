package dev.retort.bench.peers;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway as a user of its Java API runs it, for the benchmark: one command per JVM.
 *
 * <pre>
 * java -cp peers.jar:lib/* dev.retort.bench.peers.FlywayMain JDBC_URL USER LOCATION COMMAND
 * </pre>
 *
 * LOCATION is a Flyway location ({@code filesystem:/path/to/sql}); COMMAND is {@code migrate}
 * (upgrade to the latest version), {@code info} (every migration with its state, as {@code flyway
 * info} prints it) or {@code current} (the applied version, as {@code retort current}). Undo and
 * dry runs are in Flyway's paid editions only; the benchmark says "paid" for them.
 */
public final class FlywayMain {
    private FlywayMain() {}

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: FlywayMain JDBC_URL USER LOCATION migrate|info|current");
            System.exit(2);
        }
        String url = args[0], user = args[1], location = args[2], command = args[3];
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, "")
                .locations(location)
                .load();
        switch (command) {
            case "migrate" -> {
                MigrateResult result = flyway.migrate();
                System.out.println("applied " + result.migrationsExecuted + " migrations, now at "
                        + result.targetSchemaVersion);
            }
            case "info" -> {
                MigrationInfoService info = flyway.info();
                StringBuilder out = new StringBuilder();
                for (MigrationInfo m : info.all()) {
                    out.append(m.getVersion()).append(" | ").append(m.getDescription()).append(" | ")
                            .append(m.getState().getDisplayName()).append('\n');
                }
                System.out.print(out);
            }
            case "current" -> {
                MigrationInfo current = flyway.info().current();
                System.out.println(current == null ? "(none)" : current.getVersion().toString());
            }
            default -> {
                System.err.println("unknown command " + command + " (" + Arrays.toString(args) + ")");
                System.exit(2);
            }
        }
    }
}
