package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.config.DatabaseKind;
import dev.retort.config.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock pieces that need no server: choice per URL, lock files, names, messages, SQL Server text. */
class MigrationLockTest {

    private static MigrationLock lockFor(DatabaseKind kind, String url) {
        return Dialects.of(kind).migrationLock(new LockScope("retort_version", DatabaseUrl.parse(url, Path.of("/")),
                () -> {
                    throw new AssertionError("no connection expected");
                }));
    }

    @Test
    void databasesInMemoryTakeNoLock() {
        assertThat(lockFor(DatabaseKind.SQLITE, "sqlite://")).isSameAs(MigrationLock.NONE);
        assertThat(lockFor(DatabaseKind.H2, "h2:mem:x;DB_CLOSE_DELAY=-1")).isSameAs(MigrationLock.NONE);
    }

    @Test
    void fileDatabasesLockAFileBesideThem(@TempDir Path dir) {
        assertThat(((LockFile) lockFor(DatabaseKind.SQLITE, "sqlite:///" + dir + "/app.db")).file())
                .isEqualTo(dir.resolve("app.db.retort-lock"));
        assertThat(((LockFile) lockFor(DatabaseKind.H2, "h2:file:" + dir + "/app;MODE=PostgreSQL")).file())
                .isEqualTo(dir.resolve("app.retort-lock"));
    }

    @Test
    void aSecondLockFileWaitsNamingTheHolderThenTimesOut(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("app.db");
        List<String> heard = new ArrayList<>();
        try (LockFile first = LockFile.beside(db); LockFile second = LockFile.beside(db)) {
            first.acquire(Duration.ZERO, (h, t) -> heard.add("first"));
            String holder = "retort " + ProcessHandle.current().pid() + "@";
            assertThat(Files.readString(first.file())).startsWith(holder).contains(" since ");

            assertThatThrownBy(() -> second.acquire(Duration.ofMillis(300),
                    (h, t) -> heard.add(LockMessages.waiting(h, t))))
                    .isInstanceOf(RetortException.class)
                    .hasMessageStartingWith("Timed out after 300ms waiting for the migration lock held by " + holder)
                    .hasMessageContaining("; if that process is gone, the operating system freed its lock");
            assertThat(heard).hasSize(1);
            assertThat(heard.get(0)).startsWith("Waiting for the migration lock held by " + holder)
                    .endsWith("); up to 300ms");

            first.close();
            assertThat(Files.readString(first.file())).isEmpty();
            second.acquire(Duration.ZERO, (h, t) -> heard.add("again"));
            assertThat(heard).hasSize(1);
        }
    }

    @Test
    void timeoutsReadAsWritten() {
        assertThat(LockMessages.text(Duration.ofSeconds(60))).isEqualTo("60s");
        assertThat(LockMessages.text(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(LockMessages.text(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(LockMessages.timedOut(Duration.ofSeconds(2), null))
                .isEqualTo("Timed out after 2s waiting for the migration lock held by another process; "
                        + "otherwise let it finish, or raise lock_timeout (retort.toml, or -x lock_timeout=5m)");
    }

    @Test
    void namedLocksFitGetLock() {
        assertThat(NamedLock.lockName("app", "retort_version")).isEqualTo("retort:app:retort_version");
        String longName = NamedLock.lockName("a_database_with_a_rather_long_name", "schema/`version_table_of_app`");
        assertThat(longName).hasSize(NamedLock.NAME_LIMIT).startsWith("retort:")
                .isEqualTo(NamedLock.lockName("a_database_with_a_rather_long_name", "schema/`version_table_of_app`"));
    }

    @Test
    void sqlServerTakesASessionApplockWithoutWaiting() {
        String resource = SqlServerAppLock.resource("[retort_version]");
        assertThat(resource).isEqualTo("retort:[retort_version]");
        assertThat(SqlServerAppLock.acquireSql(resource, 0)).isEqualTo("DECLARE @result int; EXEC @result = "
                + "sp_getapplock @Resource = N'retort:[retort_version]', @LockMode = 'Exclusive', "
                + "@LockOwner = 'Session', @LockTimeout = 0; SELECT @result");
        assertThat(SqlServerAppLock.releaseSql(resource))
                .isEqualTo("EXEC sp_releaseapplock @Resource = N'retort:[retort_version]', @LockOwner = 'Session'");
        assertThat(SqlServerAppLock.resource("app/[a_very_long_version_table_name_here]"))
                .hasSizeLessThanOrEqualTo(SqlServerAppLock.RESOURCE_LIMIT);
    }
}
