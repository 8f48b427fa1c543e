package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner;
import dev.retort.config.DatabaseKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The autogenerate round trip on each live dialect (SQLite has its own, AutogenerateCliTest):
 * a model, {@code revision --autogenerate} against an empty database, upgrade, a clean
 * {@code check}, and {@code downgrade base} leaving only the version tables. Once with a model
 * script covering what the comparison knows about, once per corpus schema loaded into a reference
 * database ({@code [retort.model] url =}).
 */
class RoundTripE2eTest {
    private static final Path CORPUS = Path.of(System.getProperty("retort.corpus", "/work/shared/corpus/schemas"));

    private static final String POSTGRESQL = """
            CREATE TYPE mood AS ENUM ('happy', 'sad', 'ok');
            CREATE SEQUENCE invoice_no START WITH 1000 INCREMENT BY 10;
            CREATE TABLE customer (
                id INTEGER NOT NULL PRIMARY KEY,
                name VARCHAR(100) NOT NULL,
                email VARCHAR(200),
                mood mood DEFAULT 'ok',
                boss_id INTEGER,
                created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
                CONSTRAINT uq_customer_email UNIQUE (email),
                CONSTRAINT ck_customer_name CHECK (length(name) > 0),
                CONSTRAINT fk_customer_boss FOREIGN KEY (boss_id) REFERENCES customer (id) ON DELETE SET NULL
            );
            COMMENT ON TABLE customer IS 'People who buy';
            COMMENT ON COLUMN customer.name IS 'Full name';
            CREATE TABLE orders (
                id BIGINT NOT NULL PRIMARY KEY,
                customer_id INTEGER NOT NULL,
                total NUMERIC(10, 2) NOT NULL DEFAULT 0,
                status VARCHAR(20) DEFAULT 'new',
                note TEXT,
                CONSTRAINT ck_orders_status CHECK (status IN ('new', 'paid')),
                CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
                    ON DELETE CASCADE ON UPDATE RESTRICT
            );
            CREATE INDEX ix_orders_customer ON orders (customer_id);
            CREATE UNIQUE INDEX ux_orders_customer_total ON orders (customer_id, total);
            """;

    private static final String MARIADB = """
            CREATE TABLE customer (
                id INT NOT NULL PRIMARY KEY,
                name VARCHAR(100) NOT NULL COMMENT 'Full name',
                email VARCHAR(200),
                mood ENUM('happy', 'sad', 'ok') DEFAULT 'ok',
                boss_id INT,
                created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
                CONSTRAINT uq_customer_email UNIQUE (email),
                CONSTRAINT ck_customer_name CHECK (CHAR_LENGTH(name) > 0),
                CONSTRAINT fk_customer_boss FOREIGN KEY (boss_id) REFERENCES customer (id) ON DELETE SET NULL
            ) COMMENT 'People who buy';
            CREATE TABLE orders (
                id BIGINT NOT NULL PRIMARY KEY,
                customer_id INT NOT NULL,
                total DECIMAL(10, 2) NOT NULL DEFAULT 0,
                status VARCHAR(20) DEFAULT 'new',
                note TEXT,
                CONSTRAINT ck_orders_status CHECK (status IN ('new', 'paid')),
                CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
                    ON DELETE CASCADE ON UPDATE RESTRICT
            );
            CREATE INDEX ix_orders_customer ON orders (customer_id);
            CREATE UNIQUE INDEX ux_orders_customer_total ON orders (customer_id, total);
            """;

    private static final String H2 = """
            CREATE SEQUENCE invoice_no START WITH 1000 INCREMENT BY 10;
            CREATE TABLE customer (
                id INTEGER NOT NULL PRIMARY KEY,
                name VARCHAR(100) NOT NULL,
                email VARCHAR(200),
                boss_id INTEGER,
                created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
                CONSTRAINT uq_customer_email UNIQUE (email),
                CONSTRAINT ck_customer_name CHECK (LENGTH(name) > 0),
                CONSTRAINT fk_customer_boss FOREIGN KEY (boss_id) REFERENCES customer (id) ON DELETE SET NULL
            );
            COMMENT ON TABLE customer IS 'People who buy';
            COMMENT ON COLUMN customer.name IS 'Full name';
            CREATE TABLE orders (
                id BIGINT NOT NULL PRIMARY KEY,
                customer_id INTEGER NOT NULL,
                total NUMERIC(10, 2) NOT NULL DEFAULT 0,
                status VARCHAR(20) DEFAULT 'new',
                note CLOB,
                CONSTRAINT ck_orders_status CHECK (status IN ('new', 'paid')),
                CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
                    ON DELETE CASCADE ON UPDATE RESTRICT
            );
            CREATE INDEX ix_orders_customer ON orders (customer_id);
            CREATE UNIQUE INDEX ux_orders_customer_total ON orders (customer_id, total);
            """;

    @TempDir
    Path dir;

    private static String model(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> POSTGRESQL;
            case MARIADB -> MARIADB;
            case H2 -> H2;
            default -> throw new IllegalArgumentException(kind.toString());
        };
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB", "H2"})
    void javaRevisionFromAModelScriptRoundTrips(DatabaseKind kind) {
        roundTripFromScript(kind);
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB", "H2"})
    void sqlRevisionFromAModelScriptRoundTrips(DatabaseKind kind) {
        roundTripFromScript(kind, "--format", "sql");
    }

    private void roundTripFromScript(DatabaseKind kind, String... format) {
        E2eProject p = E2eProject.init(dir.resolve("project"));
        E2eProject.write(p.dir.resolve("schema.sql"), model(kind));
        model(p, "sql = \"schema.sql\"");
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            roundTrip(p, db, List.of("customer", "orders"), format);
            assertThat(revisionText(p)).contains("ix_orders_customer", "ux_orders_customer_total", "ck_orders_status",
                    "fk_orders_customer", "People who buy", "Full name");
            if (kind == DatabaseKind.POSTGRESQL) {
                assertThat(revisionText(p)).contains("happy", "invoice_no");
                assertThat(Catalog.column(db, "SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                        + " WHERE n.nspname = 'public' AND t.typtype = 'e'")).as("enum types after downgrade").isEmpty();
            }
            if (kind != DatabaseKind.MARIADB) {
                assertThat(Catalog.column(db, "SELECT sequence_name FROM information_schema.sequences WHERE "
                        + "LOWER(sequence_schema) = 'public'")).as("sequences after downgrade").isEmpty();
            }
        }
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of(DatabaseKind.POSTGRESQL, "chinook.postgresql.sql"),
                Arguments.of(DatabaseKind.MARIADB, "chinook.mysql.sql"),
                Arguments.of(DatabaseKind.MARIADB, "employees.mysql.sql"));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void corpusSchemaFromAReferenceDatabaseRoundTrips(DatabaseKind kind, String schema)
            throws IOException, InterruptedException {
        E2eProject p = E2eProject.init(dir.resolve("project"));
        try (TestDatabase reference = TestDatabases.of(kind, dir); TestDatabase db = TestDatabases.of(kind, dir)) {
            Clients.apply(reference, dir, Files.readString(CORPUS.resolve(schema)));
            model(p, "url = \"" + reference.url() + "\"");
            List<String> tables = baseTables(reference);
            assertThat(tables).hasSizeGreaterThanOrEqualTo(6);
            roundTrip(p, db, tables);
        }
    }

    /** The base tables (not views) of the database's default schema, sorted. */
    private static List<String> baseTables(TestDatabase db) {
        String schema = db.kind() == DatabaseKind.POSTGRESQL ? "'public'" : "DATABASE()";
        return Catalog.column(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = " + schema
                + " AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'retort_version%' ORDER BY table_name");
    }

    /** Sets the one model source of [retort.model] (the template has them all commented out). */
    private static void model(E2eProject p, String line) {
        Path toml = p.dir.resolve("retort.toml");
        try {
            Files.writeString(toml, Files.readString(toml).replace("[retort.model]", "[retort.model]\n" + line));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Autogenerate against the empty database, upgrade, check clean, downgrade base. */
    private static void roundTrip(E2eProject p, TestDatabase db, List<String> tables, String... format) {
        String url = db.url();
        CliRunner.Result differs = p.run("--url", url, "check");
        assertThat(differs.code()).as(differs.toString()).isEqualTo(1);
        assertThat(differs.out()).as(differs.toString()).startsWith("New upgrade operations detected:\n");

        String[] revision = Stream.concat(Stream.of("--url", url, "revision", "--autogenerate", "-m", "initial"),
                Stream.of(format)).toArray(String[]::new);
        p.ok(revision);
        p.ok("--url", url, "upgrade", "head");
        assertThat(Catalog.tables(db)).as("tables at head").containsAll(
                tables.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList());
        CliRunner.Result clean = p.run("--url", url, "check");
        assertThat(clean.code()).as(clean + "\n" + revisionText(p)).isZero();
        assertThat(clean.out()).isEqualTo("No new upgrade operations detected.\n");

        p.ok("--url", url, "downgrade", "base");
        assertThat(Catalog.tables(db)).as(revisionText(p)).allMatch(t -> t.startsWith("retort_version"));
    }

    private static String revisionText(E2eProject p) {
        try (Stream<Path> files = Files.list(p.versions())) {
            StringBuilder text = new StringBuilder();
            for (Path f : files.toList()) {
                text.append("--- ").append(f.getFileName()).append('\n').append(Files.readString(f));
            }
            return text.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
