package dev.retort.bench.jmh;

import dev.retort.script.HeaderReader;
import dev.retort.script.Ident;
import dev.retort.script.MigrationStep;
import dev.retort.script.Plans;
import dev.retort.script.RevisionMap;
import dev.retort.script.RevisionScript;
import java.nio.file.Path;
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

/**
 * The revision graph of N linear revisions: building the {@link RevisionMap} from read headers
 * (every command), its heads ({@code heads}), and the plans of {@code upgrade head} on an empty
 * database and {@code downgrade base} from head.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GraphBenchmarks {
    @Param({"1000", "10000"})
    public int revisions;

    private List<RevisionScript> scripts;
    private RevisionMap map;
    private Ident atHead;

    @Setup
    public void readHeaders() {
        List<Path> files = Workload.writeJavaRevisions(revisions);
        try {
            scripts = new HeaderReader().readAll(files, true);
        } finally {
            Workload.delete(files);
        }
        map = RevisionMap.fromScripts(scripts);
        atHead = Ident.of(List.of(Workload.revisionId(revisions)));
        if (new Plans(map).upgrade("head", Ident.of(List.of())).size() != revisions) {
            throw new IllegalStateException("upgrade head should have " + revisions + " steps");
        }
    }

    @Benchmark
    public RevisionMap buildMap() {
        return RevisionMap.fromScripts(scripts);
    }

    @Benchmark
    public List<String> heads() {
        return RevisionMap.fromScripts(scripts).heads();
    }

    @Benchmark
    public List<MigrationStep> planUpgradeHead() {
        return new Plans(map).upgrade("head", Ident.of(List.of()));
    }

    @Benchmark
    public List<MigrationStep> planDowngradeBase() {
        return new Plans(map).downgrade("base", atHead);
    }
}
