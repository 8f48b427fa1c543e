package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.RetortException;
import dev.retort.config.DatabaseKind;
import dev.retort.migration.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders every case of {@link OperationCases} (plus the version and log tables) for every
 * dialect and compares it with {@code src/test/resources/golden/<dialect>/<case>.sql}; a case
 * that fails on a dialect is compared as {@code -- error: <message>}. Run with
 * {@code -Dretort.golden.update=true} to rewrite the files, then read the diff before committing.
 * No SQL Server nor MySQL runs here: for those these files are the coverage, and were checked by
 * reading them against each database's documentation; the other dialects' SQL also runs live in
 * {@link LiveOperationsTest}. SQLite cases render
 * against an in-memory database holding the fixture tables, since its batch reads the live table.
 */
class GoldenSqlTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("retort.golden.update");
    private static final List<String> FIXTURES = List.of("create_table", "create_table_all_types",
            "create_table_constraints");

    @TestFactory
    Stream<DynamicTest> everyCaseOnEveryDialect() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DatabaseKind kind : DatabaseKind.values()) {
            Dialect dialect = Dialects.of(kind);
            for (String name : OperationCases.CASES.keySet()) {
                tests.add(DynamicTest.dynamicTest(dialect.name() + "/" + name,
                        () -> compare(dialect, name, render(dialect, OperationCases.CASES.get(name)))));
            }
            tests.add(DynamicTest.dynamicTest(dialect.name() + "/version_table", () -> compare(dialect,
                    "version_table", script(dialect, dialect.createVersionTable(null, "alembic_version")))));
            tests.add(DynamicTest.dynamicTest(dialect.name() + "/log_table", () -> compare(dialect,
                    "log_table", script(dialect, dialect.createLogTable(null, "alembic_version_log")))));
        }
        return tests.stream();
    }

    private static String render(Dialect dialect, List<Operation> operations) throws SQLException {
        try (Connection connection = fixtureDatabase(dialect)) {
            List<String> statements = new ArrayList<>();
            for (Operation op : operations) {
                statements.addAll(dialect.render(op, connection));
            }
            return script(dialect, statements);
        } catch (RetortException e) {
            return "-- error: " + e.getMessage() + "\n";
        }
    }

    /** An in-memory SQLite database with the fixture tables, or null for the other dialects. */
    private static Connection fixtureDatabase(Dialect dialect) throws SQLException {
        if (!dialect.name().equals("sqlite")) {
            return null;
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement st = connection.createStatement()) {
            for (String fixture : FIXTURES) {
                for (Operation op : OperationCases.CASES.get(fixture)) {
                    for (String sql : dialect.render(op, null)) {
                        st.execute(sql);
                    }
                }
            }
        }
        return connection;
    }

    /** Statements as offline SQL writes them: terminated, a batch separator line where the dialect has one. */
    static String script(Dialect dialect, List<String> statements) {
        StringBuilder s = new StringBuilder();
        for (String statement : statements) {
            if (s.length() > 0) {
                s.append('\n');
            }
            s.append(statement).append(dialect.statementTerminator()).append('\n');
            if (dialect.batchSeparator() != null) {
                s.append(dialect.batchSeparator()).append('\n');
            }
        }
        return s.length() == 0 ? "-- (no statements)\n" : s.toString();
    }

    private static void compare(Dialect dialect, String name, String actual) throws IOException {
        Path file = ROOT.resolve(dialect.name()).resolve(name + ".sql");
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file %s (run with -Dretort.golden.update=true to create it)", file).exists();
        assertThat(actual).as("%s on %s", name, dialect.name()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
