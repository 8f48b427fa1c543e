package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autogenerate end to end on SQLite: a model script, {@code revision --autogenerate} against an
 * empty database, upgrade, a clean {@code check}, and {@code downgrade base} leaving only the
 * version tables.
 */
class AutogenerateCliTest {
    private static final String SCHEMA = """
            CREATE TABLE customer (
                id INTEGER NOT NULL PRIMARY KEY,
                name VARCHAR(100) NOT NULL,
                boss_id INTEGER REFERENCES customer (id)
            );
            CREATE TABLE orders (
                id INTEGER NOT NULL PRIMARY KEY,
                customer_id INTEGER NOT NULL,
                total NUMERIC(10, 2) DEFAULT 0,
                CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
            );
            CREATE INDEX ix_orders_customer ON orders (customer_id);
            """;

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void init() throws IOException {
        cli = new CliRunner(dir);
        assertThat(cli.run("init", "migrations").code()).isZero();
        Path toml = dir.resolve("retort.toml");
        Files.writeString(toml, Files.readString(toml).replace("# sql = \"db/schema.sql\"", "sql = \"schema.sql\""));
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void javaRevisionUpgradesChecksCleanAndDowngradesToBase() throws SQLException, IOException {
        CliRunner.Result differs = cli.run("check");
        assertThat(differs.code()).as(differs.toString()).isEqualTo(1);
        assertThat(differs.out()).startsWith("New upgrade operations detected:\n")
                .contains("  add_table customer\n", "  add_table orders\n", "  add_index ix_orders_customer");

        CliRunner.Result printed = ok("revision", "--autogenerate", "--sql", "-m", "initial");
        assertThat(printed.out()).contains("op.createTable(\"customer\"", "op.dropTable(\"orders\");");
        try (var files = Files.list(dir.resolve("migrations/versions"))) {
            assertThat(files).isEmpty();
        }

        ok("revision", "--autogenerate", "-m", "initial");
        ok("upgrade", "head");
        assertThat(tables()).contains("customer", "orders", "retort_version");
        CliRunner.Result clean = ok("check");
        assertThat(clean.out()).isEqualTo("No new upgrade operations detected.\n");

        CliRunner.Result empty = ok("revision", "--autogenerate", "--sql", "-m", "nothing");
        assertThat(empty.out()).contains("// No changes: the database matches the model.");

        ok("downgrade", "base");
        assertThat(tables()).allMatch(t -> t.startsWith("retort_version"));
    }

    @Test
    void sqlRevisionRoundTrips() throws SQLException {
        ok("revision", "--autogenerate", "--format", "sql", "-m", "initial");
        ok("upgrade", "head");
        assertThat(ok("check").out()).isEqualTo("No new upgrade operations detected.\n");
        ok("downgrade", "base");
        assertThat(tables()).allMatch(t -> t.startsWith("retort_version"));
    }

    @Test
    void autogenerateWantsTheDatabaseAtHead() {
        ok("revision", "--autogenerate", "-m", "initial");
        CliRunner.Result r = cli.run("revision", "--autogenerate", "-m", "again");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Target database is not up to date.");
    }
}
