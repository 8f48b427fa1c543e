package dev.retort.bench.jmh;

import dev.retort.runtime.load.SqlSplitter;
import dev.retort.runtime.load.SqlStatement;
import dev.retort.runtime.load.SqlSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Splitting the upgrade bodies of N SQL revisions into statements (what loading N SQL revisions
 * does per file), on PostgreSQL's syntax (dollar quotes on) and MySQL's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SplitBenchmarks {
    @Param({"1000", "10000"})
    public int revisions;

    private List<String> bodies;
    private final SqlSplitter postgres = new SqlSplitter(SqlSyntax.POSTGRESQL);
    private final SqlSplitter mysql = new SqlSplitter(SqlSyntax.MYSQL);

    @Setup
    public void makeBodies() {
        bodies = new ArrayList<>(revisions);
        for (int k = 1; k <= revisions; k++) {
            bodies.add(Workload.postgresUpgrade(k));
        }
        List<SqlStatement> first = postgres.split(bodies.get(0), "bench.sql");
        if (first.size() != 2) {
            throw new IllegalStateException("expected 2 statements, got " + first);
        }
    }

    @Benchmark
    public void splitPostgres(Blackhole out) {
        for (String body : bodies) {
            out.consume(postgres.split(body, "bench.sql"));
        }
    }

    @Benchmark
    public void splitMysql(Blackhole out) {
        for (String body : bodies) {
            out.consume(mysql.split(body, "bench.sql"));
        }
    }
}
