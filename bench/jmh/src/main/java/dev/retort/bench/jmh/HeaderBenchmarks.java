package dev.retort.bench.jmh;

import dev.retort.script.HeaderReader;
import dev.retort.script.RevisionScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading the headers of N Java revision files (what every command does first when the header
 * cache is cold or stale): from disk on one thread, from disk in parallel (as the CLI reads them),
 * and parsing bytes already in memory (the parser alone).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HeaderBenchmarks {
    @Param({"1000", "10000"})
    public int revisions;

    private final HeaderReader reader = new HeaderReader();
    private List<Path> files;
    private List<byte[]> contents;

    @Setup
    public void writeFiles() {
        files = Workload.writeJavaRevisions(revisions);
        contents = new ArrayList<>(revisions);
        for (int k = 1; k <= revisions; k++) {
            contents.add(Workload.javaRevision(k).getBytes(StandardCharsets.UTF_8));
        }
    }

    @TearDown
    public void deleteFiles() {
        Workload.delete(files);
    }

    @Benchmark
    public List<RevisionScript> readFiles() {
        return reader.readAll(files, false);
    }

    @Benchmark
    public List<RevisionScript> readFilesParallel() {
        return reader.readAll(files, true);
    }

    @Benchmark
    public List<RevisionScript> parseInMemory() {
        List<RevisionScript> out = new ArrayList<>(revisions);
        for (int i = 0; i < revisions; i++) {
            out.add(reader.read(files.get(i), contents.get(i)));
        }
        return out;
    }
}
