package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.DatabaseKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Version-table rows through branched graphs, compared with what Alembic keeps
 * (reference/alembic/revision-semantics.md C26 and C31), and taking over a database whose
 * {@code alembic_version} table Alembic made.
 */
class BranchedGraphE2eTest {
    @TempDir
    static Path shared;
    /** C31: a, b, c1 <- b, d1, c2 <- b (c2branch), d2, e <- d1,d2 (a Java merge), f. */
    static E2eProject merged;
    /** C26: the same without e and f; c1 labelled c1branch, c2 labelled c2branch. */
    static E2eProject twoHeads;

    @BeforeAll
    static void writeRevisions() {
        merged = E2eProject.init(shared.resolve("merged"));
        table(merged, "a", "", "");
        table(merged, "b", "a", "");
        table(merged, "c1", "b", "");
        table(merged, "d1", "c1", "");
        table(merged, "c2", "b", "branch_labels=c2branch");
        table(merged, "d2", "c2", "");
        merged.java("e", "d1,d2", "op.createTable(\"t_e\", column(\"id\", integer()).primaryKey());", "op.dropTable(\"t_e\");");
        table(merged, "f", "e", "");

        twoHeads = E2eProject.init(shared.resolve("two-heads"));
        table(twoHeads, "a", "", "");
        table(twoHeads, "b", "a", "");
        table(twoHeads, "c1", "b", "branch_labels=c1branch");
        table(twoHeads, "d1", "c1", "");
        table(twoHeads, "c2", "b", "branch_labels=c2branch");
        table(twoHeads, "d2", "c2", "");
    }

    private static void table(E2eProject p, String id, String down, String header) {
        p.sql(id, down, header, "CREATE TABLE t_" + id + " (id INTEGER PRIMARY KEY);", "DROP TABLE t_" + id + ";");
    }

    private static void step(E2eProject p, TestDatabase db, String table, String... command) {
        String[] args = new String[command.length + 2];
        args[0] = "--url";
        args[1] = db.url();
        System.arraycopy(command, 0, args, 2, command.length);
        p.ok(args);
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void rowsThroughTwoLabelledBranchesAndAMerge(DatabaseKind kind, @TempDir Path dir) {
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            step(merged, db, null, "upgrade", "d1");
            assertThat(Catalog.versionRows(db, "retort_version")).containsExactly("d1");
            step(merged, db, null, "upgrade", "d2");
            assertThat(Catalog.versionRows(db, "retort_version")).as("a new branch from b: INSERT d2's row")
                    .containsExactly("d1", "d2");
            assertThat(merged.ok("--url", db.url(), "current").out()).isEqualTo("d1\nd2\n");
            // through the merge e, c2branch's head is f (Alembic: stampPlan("c2branch@head", [d1, c2]) -> f)
            step(merged, db, null, "upgrade", "c2branch@head");
            assertThat(Catalog.versionRows(db, "retort_version")).containsExactly("f");
            step(merged, db, null, "upgrade", "heads");
            assertThat(Catalog.versionRows(db, "retort_version")).containsExactly("f");
            assertThat(merged.ok("--url", db.url(), "current").out()).isEqualTo("f (head)\n");
            assertThat(Catalog.tables(db)).contains("t_a", "t_b", "t_c1", "t_d1", "t_c2", "t_d2", "t_e", "t_f");
            step(merged, db, null, "downgrade", "b");
            assertThat(Catalog.versionRows(db, "retort_version")).containsExactly("b");
            assertThat(Catalog.tables(db)).containsExactlyInAnyOrder("t_a", "t_b", "retort_version", "retort_version_log");
            step(merged, db, null, "upgrade", "heads");
            assertThat(Catalog.versionRows(db, "retort_version")).containsExactly("f");
        }
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            step(twoHeads, db, null, "upgrade", "d1");
            assertThat(Catalog.versionRows(db, "retort_version")).containsExactly("d1");
            step(twoHeads, db, null, "upgrade", "c2branch@head");
            assertThat(Catalog.versionRows(db, "retort_version")).containsExactly("d1", "d2");
            assertThat(twoHeads.ok("--url", db.url(), "current").out()).isEqualTo("d1 (head)\nd2 (head)\n");
            step(twoHeads, db, null, "upgrade", "heads");
            assertThat(Catalog.versionRows(db, "retort_version")).containsExactly("d1", "d2");
            step(twoHeads, db, null, "downgrade", "c2branch@b");
            assertThat(Catalog.versionRows(db, "retort_version")).containsExactly("d1");
            step(twoHeads, db, null, "upgrade", "heads");
            step(twoHeads, db, null, "downgrade", "b");
            assertThat(Catalog.versionRows(db, "retort_version")).containsExactly("b");
            assertThat(Catalog.tables(db)).containsExactlyInAnyOrder("t_a", "t_b", "retort_version", "retort_version_log");
        }
    }

    /** {@code version_table = "alembic_version"}: retort continues from the row Alembic left. */
    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void takesOverADatabaseAlembicManaged(DatabaseKind kind, @TempDir Path dir) {
        E2eProject p = E2eProject.init(dir.resolve("project")).config("version_table", "\"alembic_version\"");
        table(p, "a", "", "");
        table(p, "b", "a", "");
        table(p, "c", "b", "");
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            Catalog.execute(db, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                            + "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))",
                    "INSERT INTO alembic_version (version_num) VALUES ('b')",
                    "CREATE TABLE t_a (id INTEGER PRIMARY KEY)", "CREATE TABLE t_b (id INTEGER PRIMARY KEY)");
            assertThat(p.ok("--url", db.url(), "current").out()).isEqualTo("b\n");
            assertThat(Catalog.tables(db)).as("current creates nothing").containsExactlyInAnyOrder("alembic_version", "t_a", "t_b");
            String err = p.ok("--url", db.url(), "upgrade", "head").err();
            assertThat(err).startsWith("Running upgrade b -> c, rev c ... done in ").doesNotContain("-> a").doesNotContain("-> b");
            assertThat(Catalog.versionRows(db, "alembic_version")).containsExactly("c");
            assertThat(Catalog.tables(db)).containsExactlyInAnyOrder("alembic_version", "alembic_version_log", "t_a",
                    "t_b", "t_c");
            assertThat(p.ok("--url", db.url(), "current").out()).isEqualTo("c (head)\n");
        }
    }
}
