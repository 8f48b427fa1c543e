package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.DatabaseKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The CLI's tests get their databases from retort-core's test-jar, embedded servers included
 * (the test-jar brings no dependencies of its own: retort-cli's pom names them).
 */
class TestDatabasesAvailableTest {
    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB", "SQLITE", "H2"})
    void eachKindConnects(DatabaseKind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind, dir); Connection c = db.connect()) {
            assertThat(c.isValid(5)).isTrue();
        }
    }
}
