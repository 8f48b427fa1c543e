package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner;
import dev.retort.config.DatabaseKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code retort verify --url <throwaway db>}: the report, the summary and the exit code. */
class VerifyE2eTest {
    @TempDir
    Path dir;

    private E2eProject project() {
        E2eProject p = E2eProject.init(dir.resolve("project"));
        p.sql("a1", "", "", "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(40));", "DROP TABLE account;");
        p.java("b2", "a1", "op.addColumn(\"account\", column(\"email\", varchar(100)).nullable());",
                "op.dropColumn(\"account\", \"email\");");
        return p;
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void aGoodProjectPasses(DatabaseKind kind) {
        E2eProject p = project();
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            CliRunner.Result r = p.ok("--url", db.url(), "-q", "verify");
            assertThat(r.out()).isEqualTo("""
                    ok       single head
                    ok       upgrade from empty to head, one revision at a time
                    ok       each downgrade restores the schema; upgrade, downgrade, upgrade equals one upgrade
                    skipped  the model matches the database at head: no [retort.model] configured
                    ok       downgrade to base leaves only the version tables
                    verify: 2 revisions, all checks passed
                    """);
            assertThat(r.err()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void aDowngradeThatForgetsAColumnFails(DatabaseKind kind) {
        E2eProject p = project();
        p.java("b2", "a1", "op.addColumn(\"account\", column(\"email\", varchar(100)).nullable());",
                "op.execute(\"SELECT 1\");");
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            CliRunner.Result r = p.run("--url", db.url(), "-q", "verify");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).contains("FAILED   each downgrade restores the schema; upgrade, downgrade, upgrade"
                    + " equals one upgrade\n  downgrade of b2 leaves column account.email (expected absent)\n"
                    + "  upgrade to b2 after its downgrade failed: upgrade b2 failed");
            assertThat(r.err()).isEqualTo("FAILED: verify: 1 of 5 checks failed on 2 revisions\n");
            CliRunner.Result again = p.run("--url", db.url(), "-q", "verify");
            assertThat(again.code()).isEqualTo(1);
            assertThat(again.err()).as("the database is left as the failure left it").startsWith(
                    "FAILED: verify needs an empty database");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE"})
    void reportListsEveryFailedCheck(DatabaseKind kind) {
        E2eProject p = project();
        p.java("b2", "a1", "op.addColumn(\"account\", column(\"email\", varchar(100)).nullable());",
                "op.execute(\"SELECT 1\");");
        p.sql("c3", "a1", "", "CREATE TABLE other (id INTEGER);", "DROP TABLE other;");
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            CliRunner.Result r = p.run("--url", db.url(), "-q", "verify");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).isEqualTo("""
                    FAILED   single head
                      expected 1 head, found 2: b2, c3
                    skipped  upgrade from empty to head, one revision at a time: needs a single head
                    skipped  each downgrade restores the schema; upgrade, downgrade, upgrade equals one upgrade: needs a single head
                    skipped  the model matches the database at head: no [retort.model] configured
                    skipped  downgrade to base leaves only the version tables: needs a single head
                    """);
            assertThat(r.err()).isEqualTo("FAILED: verify: 1 of 5 checks failed on 3 revisions\n");
        }
    }
}
