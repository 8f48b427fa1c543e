package dev.retort.script;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The revision graph: revisions by id and branch label, heads and bases, and resolution of
 * symbolic identifiers ({@code head}, {@code heads}, {@code base}, {@code label@head}, partial
 * ids, {@code -N}). Built once from revisions in insertion order (version locations in config
 * order, files sorted by name), then read-only. Semantics are Alembic 1.8's {@code RevisionMap};
 * traversal and plans live in {@link RevisionTraversal}.
 */
public final class RevisionMap {
    /** Stands for the string {@code "base"} where Alembic's walk returns it. */
    static final Revision BASE = new Revision("base", List.of(), List.of(), List.of());

    private final Map<String, Revision> byId = new LinkedHashMap<>();
    /** Ids then branch labels, in insertion order: the keys Alembic's map holds. */
    private final Map<String, Revision> byKey = new LinkedHashMap<>();
    private final List<Revision> ordered;
    private final List<String> heads;
    private final List<String> realHeads;
    private final List<String> bases;
    private final List<String> realBases;
    private final RevisionTraversal traversal;
    private final Resolver resolver = new Resolver(this);

    private RevisionMap(List<Revision> revisions) {
        List<Revision> withLabels = new ArrayList<>();
        LinkedHashSet<Revision> headSet = new LinkedHashSet<>();
        LinkedHashSet<Revision> realHeadSet = new LinkedHashSet<>();
        List<Revision> baseList = new ArrayList<>();
        List<Revision> realBaseList = new ArrayList<>();
        int index = 0;
        for (Revision rev : revisions) {
            Revision previous = byId.put(rev.id(), rev);
            if (previous != null) {
                throw new RevisionException("Revision " + rev.id() + " is defined twice: in "
                        + where(previous) + " and in " + where(rev));
            }
            rev.index = index++;
            if (!rev.declaredBranchLabels().isEmpty()) {
                withLabels.add(rev);
            }
            headSet.add(rev);
            realHeadSet.add(rev);
            if (rev.isBase()) {
                baseList.add(rev);
            }
            if (rev.isRealBase()) {
                realBaseList.add(rev);
            }
        }
        byKey.putAll(byId);
        mapBranchLabels(withLabels);
        resolveDependencies();
        for (Revision rev : byId.values()) {
            for (String down : rev.allDownRevisions()) {
                Revision downRev = byKey.get(down);
                if (downRev == null) {
                    throw new RevisionException("Revision " + down + " referenced from " + where(rev)
                            + " is not present; fix the down revision or restore the missing file");
                }
                downRev.allNextRevisions.add(rev.id());
                if (rev.downRevisions().contains(downRev.id())) {
                    downRev.nextRevisions.add(rev.id());
                    headSet.remove(downRev);
                }
                realHeadSet.remove(downRev);
            }
        }
        normalizeDependencies();
        this.ordered = List.copyOf(byId.values());
        new CycleCheck(this).check(headSet, baseList, realHeadSet, realBaseList);
        this.heads = ids(headSet);
        this.realHeads = ids(realHeadSet);
        this.bases = ids(baseList);
        this.realBases = ids(realBaseList);
        addBranches(withLabels);
        this.traversal = new RevisionTraversal(this);
    }

    /** Builds the graph; throws {@link RevisionException} for duplicates, missing ids, cycles. */
    public static RevisionMap of(List<Revision> revisions) {
        return new RevisionMap(revisions);
    }

    /** Builds the graph from file headers, in the order given. */
    public static RevisionMap fromScripts(List<RevisionScript> scripts) {
        List<Revision> revisions = new ArrayList<>(scripts.size());
        for (RevisionScript script : scripts) {
            try {
                revisions.add(Revision.of(script));
            } catch (RevisionException e) {
                throw new RevisionException(e.getMessage() + " (" + script.path() + ":"
                        + script.headerLine() + ")");
            }
        }
        return new RevisionMap(revisions);
    }

    static String where(Revision rev) {
        RevisionScript s = rev.script();
        return s == null ? rev.id() : rev.id() + " (" + s.path() + ":" + s.headerLine() + ")";
    }

    private static List<String> ids(Collection<Revision> revs) {
        List<String> out = new ArrayList<>(revs.size());
        for (Revision r : revs) {
            out.add(r.id());
        }
        return List.copyOf(out);
    }

    private void mapBranchLabels(List<Revision> withLabels) {
        for (Revision rev : withLabels) {
            for (String label : rev.declaredBranchLabels()) {
                Revision other = byKey.get(label);
                if (other != null) {
                    throw new RevisionException("Branch name '" + label + "' in revision " + rev.id()
                            + " already used by revision " + other.id());
                }
                byKey.put(label, rev);
            }
        }
    }

    private void resolveDependencies() {
        for (Revision rev : byId.values()) {
            if (rev.dependencies().isEmpty()) {
                continue;
            }
            List<String> resolved = new ArrayList<>();
            for (String dep : rev.dependencies()) {
                Revision target = byKey.get(dep);
                if (target == null) {
                    // Alembic fails here with a KeyError; retort says which file names what.
                    throw new RevisionException("Revision " + dep + " named in depends_on of " + where(rev)
                            + " is not present; use a full revision id or a branch label");
                }
                resolved.add(target.id());
            }
            rev.resolvedDependencies = List.copyOf(resolved);
            rev.resetDerived();
        }
    }

    private void normalizeDependencies() {
        for (Revision rev : byId.values()) {
            if (rev.resolvedDependencies.isEmpty()) {
                continue;
            }
            LinkedHashSet<String> normalized = new LinkedHashSet<>(rev.resolvedDependencies);
            for (Revision ancestor : related(List.of(rev), Revision::downRevisions)) {
                if (ancestor != rev) {
                    normalized.removeAll(ancestor.resolvedDependencies);
                }
            }
            rev.normalizedDependencies = List.copyOf(normalized);
            rev.resetDerived();
        }
    }

    private void addBranches(List<Revision> withLabels) {
        for (Revision rev : withLabels) {
            Set<String> labels = new TreeSet<>(rev.branchLabels);
            Revision last = rev;
            for (Revision node : related(List.of(rev), r -> List.copyOf(r.nextRevisions))) {
                node.branchLabels.addAll(labels);
                last = node;
            }
            Revision parent = last;
            while (parent != null && !parent.isRealBranchPoint() && !parent.isMergePoint()) {
                parent.branchLabels.addAll(labels);
                parent = parent.downRevisions().isEmpty() ? null : byId.get(parent.downRevisions().get(0));
            }
        }
    }

    // ---------------------------------------------------------------- queries

    /** All revisions in insertion order. */
    public List<Revision> revisions() {
        return ordered;
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The revision with exactly this id, or null. */
    public Revision byId(String id) {
        return byId.get(id);
    }

    /** Heads through {@code down} only, in map order (surviving old heads first). */
    public List<String> heads() {
        return heads;
    }

    /** Heads counting dependencies as well: what {@code heads} resolves to. */
    public List<String> realHeads() {
        return realHeads;
    }

    public List<String> bases() {
        return bases;
    }

    public List<String> realBases() {
        return realBases;
    }

    /** Traversal, plans and relative targets over this map. */
    public RevisionTraversal traversal() {
        return traversal;
    }

    /** The one revision an identifier names, or null for {@code base}. */
    public Revision getRevision(String id) {
        return resolver.getRevision(id);
    }

    /** Every revision an identifier names ({@code heads}, {@code label@-1}, ...), in order. */
    public List<Revision> getRevisions(String id) {
        return resolver.getRevisions(id);
    }

    /** {@link #getRevisions(String)} over several identifiers, concatenated. */
    public List<Revision> getRevisions(Collection<String> ids) {
        return resolver.getRevisions(ids);
    }

    /** The single head, or of one branch; null on an empty map. */
    public String currentHead(String branchLabel) {
        return resolver.currentHead(branchLabel);
    }

    /** Bases sharing lineage with an identifier ({@code label@base} and the like). */
    public List<String> baseRevisions(String identifier) {
        return resolver.baseRevisions(identifier);
    }

    Resolver resolver() {
        return resolver;
    }

    /** Every key: ids, then branch labels. */
    Collection<String> keys() {
        return byKey.keySet();
    }

    // ---------------------------------------------------------------- graph walks

    /** Ancestors including the targets, through down revisions (and dependencies when asked). */
    List<Revision> ancestors(Collection<Revision> targets, boolean includeDependencies) {
        return related(targets, includeDependencies ? Revision::normalizedDownRevisions : Revision::downRevisions);
    }

    /** Descendants including the targets, through children (and dependents when asked). */
    List<Revision> descendants(Collection<Revision> targets, boolean includeDependencies) {
        return related(targets, includeDependencies
                ? r -> List.copyOf(r.allNextRevisions) : r -> List.copyOf(r.nextRevisions));
    }

    /** Depth-first walk from the targets along {@code step}, as Alembic's stack-based walk. */
    List<Revision> related(Collection<Revision> targets, Function<Revision, List<String>> step) {
        Set<Revision> seen = new HashSet<>();
        List<Revision> out = new ArrayList<>();
        Deque<Revision> todo = new ArrayDeque<>();
        for (Revision target : targets) {
            todo.push(target);
            while (!todo.isEmpty()) {
                Revision rev = todo.pop();
                if (!seen.add(rev)) {
                    continue;
                }
                for (String next : step.apply(rev)) {
                    todo.push(byKey.get(next));
                }
                out.add(rev);
            }
        }
        return out;
    }

    /** Like {@link #related} but fails when one target is reachable from another. */
    List<Revision> relatedChecked(List<Revision> targets, Function<Revision, List<String>> step) {
        Set<Revision> seen = new HashSet<>();
        List<Revision> out = new ArrayList<>();
        Deque<Revision> todo = new ArrayDeque<>();
        Set<Revision> targetSet = new LinkedHashSet<>(targets);
        for (Revision target : targets) {
            todo.push(target);
            Set<Revision> perTarget = new LinkedHashSet<>();
            while (!todo.isEmpty()) {
                Revision rev = todo.pop();
                perTarget.add(rev);
                if (!seen.add(rev)) {
                    continue;
                }
                for (String next : step.apply(rev)) {
                    todo.push(byKey.get(next));
                }
                out.add(rev);
            }
            List<String> overlaps = new ArrayList<>();
            for (Revision r : perTarget) {
                if (r != target && targetSet.contains(r)) {
                    overlaps.add(r.id());
                }
            }
            if (!overlaps.isEmpty()) {
                throw new RevisionException("Requested revision " + target.id()
                        + " overlaps with other requested revisions " + String.join(", ", overlaps));
            }
        }
        return out;
    }

    /** Revisions by key (id or label); used by the cycle check before the map is complete. */
    Revision byKey(String key) {
        return byKey.get(key);
    }

    /** One entry per key (ids, then labels): a labelled revision appears more than once. */
    Collection<Revision> keyedRevisions() {
        return Collections.unmodifiableCollection(byKey.values());
    }

    Collection<Revision> all() {
        return Collections.unmodifiableCollection(byId.values());
    }
}
