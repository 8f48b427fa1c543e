package dev.retort.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One node of the revision graph: a revision id, the revisions it revises ({@code down}), the
 * revisions it depends on, and its branch labels. The graph-derived fields (children, inherited
 * labels, resolved dependencies) are filled in once by {@link RevisionMap} while it is built and
 * never change afterwards; everything public is read-only.
 */
public final class Revision {
    private final String id;
    private final List<String> downRevisions;
    private final List<String> dependencies;
    private final List<String> declaredBranchLabels;
    private final RevisionScript script;

    // Filled in by RevisionMap while it is built; read-only afterwards.
    int index;
    final Set<String> branchLabels = new TreeSet<>();
    final Set<String> nextRevisions = new LinkedHashSet<>();
    final Set<String> allNextRevisions = new LinkedHashSet<>();
    List<String> resolvedDependencies = List.of();
    List<String> normalizedDependencies = List.of();
    private List<String> allDown;
    private List<String> normalizedDown;

    public Revision(String id, List<String> downRevisions, List<String> dependencies,
                    List<String> branchLabels) {
        this(id, downRevisions, dependencies, branchLabels, null);
    }

    public Revision(String id, List<String> downRevisions, List<String> dependencies,
                    List<String> branchLabels, RevisionScript script) {
        if (downRevisions.contains(id)) {
            throw new RevisionException.Cycle(RevisionException.Cycle.SELF_LOOP, List.of(id));
        }
        if (dependencies.contains(id)) {
            throw new RevisionException.Cycle(RevisionException.Cycle.DEPENDENCY_SELF_LOOP, List.of(id));
        }
        this.id = id;
        this.downRevisions = List.copyOf(downRevisions);
        this.dependencies = List.copyOf(dependencies);
        this.declaredBranchLabels = List.copyOf(branchLabels);
        this.branchLabels.addAll(branchLabels);
        this.script = script;
    }

    /** A revision made from a file's header. */
    public static Revision of(RevisionScript script) {
        return new Revision(script.id(), script.downRevisions(), script.dependsOn(),
                script.branchLabels(), script);
    }

    public String id() {
        return id;
    }

    /** The ids in {@code down}: empty for a root, several for a merge point. */
    public List<String> downRevisions() {
        return downRevisions;
    }

    /** {@code depends_on} as written (ids, partial ids or labels). */
    public List<String> dependencies() {
        return dependencies;
    }

    /** {@code depends_on} resolved to revision ids. */
    public List<String> resolvedDependencies() {
        return resolvedDependencies;
    }

    /** Branch labels of this revision, its own and those inherited along its branch, sorted. */
    public Set<String> branchLabels() {
        return Collections.unmodifiableSet(branchLabels);
    }

    List<String> declaredBranchLabels() {
        return declaredBranchLabels;
    }

    /** Children through {@code down} only, in map order. */
    public Set<String> nextRevisions() {
        return Collections.unmodifiableSet(nextRevisions);
    }

    /** The file this revision was read from, or null for a graph built in memory. */
    public RevisionScript script() {
        return script;
    }

    /** Position in the map (the order files were read in). */
    public int index() {
        return index;
    }

    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    boolean isRealBase() {
        return downRevisions.isEmpty() && dependencies.isEmpty();
    }

    public boolean isHead() {
        return nextRevisions.isEmpty();
    }

    /** A head also when dependencies are counted: nothing depends on it either. */
    public boolean isRealHead() {
        return allNextRevisions.isEmpty();
    }

    public boolean isBranchPoint() {
        return nextRevisions.size() > 1;
    }

    boolean isRealBranchPoint() {
        return allNextRevisions.size() > 1;
    }

    public boolean isMergePoint() {
        return downRevisions.size() > 1;
    }

    /** down revisions plus resolved dependencies, without duplicates. */
    List<String> allDownRevisions() {
        if (allDown == null) {
            allDown = dedupe(downRevisions, resolvedDependencies);
        }
        return allDown;
    }

    /** down revisions plus the dependencies no ancestor already requires. */
    List<String> normalizedDownRevisions() {
        if (normalizedDown == null) {
            normalizedDown = dedupe(downRevisions, normalizedDependencies);
        }
        return normalizedDown;
    }

    void resetDerived() {
        allDown = null;
        normalizedDown = null;
    }

    private static List<String> dedupe(List<String> a, List<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(new ArrayList<>(all));
    }

    @Override
    public String toString() {
        return id;
    }
}
