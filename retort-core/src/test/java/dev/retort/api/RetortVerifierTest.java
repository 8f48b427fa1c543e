package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.command.VerifyCommand;
import dev.retort.config.DatabaseKind;
import dev.retort.runtime.Progress;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import dev.retort.verify.RetortVerifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The verify checks, as a project's own tests call them through {@link RetortVerifier}. */
class RetortVerifierTest {
    @TempDir
    Path dir;

    private Retort retort(TestDatabase db) {
        return Retort.configure().baseDirectory(dir).url(db.url()).load();
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void aGoodProjectPassesEveryCheckAndEndsAtBase(DatabaseKind kind) {
        Revisions.goodProject(dir);
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            RetortVerifier verifier = RetortVerifier.of(retort(db));
            verifier.assertAll();
            verifier.assertSingleHead();
            verifier.assertUpgrade();
            verifier.assertUpDownUp();
            verifier.assertDowngradeToBaseIsClean();
            assertThat(retort(db).current()).isEmpty();

            VerifyCommand.Result result = VerifyCommand.run(retort(db).project(), Progress.NONE);
            assertThat(result.summary()).isEqualTo("verify: 3 revisions, all checks passed");
            assertThat(result.outcomes()).filteredOn(o -> o.status() == VerifyCommand.Status.SKIPPED)
                    .singleElement().satisfies(o -> {
                        assertThat(o.check()).isEqualTo(VerifyCommand.Check.MODEL);
                        assertThat(o.reason()).isEqualTo("no [retort.model] configured");
                    });
        }
    }

    @Test
    void withAModelTheDatabaseAtHeadMustAgreeWithIt() throws Exception {
        Revisions.goodProject(dir);
        String schema = "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL, email VARCHAR(100));\n"
                + "CREATE TABLE item (id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES account (id),"
                + " label VARCHAR(40) DEFAULT 'x');\nCREATE UNIQUE INDEX ix_item_label ON item (label);\n";
        java.nio.file.Files.writeString(dir.resolve("schema.sql"), schema);
        java.nio.file.Files.writeString(dir.resolve("retort.toml"),
                "[retort]\nscript_location = \"migrations\"\n[retort.model]\nsql = \"schema.sql\"\n");
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            Retort retort = Retort.configure().baseDirectory(dir).configFile(dir.resolve("retort.toml"))
                    .url(db.url()).load();
            VerifyCommand.Result agrees = VerifyCommand.run(retort.project(), Progress.NONE);
            assertThat(agrees.outcomes()).filteredOn(o -> o.check() == VerifyCommand.Check.MODEL)
                    .singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(VerifyCommand.Status.PASSED));

            java.nio.file.Files.writeString(dir.resolve("schema.sql"), schema.replace(", email VARCHAR(100)", ""));
            VerifyCommand.Result differs = VerifyCommand.run(retort.project(), Progress.NONE);
            assertThat(differs.outcomes()).filteredOn(o -> o.check() == VerifyCommand.Check.MODEL)
                    .singleElement().satisfies(o -> {
                        assertThat(o.status()).isEqualTo(VerifyCommand.Status.FAILED);
                        assertThat(o.failures()).singleElement().asString()
                                .startsWith("at head the database differs from the model: ").contains("email");
                    });
            assertThat(retort.current()).as("verify ends at base").isEmpty();
            assertThat(retort.upgrade("head").rowsAfter()).containsExactly("c3");
            assertThat(retort.check()).singleElement().asString().contains("email");
        }
    }

    /**
     * Branches and a merge: each step's round trip must revert that revision alone. Going down to the branch point
     * would also revert the sibling branch applied before it, and a merge has no single step below it.
     */
    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void aBranchedHistoryWithAMergePassesItsRoundTrips(DatabaseKind kind) {
        Revisions.sql(dir, "a1", "", "CREATE TABLE account (id INTEGER PRIMARY KEY);", "DROP TABLE account;");
        Revisions.sql(dir, "b2", "a1", "CREATE TABLE item (id INTEGER PRIMARY KEY);", "DROP TABLE item;");
        Revisions.sql(dir, "c3", "a1", "ALTER TABLE account ADD COLUMN email VARCHAR(100);",
                "ALTER TABLE account DROP COLUMN email;");
        Revisions.sql(dir, "d4", "b2,c3", "CREATE TABLE merged (id INTEGER);", "DROP TABLE merged;");
        Revisions.sql(dir, "e5", "d4", "CREATE TABLE tail (id INTEGER);", "DROP TABLE tail;");
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            VerifyCommand.Result result = VerifyCommand.run(retort(db).project(), Progress.NONE);
            assertThat(result.outcomes()).allSatisfy(o -> assertThat(o.failures()).isEmpty());
            assertThat(result.summary()).isEqualTo("verify: 5 revisions, all checks passed");
            assertThat(retort(db).current()).isEmpty();
        }
    }

    @Test
    void twoHeads() {
        Revisions.goodProject(dir);
        Revisions.sql(dir, "d4", "b2", "CREATE TABLE other (id INTEGER);", "DROP TABLE other;");
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            RetortVerifier verifier = RetortVerifier.of(retort(db));
            assertThatThrownBy(verifier::assertSingleHead).isInstanceOf(AssertionError.class)
                    .hasMessage("verify: 1 of 1 checks failed on 4 revisions:\n  expected 1 head, found 2: c3, d4");
            assertThatThrownBy(verifier::assertAll).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("expected 1 head, found 2: c3, d4");
            assertThatThrownBy(verifier::assertUpgrade).hasMessageContaining(
                    "cannot walk a history with 2 heads (c3, d4); merge them first");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void aDowngradeThatForgetsAColumn(DatabaseKind kind) {
        Revisions.goodProject(dir);
        Revisions.sql(dir, "c3", "b2", "ALTER TABLE account ADD COLUMN email VARCHAR(100);", "SELECT 1;");
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            assertThatThrownBy(RetortVerifier.of(retort(db))::assertUpDownUp).isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("verify: 1 of 2 checks failed on 3 revisions:\n"
                            + "  downgrade of c3 leaves column account.email (expected absent)\n"
                            + "  upgrade to c3 after its downgrade failed: upgrade c3 failed");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void aDowngradeThatLeavesATableAtBase(DatabaseKind kind) {
        Revisions.goodProject(dir);
        Revisions.sql(dir, "a1", "", "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);\n"
                + "CREATE TABLE IF NOT EXISTS audit (id INTEGER);", "DROP TABLE account;");
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            RetortVerifier verifier = RetortVerifier.of(retort(db));
            assertThatThrownBy(verifier::assertDowngradeToBaseIsClean).isInstanceOf(AssertionError.class)
                    .hasMessage("verify: 1 of 2 checks failed on 3 revisions:\n"
                            + "  downgrade to base leaves table audit (expected absent)");
            try (TestDatabase fresh = TestDatabases.of(kind, dir)) {
                assertThatThrownBy(RetortVerifier.of(retort(fresh))::assertAll).hasMessage(
                        "verify: 2 of 5 checks failed on 3 revisions:\n"
                                + "  downgrade of a1 leaves table audit (expected absent)\n"
                                + "  downgrade to base leaves table audit (expected absent)");
            }
        }
    }

    @Test
    void aColumnThatComesBackDifferentIsNamedWithTheDifference() {
        Revisions.goodProject(dir);
        Revisions.sql(dir, "c3", "b2", "ALTER TABLE account ALTER COLUMN name TYPE VARCHAR(80);\n"
                        + "ALTER TABLE account ALTER COLUMN name DROP NOT NULL;",
                "ALTER TABLE account ALTER COLUMN name SET NOT NULL;");
        try (TestDatabase db = TestDatabases.postgres()) {
            assertThatThrownBy(RetortVerifier.of(retort(db))::assertUpDownUp).hasMessage(
                    "verify: 1 of 2 checks failed on 3 revisions:\n"
                            + "  column account.name differs after downgrade of c3: type varchar(80) (expected"
                            + " varchar(40))");
        }
    }

    @Test
    void refusesADatabaseThatIsNotEmpty() {
        Revisions.goodProject(dir);
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            retort(db).upgrade("a1");
            assertThatThrownBy(RetortVerifier.of(retort(db))::assertAll).isInstanceOf(RetortException.class)
                    .hasMessageStartingWith("verify needs an empty database (it upgrades and downgrades it); ")
                    .hasMessageEndingWith(" is at revision(s) a1");
        }
    }
}
