package dev.retort.runtime.load;

import dev.retort.RetortException;
import dev.retort.migration.Revision;
import dev.retort.script.RevisionScript;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The revisions compiled into an application (classpath mode): read from every
 * {@value RevisionIndex#RESOURCE} a class loader sees, in the order the loader lists them, without
 * scanning classes. Gives headers for the graph, and {@link LoadedRevision}s for the runtime.
 */
public final class ClasspathRevisions {
    private final ClassLoader loader;
    private final List<IndexedRevision> index;
    private final Map<String, IndexedRevision> byId = new HashMap<>();

    private ClasspathRevisions(ClassLoader loader, List<IndexedRevision> index) {
        this.loader = loader;
        this.index = List.copyOf(index);
        index.forEach(r -> byId.put(r.id(), r));
    }

    /**
     * Reads every index {@code loader} sees.
     *
     * @throws RetortException when an index cannot be read or is malformed, or two classes declare
     *                         the same id
     */
    public static ClasspathRevisions of(ClassLoader loader) {
        List<IndexedRevision> all = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (URL url : resources(loader)) {
            for (IndexedRevision r : RevisionIndex.parse(read(url), url.toString())) {
                String earlier = seen.putIfAbsent(r.id(), r.className());
                if (earlier != null) {
                    throw new RetortException("Revision " + r.id() + " is defined by both " + earlier + " and "
                            + r.className());
                }
                all.add(r);
            }
        }
        return new ClasspathRevisions(loader, all);
    }

    /** The indexed revisions, in index order. */
    public List<IndexedRevision> index() {
        return index;
    }

    /** Their headers, for building the graph. */
    public List<RevisionScript> scripts() {
        return index.stream().map(IndexedRevision::script).toList();
    }

    /**
     * Instantiates the revisions of a plan, in its order.
     *
     * @throws RetortException when a script is not in the index, or its class cannot be loaded or
     *                         instantiated, or no longer carries the indexed id
     */
    public List<LoadedRevision> load(List<RevisionScript> plan) {
        List<LoadedRevision> loaded = new ArrayList<>();
        for (RevisionScript script : plan) {
            IndexedRevision entry = byId.get(script.id());
            if (entry == null) {
                throw new RetortException("Revision " + script.id() + " is not in any " + RevisionIndex.RESOURCE);
            }
            Class<?> type = load(entry);
            Revision annotation = type.getAnnotation(Revision.class);
            if (annotation == null || !annotation.id().equals(entry.id())) {
                throw new RetortException("Class " + entry.className() + " is indexed as revision " + entry.id()
                        + " but is not annotated @Revision(id = \"" + entry.id() + "\"); rebuild the application");
            }
            loaded.add(LoadedRevision.ofMigration(script, entry.checksum(),
                    RevisionInstantiator.create(type, entry.id(), script.path())));
        }
        return List.copyOf(loaded);
    }

    private Class<?> load(IndexedRevision entry) {
        try {
            return Class.forName(entry.className(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RetortException("Cannot load revision class " + entry.className() + " (revision "
                    + entry.id() + ") listed in " + RevisionIndex.RESOURCE + ": " + e, e);
        }
    }

    private static List<URL> resources(ClassLoader loader) {
        try {
            return Collections.list(loader.getResources(RevisionIndex.RESOURCE));
        } catch (IOException e) {
            throw new RetortException("Cannot list " + RevisionIndex.RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException("Cannot read " + url + ": " + e.getMessage(), e);
        }
    }
}
