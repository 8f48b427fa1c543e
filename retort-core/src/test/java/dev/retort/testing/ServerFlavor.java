package dev.retort.testing;

import dev.retort.config.DatabaseKind;
import java.util.List;
import java.util.Map;

/**
 * What differs between the two database servers the tests use: URLs, the environment variable
 * that points at a server, the local default, how to start the local server, and the SQL that
 * creates, lists and drops databases.
 */
enum ServerFlavor {
    POSTGRESQL(DatabaseKind.POSTGRESQL, "PostgreSQL", "RETORT_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres",
            "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
            List.of("jdbc:postgresql://"), "postgresql", Map.of("connectTimeout", "3")) {
        @Override
        String quote(String identifier) {
            return '"' + identifier.replace("\"", "\"\"") + '"';
        }

        @Override
        String dropDatabase(String name) {
            // WITH (FORCE) (PostgreSQL 13+) ends connections a test forgot to close
            return "DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)";
        }

        @Override
        String listDatabases() {
            return "SELECT datname FROM pg_database WHERE datname LIKE 'retort\\_test\\_%'";
        }
    },
    MARIADB(DatabaseKind.MARIADB, "MariaDB", "RETORT_TEST_MARIADB_URL",
            "jdbc:mariadb://127.0.0.1:3306/?user=root",
            "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd",
            List.of("jdbc:mariadb://", "jdbc:mysql://"), "mariadb", Map.of("connectTimeout", "3000")) {
        @Override
        String quote(String identifier) {
            return '`' + identifier.replace("`", "``") + '`';
        }

        @Override
        String dropDatabase(String name) {
            return "DROP DATABASE IF EXISTS " + quote(name);
        }

        @Override
        String listDatabases() {
            return "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'retort\\_test\\_%'";
        }
    };

    private final DatabaseKind kind;
    private final String displayName;
    private final String envVar;
    private final String localDefault;
    private final String startCommand;
    private final List<String> jdbcPrefixes;
    private final String sqlalchemyScheme;
    private final Map<String, String> probeParameters;

    ServerFlavor(DatabaseKind kind, String displayName, String envVar, String localDefault, String startCommand,
            List<String> jdbcPrefixes, String sqlalchemyScheme, Map<String, String> probeParameters) {
        this.kind = kind;
        this.displayName = displayName;
        this.envVar = envVar;
        this.localDefault = localDefault;
        this.startCommand = startCommand;
        this.jdbcPrefixes = jdbcPrefixes;
        this.sqlalchemyScheme = sqlalchemyScheme;
        this.probeParameters = probeParameters;
    }

    /** A quoted identifier. */
    abstract String quote(String identifier);

    /** Drops a database, also when it does not exist. */
    abstract String dropDatabase(String name);

    /** A query whose first column lists the databases named {@code retort_test_*}. */
    abstract String listDatabases();

    String createDatabase(String name) {
        return "CREATE DATABASE " + quote(name);
    }

    DatabaseKind kind() {
        return kind;
    }

    String displayName() {
        return displayName;
    }

    /** The environment variable holding an admin JDBC URL of the server to use. */
    String envVar() {
        return envVar;
    }

    /** The admin JDBC URL of the server this machine usually runs. */
    String localDefault() {
        return localDefault;
    }

    /** The shell command that starts the local server. */
    String startCommand() {
        return startCommand;
    }

    /** Accepted JDBC URL prefixes; the first is the one URLs are built with. */
    List<String> jdbcPrefixes() {
        return jdbcPrefixes;
    }

    String sqlalchemyScheme() {
        return sqlalchemyScheme;
    }

    /** Driver parameters that bound how long a probe waits for an absent server. */
    Map<String, String> probeParameters() {
        return probeParameters;
    }
}
