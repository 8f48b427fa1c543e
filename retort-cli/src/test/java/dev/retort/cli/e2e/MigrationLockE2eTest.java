package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.DatabaseKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migration lock, with real {@code retort} processes on one database: many at once apply
 * every revision exactly once; a holder killed with SIGKILL mid-revision leaves no lock behind;
 * a waiter names the holder and gives up after {@code lock_timeout} saying what to do; and on
 * PostgreSQL a waiter does not deadlock the holder's {@code CREATE INDEX CONCURRENTLY}. The
 * revisions are not idempotent (CREATE TABLE without IF NOT EXISTS, INSERT into a table of
 * applied revisions), so running one twice fails or shows.
 */
class MigrationLockE2eTest {
    private static final int PROCESSES = 8;
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void eightProcessesAtOnceApplyEveryRevisionOnce(DatabaseKind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            E2eProject p = E2eProject.init(dir);
            p.sql("a1", "", "", "CREATE TABLE applied (rev VARCHAR(8) NOT NULL);\n" + applied("a1"), null);
            p.sql("a2", "a1", "", "CREATE TABLE second (id INTEGER);\n" + applied("a2"), null);
            p.sql("a3", "a2", "", applied("a3"), null);
            List<RetortProcess> runs = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                runs.add(RetortProcess.start(dir, db.url(), "run" + i, "upgrade", "head"));
            }
            for (RetortProcess run : runs) {
                assertThat(run.exitCode()).as(run.toString()).isZero();
            }
            assertThat(appliedCounts(db)).isEqualTo(Map.of("a1", 1, "a2", 1, "a3", 1));
            assertThat(versionRows(db)).containsExactly("a3");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void aKilledHolderLeavesNoLockAndAWaiterNamesItThenTimesOut(DatabaseKind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            execute(db, "CREATE TABLE gate (n BIGINT)", "INSERT INTO gate (n) VALUES (1000000000000)");
            if (kind == DatabaseKind.POSTGRESQL) {
                // a killed client's running statement ends when PostgreSQL notices, not at its end
                execute(db, "ALTER DATABASE " + db.name() + " SET client_connection_check_interval = 100");
            }
            E2eProject p = E2eProject.init(dir);
            p.sql("a1", "", "", "CREATE TABLE applied (rev VARCHAR(8) NOT NULL);\n" + applied("a1"), null);
            p.sql("a2", "a1", "", blockWhileGateHasARow(kind) + "\n" + applied("a2"), null);
            p.sql("a3", "a2", "", applied("a3"), null);

            RetortProcess holder = RetortProcess.start(dir, db.url(), "holder", "upgrade", "head");
            holder.awaitWhileRunning("revision a2", LIMIT, () -> holder.err().contains("Running upgrade a1 -> a2"));

            RetortProcess waiter = RetortProcess.start(dir, db.url(), "waiter", "-x", "lock_timeout=2s",
                    "upgrade", "head");
            assertThat(waiter.exitCode()).as(waiter.toString()).isEqualTo(1);
            String who = kind == DatabaseKind.MARIADB ? "MariaDB connection " : "retort " + holder.pid() + "@";
            assertThat(waiter.err()).as(waiter.toString())
                    .contains("Waiting for the migration lock held by " + who)
                    .containsPattern("\\(since [^)]+\\); up to 2s\n")
                    .containsPattern("\nFAILED: Timed out after 2s waiting for the migration lock held by "
                            + Pattern.quote(who) + "[^\n]*; if that process is gone, [^\n]+\n$")
                    .doesNotContain("Running upgrade");

            holder.kill();
            execute(db, "DELETE FROM gate");
            RetortProcess next = RetortProcess.start(dir, db.url(), "next", "-x", "lock_timeout=20s",
                    "upgrade", "head");
            assertThat(next.exitCode()).as(next.toString()).isZero();
            assertThat(next.err()).doesNotContain("Waiting for the migration lock");
            assertThat(appliedCounts(db)).isEqualTo(Map.of("a1", 1, "a2", 1, "a3", 1));
            assertThat(versionRows(db)).containsExactly("a3");
        }
    }

    /**
     * PostgreSQL: the holder's CREATE INDEX CONCURRENTLY waits for every transaction older than
     * it; a waiter blocked in pg_advisory_lock would be one, forever (flyway#1654). The index is
     * held back by the test's open INSERT until the waiter is seen waiting.
     */
    @Test
    void createIndexConcurrentlyFinishesWhileAnotherProcessWaits(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.postgres(); Connection blocker = db.connect()) {
            E2eProject p = E2eProject.init(dir).env("DATABASE_URL", db.url());
            p.sql("c1", "", "", "CREATE TABLE items (id INTEGER);", null);
            p.sql("c2", "c1", "transactional=false", "CREATE INDEX CONCURRENTLY items_id ON items (id);", null);
            p.ok("-q", "upgrade", "c1");
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("INSERT INTO items (id) VALUES (1)");
            }
            RetortProcess holder = RetortProcess.start(dir, db.url(), "holder", "upgrade", "head");
            holder.awaitWhileRunning("CREATE INDEX CONCURRENTLY waiting", LIMIT,
                    () -> count(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND query LIKE 'CREATE INDEX CONCURRENTLY%' AND wait_event_type = 'Lock'") == 1);
            RetortProcess waiter = RetortProcess.start(dir, db.url(), "waiter", "upgrade", "head");
            waiter.awaitWhileRunning("the waiting line", LIMIT, () -> waiter.err().contains(
                    "Waiting for the migration lock held by retort " + holder.pid() + "@"));
            blocker.commit();

            assertThat(holder.exitCode()).as(holder.toString()).isZero();
            assertThat(waiter.exitCode()).as(waiter.toString()).isZero();
            assertThat(waiter.err()).doesNotContain("Running upgrade");
            assertThat(count(db, "SELECT count(*) FROM pg_index WHERE indexrelid = 'items_id'::regclass AND indisvalid"))
                    .isEqualTo(1);
            assertThat(versionRows(db)).containsExactly("c2");
        }
    }

    private static String applied(String rev) {
        return "INSERT INTO applied (rev) VALUES ('" + rev + "');";
    }

    /** A statement that runs for long while {@code gate} has its row, and at once when it is empty. */
    private static String blockWhileGateHasARow(DatabaseKind kind) {
        switch (kind) {
            case POSTGRESQL: return "SELECT pg_sleep(30) FROM gate;";
            case MARIADB: return "SELECT SLEEP(30) FROM gate;";
            default: return "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
                    + " WHERE x < (SELECT n FROM gate)) SELECT count(*) FROM c;";
        }
    }

    private static Map<String, Integer> appliedCounts(TestDatabase db) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rev, COUNT(*) FROM applied GROUP BY rev")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private static List<String> versionRows(TestDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version_num FROM retort_version")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static void execute(TestDatabase db, String... statements) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static int count(TestDatabase db, String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
