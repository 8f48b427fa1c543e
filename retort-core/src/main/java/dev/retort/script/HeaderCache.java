package dev.retort.script;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads revision headers through a cache ({@code .retort-cache/headers} in the script directory):
 * a file whose size and modification time (nanoseconds) are those cached is not read again; any
 * other file is. The cache is rewritten only when what it should hold changed, and a missing,
 * unreadable or corrupt cache is ignored and rewritten; failing to write it is not an error.
 *
 * <p>A file modified less than {@link #SETTLE_NANOS} before the read is parsed but not cached:
 * file systems keep modification times in clock ticks of a few milliseconds, so a file rewritten
 * with the same size within the tick of its caching would otherwise be trusted wrongly.
 */
final class HeaderCache {
    static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final Path cacheFile;
    private final HeaderReader reader;

    HeaderCache(Path cacheFile, HeaderReader reader) {
        this.cacheFile = cacheFile;
        this.reader = reader;
    }

    /**
     * The headers of {@code files}, in their order, each as {@link HeaderReader#read(Path)} would
     * return it; the errors are those of {@link HeaderReader#readAll}.
     */
    List<RevisionScript> readAll(List<Path> files) {
        Map<String, HeaderCacheFile.Entry> cached = load();
        RevisionScript[] scripts = new RevisionScript[files.size()];
        FileStamp[] stamps = new FileStamp[files.size()];
        boolean[] hits = new boolean[files.size()];
        List<Path> misses = new ArrayList<>();
        for (int i = 0; i < scripts.length; i++) {
            Path file = files.get(i);
            stamps[i] = FileStamp.of(file);
            HeaderCacheFile.Entry entry = cached == null ? null : cached.get(file.toString());
            hits[i] = entry != null && entry.stamp().sameAs(stamps[i]);
            if (hits[i]) {
                scripts[i] = entry.script(file);
            } else {
                misses.add(file);
            }
        }
        if (!misses.isEmpty()) {
            List<RevisionScript> read = reader.readAll(misses, true);
            for (int i = 0, m = 0; i < scripts.length; i++) {
                if (!hits[i]) {
                    scripts[i] = read.get(m++);
                }
            }
        }
        update(cached, files, stamps, scripts, hits);
        return List.of(scripts);
    }

    /** Rewrites the cache when the entries it should hold are not those it holds. */
    private void update(Map<String, HeaderCacheFile.Entry> cached, List<Path> files, FileStamp[] stamps,
                        RevisionScript[] scripts, boolean[] hits) {
        long settledBefore = System.currentTimeMillis() * 1_000_000L - SETTLE_NANOS;
        List<HeaderCacheFile.Entry> keep = new ArrayList<>(scripts.length);
        boolean changed = cached == null;
        for (int i = 0; i < scripts.length; i++) {
            if (stamps[i] != null && stamps[i].mtimeNanos() < settledBefore) {
                keep.add(HeaderCacheFile.Entry.of(files.get(i), stamps[i], scripts[i]));
                changed |= !hits[i];
            }
        }
        if (changed || cached.size() != keep.size()) {
            save(keep);
        }
    }

    /** The cached entries: none when there is no cache yet, null when it is unusable. */
    private Map<String, HeaderCacheFile.Entry> load() {
        try {
            return HeaderCacheFile.read(cacheFile);
        } catch (NoSuchFileException none) {
            return Map.of();
        } catch (IOException | RuntimeException unusable) {
            return null;
        }
    }

    private void save(List<HeaderCacheFile.Entry> entries) {
        try {
            HeaderCacheFile.write(cacheFile, entries);
        } catch (IOException | RuntimeException notWritable) {
            // a read-only script directory works, only without the cache
        }
    }
}
