package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.config.DatabaseKind;
import dev.retort.runtime.Progress;
import dev.retort.script.Revision;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code Retort.configure().dataSource(...)}: the commands on an application's pool instead of a URL. */
class DataSourceTest {
    @TempDir
    Path dir;

    /** The dialect comes from the connection's metadata; a URL given too is not used. */
    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "H2", "SQLITE", "MARIADB"})
    void commandsRunOnTheDataSource(DatabaseKind kind) throws Exception {
        Revisions.goodProject(dir);
        try (TestDatabase db = TestDatabases.of(kind, dir); LendingDataSource pool = new LendingDataSource(db.jdbcUrl(), 2)) {
            Retort retort = Retort.configure().baseDirectory(dir).url("postgresql://nobody@127.0.0.1:1/none")
                    .dataSource(pool).load();

            assertThat(retort.upgrade("b2").steps()).containsExactly("upgrade  -> a1", "upgrade a1 -> b2");
            assertThat(retort.initialize().rowsAfter()).containsExactly("c3");
            assertThat(retort.current()).extracting(Revision::id).containsExactly("c3");
            assertThat(pool.allReturned()).as("every connection given back").isTrue();
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version_num FROM retort_version")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("c3");
            }
            assertThat(retort.downgrade("-1").rowsAfter()).containsExactly("b2");
        }
    }

    /**
     * PostgreSQL: the advisory lock is held on a second connection from the same DataSource, and a
     * second migration through it waits for a run in progress (here: fails after its timeout).
     */
    @Test
    void theLockIsTakenThroughTheDataSource() throws Exception {
        Revisions.goodProject(dir);
        try (TestDatabase db = TestDatabases.postgres(); LendingDataSource pool = new LendingDataSource(db.jdbcUrl(), 2)) {
            List<RuntimeException> second = new ArrayList<>();
            Retort other = Retort.configure().baseDirectory(dir).dataSource(pool).lockTimeout(Duration.ZERO).load();
            Retort first = Retort.configure().baseDirectory(dir).url(db.url()).progress(new Progress() {
                @Override
                public void started(String step) {
                    if (second.isEmpty()) {
                        try {
                            other.upgrade("head");
                            second.add(new IllegalStateException("the second migration ran during the first"));
                        } catch (RuntimeException e) {
                            second.add(e);
                        }
                    }
                }

                @Override
                public void finished(String step, Duration elapsed) {
                }
            }).load();

            assertThat(first.upgrade("head").rowsAfter()).containsExactly("c3");
            assertThat(second).singleElement().isInstanceOf(RetortException.class)
                    .extracting(Throwable::getMessage).asString()
                    .startsWith("Timed out after").contains("waiting for the migration lock held by retort");

            assertThat(other.upgrade("head").steps()).as("at head once the lock is free").isEmpty();
            assertThat(pool.mostOut()).as("the lock's connection and the work's").isEqualTo(2);
            assertThat(pool.allReturned()).isTrue();
        }
    }

    /**
     * A pool's connections come back as they were lent: default schema (MariaDB: the database),
     * autocommit and, on PostgreSQL, application_name (which the lock sets to name its holder).
     */
    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB"})
    void lentConnectionsComeBackAsTheyWere(DatabaseKind kind) throws Exception {
        Revisions.goodProject(dir);
        try (TestDatabase db = TestDatabases.of(kind, dir);
             LendingDataSource pool = new LendingDataSource(db.jdbcUrl(), 2)) {
            String app = db.createSchema("app");
            Retort retort = Retort.configure().baseDirectory(dir).dataSource(pool).schema(app).load();

            assertThat(retort.upgrade("head").rowsAfter()).containsExactly("c3");

            for (Connection c : pool.physical()) {
                if (kind == DatabaseKind.POSTGRESQL) {
                    assertThat(c.getSchema()).isEqualTo("public");
                    try (Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("SELECT current_setting('application_name')")) {
                        rs.next();
                        assertThat(rs.getString(1)).doesNotStartWith("retort");
                    }
                } else {
                    assertThat(c.getCatalog()).isEqualTo(db.name());
                }
                assertThat(c.getAutoCommit()).isTrue();
            }
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM " + app + ".account")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the tables went to the schema").isZero();
            }
        }
    }

    @Test
    void aDataSourceThatCannotConnectIsOneLine() throws Exception {
        Revisions.goodProject(dir);
        org.postgresql.ds.PGSimpleDataSource broken = new org.postgresql.ds.PGSimpleDataSource();
        broken.setURL("jdbc:postgresql://127.0.0.1:1/none");
        Retort retort = Retort.configure().baseDirectory(dir).dataSource(broken).load();
        assertThatThrownBy(retort::current).isInstanceOf(RetortException.class)
                .hasMessageStartingWith("Can't connect to the DataSource: ")
                .hasMessageNotContaining("\n");
    }
}
