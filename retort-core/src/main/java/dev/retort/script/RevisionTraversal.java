package dev.retort.script;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a {@link RevisionMap}: which revisions lie between two identifiers and in what order,
 * relative targets ({@code +2}, {@code label@-1}, {@code rev+1}), and the revisions an upgrade
 * or downgrade needs. A faithful port of Alembic 1.8's {@code iterate_revisions} and the
 * helpers behind it, so that plans match Alembic's step for step.
 */
public final class RevisionTraversal {

    private final RevisionMap map;
    private final RelativeTargets relative;

    RevisionTraversal(RevisionMap map) {
        this.map = map;
        this.relative = new RelativeTargets(map);
    }

    /** Options of {@link #iterate}; Alembic's keyword arguments. */
    public record Options(boolean implicitBase, boolean inclusive, boolean assertRelativeLength,
                          boolean forDowngrade) {
        public static Options defaults() {
            return new Options(false, false, true, false);
        }

        public Options withImplicitBase(boolean v) {
            return new Options(v, inclusive, assertRelativeLength, forDowngrade);
        }

        public Options withInclusive(boolean v) {
            return new Options(implicitBase, v, assertRelativeLength, forDowngrade);
        }

        public Options withAssertRelativeLength(boolean v) {
            return new Options(implicitBase, inclusive, v, forDowngrade);
        }

        public Options withForDowngrade(boolean v) {
            return new Options(implicitBase, inclusive, assertRelativeLength, v);
        }
    }

    /** Revisions from {@code upper} down to {@code lower}, children before parents. */
    public List<Revision> iterate(Ident upper, Ident lower, Options options) {
        Collected collected = options.forDowngrade()
                ? collectDowngrade(upper, lower, options)
                : collectUpgrade(upper, lower, options);
        List<Revision> sorted = topologicalSort(collected.revisions, collected.heads);
        if (sorted.size() != collected.revisions.size()) {
            // Reachable only through depends_on, not through down revisions: Alembic 1.8 fails an
            // assertion here; retort says the range is not along one branch.
            throw new RevisionException.RangeNotAncestor(lower.toString(), upper.toString());
        }
        return sorted;
    }

    private record Collected(Set<Revision> revisions, List<Revision> heads) {
    }

    // ---------------------------------------------------------------- ordering

    private BitSet ancestorBits(Revision rev) {
        BitSet bits = new BitSet();
        for (Revision r : map.ancestors(List.of(rev), true)) {
            bits.set(r.index);
        }
        return bits;
    }

    List<Revision> topologicalSort(Set<Revision> revisions, List<Revision> heads) {
        Set<Revision> todo = new HashSet<>(revisions);
        List<Revision> currentHeads = new ArrayList<>();
        for (Revision h : heads) {
            if (h != null && todo.contains(h) && !currentHeads.contains(h)) {
                currentHeads.add(h);
            }
        }
        currentHeads.sort((a, b) -> Integer.compare(a.index, b.index));
        List<BitSet> ancestorsByIdx = new ArrayList<>();
        for (Revision h : currentHeads) {
            ancestorsByIdx.add(ancestorBits(h));
        }
        List<Revision> output = new ArrayList<>(revisions.size());
        int idx = 0;
        while (!currentHeads.isEmpty()) {
            Revision candidate = currentHeads.get(idx);
            int dependent = -1;
            for (int j = 0; j < ancestorsByIdx.size(); j++) {
                if (j != idx && ancestorsByIdx.get(j).get(candidate.index)) {
                    dependent = j;
                    break;
                }
            }
            if (dependent >= 0) {
                idx = dependent;
                continue;
            }
            if (todo.remove(candidate)) {
                output.add(candidate);
            }
            List<Revision> toAdd = new ArrayList<>();
            for (String down : candidate.normalizedDownRevisions()) {
                Revision r = map.byId(down);
                if (todo.contains(r) && !currentHeads.contains(r)) {
                    toAdd.add(r);
                }
            }
            if (toAdd.isEmpty()) {
                currentHeads.remove(idx);
                ancestorsByIdx.remove(idx);
                idx = Math.max(idx - 1, 0);
            } else if (candidate.normalizedDependencies.isEmpty() && candidate.downRevisions().size() == 1) {
                currentHeads.set(idx, toAdd.get(0));
                ancestorsByIdx.get(idx).clear(candidate.index);
            } else {
                currentHeads.set(idx, toAdd.get(0));
                ancestorsByIdx.set(idx, ancestorBits(toAdd.get(0)));
                for (Revision extra : toAdd.subList(1, toAdd.size())) {
                    currentHeads.add(extra);
                    ancestorsByIdx.add(ancestorBits(extra));
                }
            }
        }
        return output;
    }

    static List<Revision> nonNull(Collection<Revision> revs) {
        List<Revision> out = new ArrayList<>(revs.size());
        for (Revision r : revs) {
            if (r != null && r != RevisionMap.BASE) {
                out.add(r);
            }
        }
        return out;
    }

    private List<Revision> getRevisions(Ident ident) {
        return revisions(map, ident);
    }

    static List<Revision> revisions(RevisionMap map, Ident ident) {
        if (ident.isSymbol()) {
            return map.getRevisions(ident.symbol());
        }
        return map.getRevisions(ident.asList());
    }

    /** Alembic's {@code _walk}; see {@link RelativeTargets#walk}. */
    Revision walk(Revision start, int steps, String branchLabel, boolean noOverwalk) {
        return relative.walk(start, steps, branchLabel, noOverwalk);
    }

    // ---------------------------------------------------------------- collecting

    private Collected collectDowngrade(Ident upper, Ident target, Options o) {
        if (!target.isNone() && !target.isSymbol()) {
            throw new IllegalArgumentException("a downgrade target is one identifier");
        }
        RelativeTargets.DowngradeTarget parsed = relative.parseDowngradeTarget(upper, target.symbol(), o.assertRelativeLength());
        String branchLabel = parsed.branchLabel();
        Revision targetRevision = parsed.revision() == RevisionMap.BASE ? null : parsed.revision();
        List<Revision> roots;
        if (targetRevision == null) {
            // Alembic scans every key of its map, labels included, so a labelled base counts
            // twice here; that matters for the branch filter below.
            roots = new ArrayList<>();
            for (Revision r : map.keyedRevisions()) {
                if (r.isBase()) {
                    roots.add(r);
                }
            }
        } else if (o.inclusive()) {
            roots = List.of(targetRevision);
        } else {
            roots = map.getRevisions(List.copyOf(targetRevision.nextRevisions));
        }
        if (branchLabel != null && roots.size() > 1) {
            Set<Revision> ancestors = new HashSet<>(map.ancestors(List.of(map.resolver().resolveBranch(branchLabel)), false));
            List<Revision> filtered = new ArrayList<>();
            for (Revision r : roots) {
                if (ancestors.contains(r)) {
                    filtered.add(r);
                }
            }
            roots = filtered;
            if (roots.isEmpty()) {
                throw new RevisionException("Not a valid downgrade target from current heads");
            }
        }
        List<Revision> heads = getRevisions(upper);
        Set<Revision> downgrade = new LinkedHashSet<>(map.descendants(roots, true));
        Set<Revision> active = new LinkedHashSet<>(map.ancestors(nonNull(heads), true));
        downgrade.retainAll(active);
        if (o.implicitBase()) {
            Set<Revision> others = new LinkedHashSet<>(active);
            others.removeAll(map.ancestors(roots, true));
            downgrade.addAll(others);
        }
        if (targetRevision != null && downgrade.isEmpty() && !heads.contains(targetRevision)) {
            throw new RevisionException.RangeNotAncestor("Nothing to drop", upper.toString());
        }
        return new Collected(downgrade, heads);
    }

    private Collected collectUpgrade(Ident upper, Ident lower, Options o) {
        List<Revision> targets = nonNull(relative.parseUpgradeTarget(lower, upper, o.assertRelativeLength()));
        if (lower.isSymbol() && lower.symbol().contains("@")) {
            String branch = lower.symbol().substring(0, lower.symbol().indexOf('@'));
            Revision branchRev = map.getRevision(branch);
            if (branchRev != null && branchRev.id().equals(branch)) {
                if (branchRev.branchLabels.size() != 1) {
                    throw new RevisionException("Revision " + branch + " used as a branch has "
                            + branchRev.branchLabels.size() + " branch labels; name the label instead");
                }
                branch = branchRev.branchLabels.iterator().next();
            }
            List<Revision> onBranch = new ArrayList<>();
            for (Revision t : targets) {
                if (t.branchLabels.contains(branch)) {
                    onBranch.add(t);
                }
            }
            targets = onBranch;
        }
        Set<Revision> required = new LinkedHashSet<>(map.relatedChecked(targets, Revision::normalizedDownRevisions));
        required.addAll(targets);
        List<Revision> currentRevisions = getRevisions(lower);
        if (!o.implicitBase()) {
            for (Revision r : currentRevisions) {
                if (r != null && r != RevisionMap.BASE && !required.contains(r)) {
                    throw new RevisionException.RangeNotAncestor(lower.toString(), upper.toString());
                }
            }
        }
        if (!currentRevisions.isEmpty() && currentRevisions.get(0) == null) {
            Revision rev = relative.parseDowngradeTarget(upper, lower.symbol(), o.assertRelativeLength()).revision();
            if (rev == null) {
                throw new RevisionException("Walked too far");
            }
            if (rev == RevisionMap.BASE) {
                currentRevisions = List.of();
                lower = Ident.NONE;
            } else {
                currentRevisions = List.of(rev);
                lower = Ident.of(rev.id());
            }
        }
        currentRevisions = nonNull(currentRevisions);
        Set<Revision> current = new HashSet<>(map.relatedChecked(currentRevisions, Revision::normalizedDownRevisions));
        current.addAll(currentRevisions);
        Set<Revision> needs = new LinkedHashSet<>(required);
        needs.removeAll(current);
        if (o.inclusive()) {
            needs.addAll(nonNull(getRevisions(lower)));
        }
        if (!currentRevisions.isEmpty() && !o.implicitBase()) {
            needs.retainAll(new HashSet<>(map.relatedChecked(currentRevisions, r -> List.copyOf(r.nextRevisions))));
        }
        return new Collected(needs, targets);
    }

    // ---------------------------------------------------------------- current heads

    /** The applied revisions implied by version-table rows, reduced to branch heads. */
    public List<Revision> allCurrent(List<String> rows) {
        Set<Revision> top = new LinkedHashSet<>(nonNull(map.getRevisions(rows)));
        top.addAll(map.ancestors(new ArrayList<>(top), true));
        return filterIntoBranchHeads(top);
    }

    /**
     * The members of an ancestor-closed set with no child in the set (Alembic's
     * {@code _filter_into_branch_heads}). Closure makes a direct child enough: any descendant in
     * the set brings the child on the way to it. Linear in the set, where checking every
     * descendant was quadratic.
     */
    private List<Revision> filterIntoBranchHeads(Set<Revision> closed) {
        List<Revision> out = new ArrayList<>();
        for (Revision rev : closed) {
            boolean hasChildInSet = false;
            for (String child : rev.nextRevisions) {
                if (closed.contains(map.byId(child))) {
                    hasChildInSet = true;
                    break;
                }
            }
            if (!hasChildInSet) {
                out.add(rev);
            }
        }
        out.sort((a, b) -> Integer.compare(a.index, b.index));
        return out;
    }
}
