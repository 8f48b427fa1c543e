package dev.retort.runtime.load;

import dev.retort.script.HeaderReader;
import dev.retort.script.RevisionScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Times loading {@code N} small Java revisions on a cold JVM: a cold compile (empty cache), then a
 * load from the cache. Run by {@code bench/compile-bench.sh}; prints one line per phase.
 */
public final class CompileBench {
    private CompileBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path project = Files.createTempDirectory("retort-compile-bench");
        List<Path> files = JavaRevisions.chain(project.resolve("versions"), count);
        List<RevisionScript> scripts = new HeaderReader().readAll(files, true);

        long start = System.nanoTime();
        List<LoadedRevision> cold = new RevisionLoader(project, SqlSyntax.SQLITE, List.of()).load(scripts);
        cold.forEach(LoadedRevision::upgrade);
        long coldMs = (System.nanoTime() - start) / 1_000_000;

        start = System.nanoTime();
        List<LoadedRevision> warm = new RevisionLoader(project, SqlSyntax.SQLITE, List.of()).load(scripts);
        warm.forEach(LoadedRevision::upgrade);
        long cachedMs = (System.nanoTime() - start) / 1_000_000;

        System.out.println("revisions=" + count + " cold_compile_and_load_ms=" + coldMs + " cached_load_ms=" + cachedMs);
    }
}
