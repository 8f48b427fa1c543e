package dev.retort.cli.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.conformance.AlembicConformanceTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workload bench/run.sh times is the same in every tool's form: {@code bench/migrationgen.py}'s
 * history with branches and merges reads the same in retort (Java and SQL revisions) as in Alembic,
 * and its linear workload gives Flyway one migration and Liquibase one changeset (with its rollback)
 * per revision.
 */
class BenchWorkloadTest {
    private static final String PYTHON = System.getenv().getOrDefault("RETORT_ALEMBIC_PYTHON", "/usr/bin/python3");

    @TempDir
    Path work;

    private Path generate(int size, int branches) throws Exception {
        Path root = AlembicConformanceTest.findRepoRoot();
        Path out = work.resolve("n" + size + "-b" + branches);
        Result r = AlembicConformanceTest.exec(List.of(PYTHON, root.resolve("bench/migrationgen.py").toString(),
                "--size", Integer.toString(size), "--branches", Integer.toString(branches), "--out", out.toString()),
                null, 120);
        assertThat(r.exit()).as("migrationgen.py: %s", r.stderr()).isZero();
        return out;
    }

    private Result alembic(Path project, String... command) throws Exception {
        Path root = AlembicConformanceTest.findRepoRoot();
        List<String> cmd = new java.util.ArrayList<>(List.of(PYTHON, root.resolve("bench/alembic_sorted.py").toString(),
                "-c", project.resolve("alembic/alembic.ini").toString()));
        cmd.addAll(List.of(command));
        return AlembicConformanceTest.exec(cmd, null, 120);
    }

    @Test
    void branchedHistoryReadsTheSameInRetortAndAlembic() throws Exception {
        Path project = generate(64, 20);
        for (String command : List.of("heads", "history")) {
            Result alembic = alembic(project, command);
            assertThat(alembic.exit()).as("alembic %s: %s", command, alembic.stderr()).isZero();
            for (String form : List.of("retort-java", "retort-sql-postgresql")) {
                Result retort = AlembicConformanceTest.runRetort(project.resolve(form + "/retort.toml"), List.of(command));
                assertThat(AlembicConformanceTest.difference(alembic, retort)).as("%s %s", form, command).isNull();
            }
        }
        Result heads = AlembicConformanceTest.runRetort(project.resolve("retort-java/retort.toml"), List.of("heads"));
        assertThat(AlembicConformanceTest.lines(heads.stdout())).hasSize(1);
        assertThat(mergeCount(project.resolve("retort-java/migrations/versions"))).isEqualTo(20);
        assertThat(project.resolve("flyway-sqlite")).doesNotExist();   // linear tools: not generated
    }

    @Test
    void linearWorkloadHasOneFlywayMigrationAndOneLiquibaseChangesetPerRevision() throws Exception {
        Path project = generate(7, 0);
        for (String db : List.of("sqlite", "postgresql", "mariadb")) {
            try (Stream<Path> files = Files.list(project.resolve("flyway-" + db))) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted())
                        .containsExactly("V1__create_t0001.sql", "V2__create_t0002.sql", "V3__create_t0003.sql",
                                "V4__create_t0004.sql", "V5__create_t0005.sql", "V6__create_t0006.sql",
                                "V7__create_t0007.sql");
            }
            String changelog = Files.readString(project.resolve("liquibase-" + db + "/changelog.sql"));
            assertThat(changelog).startsWith("--liquibase formatted sql\n");
            assertThat(count(changelog, "(?m)^--changeset bench:\\d+$")).isEqualTo(7);
            assertThat(count(changelog, "(?m)^--rollback DROP TABLE t\\d{4};$")).isEqualTo(7);
            // the same DDL as retort's SQL revision of that database
            String sqlRevision;
            try (Stream<Path> files = Files.list(project.resolve("retort-sql-" + db + "/migrations/versions"))) {
                sqlRevision = Files.readString(files.filter(p -> p.toString().endsWith("_create_t0003.sql"))
                        .findFirst().orElseThrow());
            }
            String flyway = Files.readString(project.resolve("flyway-" + db + "/V3__create_t0003.sql"));
            String ddl = flyway.substring(flyway.indexOf('\n') + 1);
            assertThat(sqlRevision).contains(ddl);
            assertThat(changelog).contains(ddl);
        }
        Result heads = AlembicConformanceTest.runRetort(project.resolve("retort-sql-sqlite/retort.toml"), List.of("heads"));
        Result alembicHeads = alembic(project, "heads");
        assertThat(AlembicConformanceTest.difference(alembicHeads, heads)).isNull();
    }

    private static int mergeCount(Path versions) throws IOException {
        Pattern merge = Pattern.compile("down = \\{\"[0-9a-f]+\", \"[0-9a-f]+\"\\}");
        int merges = 0;
        try (Stream<Path> files = Files.list(versions)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (merge.matcher(Files.readString(f)).find()) {
                    merges++;
                }
            }
        }
        return merges;
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
