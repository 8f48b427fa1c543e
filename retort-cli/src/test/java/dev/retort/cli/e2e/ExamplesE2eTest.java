package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.DatabaseKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The projects under {@code examples/} do what their READMEs say, run from a temporary copy (the
 * repository is never written to) by the real {@code retort} process and, for the takeover, the
 * real Alembic ({@code /usr/bin/python3 -m alembic}, or the python {@code RETORT_ALEMBIC_PYTHON}
 * names; it needs SQLAlchemy and psycopg2, which {@code .ci/run} installs).
 */
class ExamplesE2eTest {
    private static final String PYTHON = System.getenv().getOrDefault("RETORT_ALEMBIC_PYTHON", "/usr/bin/python3");

    /** examples/plain-sql: SQL revisions with a branch and a merge, the URL from DATABASE_URL. */
    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void plainSql(DatabaseKind kind, @TempDir Path tmp) throws Exception {
        Path project = copyExample("plain-sql", tmp.resolve("plain-sql"));
        try (TestDatabase db = TestDatabases.of(kind, tmp)) {
            RetortProcess upgrade = retort(project, db, "upgrade", "upgrade", "head");
            assertThat(upgrade.err()).contains(
                    "Running upgrade  -> 1f3a9c2b7d10, create customer",
                    "Running upgrade 4b8e2d6a9c31, 7c2f5e1b8a44 -> 9d6b3a7e2f58, merge orders and email",
                    "Running upgrade 9d6b3a7e2f58 -> c5e8a1d4b762, add order status");
            assertThat(Catalog.tables(db)).containsExactly("customer", "orders", "retort_version", "retort_version_log");
            assertThat(Catalog.versionRows(db, "retort_version")).containsExactly("c5e8a1d4b762");
            assertThat(columns(db)).contains("customer.email VARCHAR NULL", "orders.status VARCHAR NOT NULL");

            assertThat(retort(project, db, "current", "current").out()).isEqualTo("c5e8a1d4b762 (head)\n");

            retort(project, db, "downgrade", "downgrade", "base");
            assertThat(Catalog.tables(db)).containsExactly("retort_version", "retort_version_log");
            assertThat(Catalog.versionRows(db, "retort_version")).isEmpty();
        }
    }

    /**
     * examples/alembic-takeover: Alembic upgrades a database to its head; retort, on the same
     * version table and with the same revision ids, reads that head, applies its own new
     * revision, and downgrades back through Alembic's revisions to base. retort's files for
     * Alembic's revisions build the same tables, columns and keys as Alembic's.
     */
    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void alembicTakeover(DatabaseKind kind, @TempDir Path tmp) throws Exception {
        Path project = copyExample("alembic-takeover", tmp.resolve("alembic-takeover"));
        try (TestDatabase byAlembic = TestDatabases.of(kind, tmp); TestDatabase byRetort = TestDatabases.of(kind, tmp)) {
            alembic(project, byAlembic, "upgrade", "head");
            assertThat(Catalog.tables(byAlembic)).containsExactly("alembic_version", "author", "post");
            assertThat(Catalog.versionRows(byAlembic, "alembic_version")).containsExactly("b7f3e5a2c814");

            // the same schema from retort's files for Alembic's three revisions, on a database of its own
            retort(project, byRetort, "retort-upgrade-to-alembic-head", "upgrade", "b7f3e5a2c814");
            assertThat(columns(byRetort)).isEqualTo(columns(byAlembic)).isNotEmpty();
            assertThat(foreignKeys(byRetort)).isEqualTo(foreignKeys(byAlembic)).containsExactly("post.author_id -> author.id");

            assertThat(retort(project, byAlembic, "current", "current").out()).isEqualTo("b7f3e5a2c814\n");
            RetortProcess upgrade = retort(project, byAlembic, "upgrade", "upgrade", "head");
            assertThat(upgrade.err()).contains("Running upgrade b7f3e5a2c814 -> e2a6c9f4b1d7, add post slug")
                    .doesNotContain("-> 3e1c7a9b5d20").doesNotContain("-> 8a4d2f6c1e93").doesNotContain("-> b7f3e5a2c814");
            assertThat(Catalog.versionRows(byAlembic, "alembic_version")).containsExactly("e2a6c9f4b1d7");
            assertThat(columns(byAlembic)).contains("post.slug VARCHAR NULL");

            RetortProcess downgrade = retort(project, byAlembic, "downgrade", "downgrade", "base");
            assertThat(downgrade.err()).contains(
                    "Running downgrade e2a6c9f4b1d7 -> b7f3e5a2c814, add post slug",
                    "Running downgrade b7f3e5a2c814 -> 8a4d2f6c1e93, add post published",
                    "Running downgrade 8a4d2f6c1e93 -> 3e1c7a9b5d20, create post",
                    "Running downgrade 3e1c7a9b5d20 -> , create author");
            assertThat(Catalog.tables(byAlembic)).containsExactly("alembic_version", "alembic_version_log");
            assertThat(Catalog.versionRows(byAlembic, "alembic_version")).isEmpty();
            // and Alembic can take it from there again: its history and retort's are one
            alembic(project, byAlembic, "upgrade", "head");
            assertThat(Catalog.versionRows(byAlembic, "alembic_version")).containsExactly("b7f3e5a2c814");
        }
    }

    /** Copies {@code examples/<name>} without what a run leaves behind (databases, caches). */
    private static Path copyExample(String name, Path target) throws IOException {
        Path source = repoRoot().resolve("examples").resolve(name);
        assertThat(source).isDirectory();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path relative = source.relativize(file);
                String text = relative.toString();
                if (text.contains(".retort-cache") || text.contains("__pycache__") || text.endsWith(".db")
                        || text.endsWith(".retort-lock")) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    private static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
    }

    /** Runs retort in {@code dir} with DATABASE_URL set to the database; expects exit 0. */
    private static RetortProcess retort(Path dir, TestDatabase db, String name, String... args) throws InterruptedException {
        RetortProcess process = RetortProcess.start(dir, db.url(), name, args);
        assertThat(process.exitCode()).as("retort " + String.join(" ", args) + "\n" + process).isZero();
        return process;
    }

    /** Runs {@code python3 -m alembic <args>} in {@code dir} with DATABASE_URL set; expects exit 0. */
    private static void alembic(Path dir, TestDatabase db, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON, "-m", "alembic"));
        command.addAll(List.of(args));
        Path log = dir.resolve("alembic-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DATABASE_URL", db.url());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("alembic ended within 120 s").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + Files.readString(log, StandardCharsets.UTF_8))
                .isZero();
    }

    /**
     * Every column of the tables that are not version tables, as {@code table.column TYPE NULL|NOT NULL}
     * (the JDBC type name without its length), read through JDBC metadata.
     */
    private static Set<String> columns(TestDatabase db) {
        Set<String> columns = new TreeSet<>();
        forEachTable(db, (meta, table) -> {
            try (ResultSet rs = meta.getColumns(null, schema(db), table, "%")) {
                while (rs.next()) {
                    String type = rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT).replaceAll("\\(.*", "");
                    columns.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " "
                            + normalType(type) + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : " NULL"));
                }
            }
        });
        return columns;
    }

    /** Each foreign key as {@code table.column -> table.column}. */
    private static Set<String> foreignKeys(TestDatabase db) {
        Set<String> keys = new TreeSet<>();
        forEachTable(db, (meta, table) -> {
            try (ResultSet rs = meta.getImportedKeys(null, schema(db), table)) {
                while (rs.next()) {
                    keys.add(table + "." + rs.getString("FKCOLUMN_NAME") + " -> "
                            + rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + "." + rs.getString("PKCOLUMN_NAME"));
                }
            }
        });
        return keys;
    }

    /** PostgreSQL's JDBC names of the same types: varchar for character varying, and so on. */
    private static String normalType(String type) {
        return switch (type) {
            case "CHARACTER VARYING" -> "VARCHAR";
            case "BOOL" -> "BOOLEAN";
            case "INT4", "SERIAL" -> "INTEGER";
            default -> type;
        };
    }

    private static String schema(TestDatabase db) {
        return db.kind() == DatabaseKind.POSTGRESQL ? "public" : null;
    }

    private interface TableVisitor {
        void visit(DatabaseMetaData meta, String table) throws SQLException;
    }

    private static void forEachTable(TestDatabase db, TableVisitor visitor) {
        try (Connection c = db.connect()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String table : Catalog.tables(db)) {
                if (!table.endsWith("_version") && !table.endsWith("_version_log")) {
                    visitor.visit(meta, table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
