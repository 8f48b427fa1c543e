package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.command.MigrateCommand;
import dev.retort.config.DatabaseKind;
import dev.retort.runtime.Progress;
import dev.retort.script.Revision;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Java API end to end: every method returns values, on SQLite and PostgreSQL. */
class RetortApiTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void commandsReturnValues(DatabaseKind kind) {
        Revisions.goodProject(dir);
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            List<String> heard = new ArrayList<>();
            Retort retort = Retort.configure().baseDirectory(dir).url(db.url()).progress(new Progress() {
                @Override
                public void started(String step) {
                    heard.add(step);
                }

                @Override
                public void finished(String step, Duration elapsed) {
                }
            }).load();

            assertThat(retort.heads()).extracting(Revision::id).containsExactly("c3");
            assertThat(retort.history()).extracting(Revision::id).containsExactly("c3", "b2", "a1");
            assertThat(retort.current()).isEmpty();

            MigrateCommand.Result up = retort.upgrade("b2");
            assertThat(up.steps()).containsExactly("upgrade  -> a1", "upgrade a1 -> b2");
            assertThat(up.rowsAfter()).containsExactly("b2");
            assertThat(heard).containsExactly("upgrade  -> a1, rev a1", "upgrade a1 -> b2, rev b2");
            assertThat(retort.current()).extracting(Revision::id).containsExactly("b2");

            assertThat(retort.upgrade("head").rowsAfter()).containsExactly("c3");
            assertThat(retort.downgrade("-1").steps()).containsExactly("downgrade c3 -> b2");
            assertThat(retort.stamp("c3").rowsAfter()).containsExactly("c3");
            assertThat(retort.stamp("b2").rowsAfter()).containsExactly("b2");
            assertThat(retort.downgrade("base").rowsAfter()).isEmpty();
            assertThat(retort.current()).isEmpty();

            assertThatThrownBy(() -> retort.upgrade("zz9")).isInstanceOf(RetortException.class)
                    .hasMessageContaining("zz9");
        }
    }

    /** Workflow 6: empty database, then an older one, then one at head. */
    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void initializeCreatesUpgradesOrDoesNothing(DatabaseKind kind) {
        Revisions.goodProject(dir);
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            Retort retort = Retort.configure().baseDirectory(dir).url(db.url()).load();
            assertThat(retort.initialize().steps()).hasSize(3);
            assertThat(retort.current()).extracting(Revision::id).containsExactly("c3");
            assertThat(retort.validate()).as("checksums from the index, no file read").isEmpty();
            assertThat(retort.initialize().steps()).as("at head: nothing").isEmpty();

            retort.downgrade("a1");
            MigrateCommand.Result older = retort.initialize();
            assertThat(older.steps()).containsExactly("upgrade a1 -> b2", "upgrade b2 -> c3");
            assertThat(older.rowsAfter()).containsExactly("c3");
        }
    }

    @Test
    void readsRetortTomlAndTheBuilderOverridesIt() {
        Revisions.goodProject(dir.resolve("elsewhere"));
        Revisions.write(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                + "url = \"${DATABASE_URL}\"\nversion_table = \"app_version\"\n");
        try (TestDatabase db = TestDatabases.sqlite(dir)) {
            Retort retort = Retort.configure().baseDirectory(dir).configFile(Path.of("retort.toml"))
                    .environment(java.util.Map.of("DATABASE_URL", db.url()))
                    .scriptLocation("elsewhere/migrations").load();
            assertThat(retort.config().versionTable()).isEqualTo("app_version");
            assertThat(retort.config().versionLocations())
                    .containsExactly(dir.resolve("elsewhere/migrations/versions"));
            assertThat(retort.initialize().rowsAfter()).containsExactly("c3");

            Retort renamed = Retort.configure().baseDirectory(dir).configFile(Path.of("retort.toml"))
                    .url(db.url()).versionTable("other_version").scriptLocation("elsewhere/migrations").load();
            assertThat(renamed.current()).as("a version table of its own").isEmpty();
        }
    }

    /** Classpath mode: the revisions are classes compiled into the application, no file is read. */
    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void classpathRevisions(DatabaseKind kind) throws Exception {
        Path classes = Revisions.compiledProject(dir.resolve("classes"));
        try (TestDatabase db = TestDatabases.of(kind, dir);
             var app = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                     Retort.class.getClassLoader())) {
            Retort retort = Retort.configure().baseDirectory(dir.resolve("no-such-dir")).url(db.url())
                    .classpathRevisions(app).load();
            assertThat(retort.heads()).extracting(Revision::id).containsExactly("c3");
            assertThat(retort.initialize().steps()).hasSize(3);
            assertThat(retort.current()).extracting(Revision::id).containsExactly("c3");
            assertThat(retort.validate()).as("checksums from the index, no file read").isEmpty();
            assertThat(retort.downgrade("base").steps()).hasSize(3);
        }
    }

    /** validate(): an applied revision whose file was edited is reported, read-only. */
    @Test
    void validateReportsEditedRevisions() throws Exception {
        Revisions.goodProject(dir);
        try (TestDatabase db = TestDatabases.h2()) {
            Retort retort = Retort.configure().baseDirectory(dir).url(db.url()).load();
            retort.upgrade("head");
            assertThat(retort.validate()).isEmpty();
            Path b2 = dir.resolve("migrations/versions/b2_rev_b2.sql");
            java.nio.file.Files.writeString(b2, java.nio.file.Files.readString(b2) + "\n-- edited\n");
            assertThat(retort.validate()).singleElement()
                    .satisfies(p -> assertThat(p.text()).startsWith("b2 ").contains("edited after it was applied"));
        }
    }
}
