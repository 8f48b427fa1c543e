package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.DatabaseKind;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Workflow 6 with several instances: 8 JVMs call {@code initialize()} on one fresh database at
 * once. Every one succeeds and each revision runs exactly once, because initialize is an
 * online upgrade and those hold the migration lock.
 */
class ConcurrentInitializeTest {
    private static final int INSTANCES = 8;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void eightInstancesFromFiles(DatabaseKind kind) throws Exception {
        Revisions.goodProject(dir);
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            startTogether(db, List.of(), "files", db.url(), dir.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "POSTGRESQL"})
    void eightInstancesFromTheClasspath(DatabaseKind kind) throws Exception {
        Path classes = Revisions.compiledProject(dir.resolve("classes"));
        try (TestDatabase db = TestDatabases.of(kind, dir)) {
            startTogether(db, List.of(classes.toString()), "classpath", db.url());
        }
    }

    private void startTogether(TestDatabase db, List<String> classPath, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", String.join(File.pathSeparator, prepend(classPath)),
                InitializeMain.class.getName()));
        command.addAll(List.of(args));
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            processes.add(new ProcessBuilder(command).redirectErrorStream(true).start());
        }
        int steps = 0;
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("instance finished").isTrue();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(output).isZero();
            steps += Integer.parseInt(output.strip().replaceAll("(?s).*steps (\\d+)$", "$1"));
        }
        assertThat(steps).as("the three revisions ran once in all").isEqualTo(3);
        assertThat(upgradesByRevision(db)).isEqualTo(Map.of("a1", 1, "b2", 1, "c3", 1));
    }

    private static List<String> prepend(List<String> classPath) {
        List<String> all = new ArrayList<>(classPath);
        all.add(System.getProperty("java.class.path"));
        return all;
    }

    private static Map<String, Integer> upgradesByRevision(TestDatabase db) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision FROM retort_version_log WHERE direction = 'upgrade'")) {
            while (rs.next()) {
                counts.merge(rs.getString(1), 1, Integer::sum);
            }
        }
        return counts;
    }
}
