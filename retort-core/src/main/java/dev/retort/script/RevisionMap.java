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
        Resolved r = resolveNumber(id);
        if (r.ids.size() > 1) {
            throw new RevisionException.MultipleHeads(r.ids, id);
        }
        return revisionForIdent(r.ids.isEmpty() ? null : r.ids.get(0), r.branch);
    }

    /** Every revision an identifier names ({@code heads}, {@code label@-1}, ...), in order. */
    public List<Revision> getRevisions(String id) {
        Resolved r = resolveNumber(id);
        if (r.ids.size() == 1 && isNegativeNumber(r.ids.get(0))) {
            int steps = negativeSteps(r.ids.get(0));
            List<Revision> selectHeads = new ArrayList<>();
            for (Revision head : getRevisions("heads")) {
                if (r.branch == null || head.branchLabels.contains(r.branch)) {
                    selectHeads.add(head);
                }
            }
            List<Revision> out = new ArrayList<>();
            for (Revision head : selectHeads) {
                out.add(traversal.walk(head, steps, null, true));
            }
            return out;
        }
        List<Revision> out = new ArrayList<>(r.ids.size());
        for (String rid : r.ids) {
            out.add(revisionForIdent(rid, r.branch));
        }
        return out;
    }

    /**
     * {@code -3}: steps down from the heads, as Alembic reads an identifier that is a negative
     * integer. A positive one (a revision id of digits only) is an ordinary id.
     */
    private static boolean isNegativeNumber(String id) {
        if (id.length() < 2 || id.charAt(0) != '-') {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The steps of a negative number; one too large for an int fails the walk as Alembic's does. */
    private static int negativeSteps(String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException tooLarge) {
            return -Integer.MAX_VALUE;
        }
    }

    /** {@link #getRevisions(String)} over several identifiers, concatenated. */
    public List<Revision> getRevisions(Collection<String> ids) {
        List<Revision> out = new ArrayList<>();
        for (String id : ids) {
            out.addAll(getRevisions(id));
        }
        return out;
    }

    /** The single head, or of one branch; null on an empty map. */
    public String currentHead(String branchLabel) {
        List<String> current = heads;
        if (branchLabel != null) {
            current = filterForLineage(current, branchLabel, false);
        }
        if (current.size() > 1) {
            throw new RevisionException.MultipleHeads(current,
                    branchLabel != null ? branchLabel + "@head" : "head");
        }
        return current.isEmpty() ? null : current.get(0);
    }

    /** Bases sharing lineage with an identifier ({@code label@base} and the like). */
    public List<String> baseRevisions(String identifier) {
        return filterForLineage(bases, identifier, false);
    }

    record Resolved(List<String> ids, String branch) {
    }

    Resolved resolveNumber(String id) {
        String branch = null;
        if (id != null && id.indexOf('@') >= 0) {
            int at = id.indexOf('@');
            branch = id.substring(0, at);
            id = id.substring(at + 1);
        }
        if ("heads".equals(id)) {
            return new Resolved(branch != null ? filterForLineage(heads, branch, false) : realHeads, branch);
        } else if ("head".equals(id)) {
            String head = currentHead(branch);
            return new Resolved(head == null ? List.of() : List.of(head), branch);
        } else if (id == null || "base".equals(id)) {
            return new Resolved(List.of(), branch);
        }
        return new Resolved(List.of(id), branch);
    }

    Revision resolveBranch(String label) {
        Revision rev = byKey.get(label);
        if (rev != null) {
            return rev;
        }
        try {
            return revisionForIdent(label, null);
        } catch (RevisionException.Resolution e) {
            throw new RevisionException.Resolution("No such branch: '" + label + "'", label);
        }
    }

    /** One id (exact key or unique partial id of more than 3 characters), checked against a branch. */
    Revision revisionForIdent(String id, String checkBranch) {
        Revision branchRev = checkBranch != null && !checkBranch.isEmpty() ? resolveBranch(checkBranch) : null;
        if (id == null) {
            return null;
        }
        Revision revision = byKey.get(id);
        if (revision == null) {
            List<String> candidates = new ArrayList<>();
            for (String key : byKey.keySet()) {
                if (key.length() > 3 && key.startsWith(id)) {
                    candidates.add(key);
                }
            }
            if (branchRev != null) {
                candidates = filterForLineage(candidates, checkBranch, false);
            }
            if (candidates.isEmpty()) {
                throw new RevisionException.Resolution("No such revision or branch '" + id + "'"
                        + (id.length() < 4 ? "; please ensure at least four characters are present "
                        + "for partial revision identifier matches" : ""), id);
            } else if (candidates.size() > 1) {
                StringBuilder sb = new StringBuilder("Multiple revisions start with '").append(id).append("': ");
                for (int i = 0; i < Math.min(3, candidates.size()); i++) {
                    sb.append(i > 0 ? ", " : "").append('\'').append(candidates.get(i)).append('\'');
                }
                throw new RevisionException.Resolution(sb.append("...").toString(), id);
            }
            revision = byKey.get(candidates.get(0));
        }
        if (branchRev != null && !sharesLineage(revision, List.of(branchRev), false)) {
            throw new RevisionException.Resolution("Revision " + revision.id()
                    + " is not a member of branch '" + checkBranch + "'", id);
        }
        return revision;
    }

    /** The targets (ids) that share lineage with an identifier. */
    List<String> filterForLineage(List<String> targets, String checkAgainst, boolean includeDependencies) {
        List<Revision> against = lineageAnchors(checkAgainst);
        List<String> out = new ArrayList<>();
        for (String target : targets) {
            if (sharesLineage(revisionForIdent(target, null), against, includeDependencies)) {
                out.add(target);
            }
        }
        return out;
    }

    /** The targets (revisions) that share lineage with an identifier. */
    List<Revision> filterRevisionsForLineage(Collection<Revision> targets, String checkAgainst,
                                             boolean includeDependencies) {
        List<Revision> against = lineageAnchors(checkAgainst);
        List<Revision> out = new ArrayList<>();
        for (Revision target : targets) {
            if (sharesLineage(target, against, includeDependencies)) {
                out.add(target);
            }
        }
        return out;
    }

    private List<Revision> lineageAnchors(String checkAgainst) {
        Resolved r = resolveNumber(checkAgainst);
        List<Revision> against = new ArrayList<>();
        if (r.branch != null && !r.branch.isEmpty()) {
            against.add(revisionForIdent(r.branch, null));
        }
        for (String id : r.ids) {
            against.add(revisionForIdent(id, null));
        }
        return against;
    }

    boolean sharesLineage(Revision target, List<Revision> against, boolean includeDependencies) {
        if (against.isEmpty()) {
            return true;
        }
        Set<Revision> wanted = new HashSet<>(against);
        for (Revision r : descendants(List.of(target), includeDependencies)) {
            if (wanted.contains(r)) {
                return true;
            }
        }
        for (Revision r : ancestors(List.of(target), includeDependencies)) {
            if (wanted.contains(r)) {
                return true;
            }
        }
        return false;
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
