package dev.retort.script;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a {@link RevisionMap}: which revisions lie between two identifiers and in what order,
 * relative targets ({@code +2}, {@code label@-1}, {@code rev+1}), and the revisions an upgrade
 * or downgrade needs. A faithful port of Alembic 1.8's {@code iterate_revisions} and the
 * helpers behind it, so that plans match Alembic's step for step.
 */
public final class RevisionTraversal {
    private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)");

    private final RevisionMap map;

    RevisionTraversal(RevisionMap map) {
        this.map = map;
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

    // ---------------------------------------------------------------- walking

    /**
     * Walks {@code steps} up (positive) or down (negative) from {@code start} (null = base).
     * Returns null when the walk goes past the end and {@code noOverwalk}, and
     * {@link RevisionMap#BASE} when it ends exactly at base.
     */
    Revision walk(Revision start, int steps, String branchLabel, boolean noOverwalk) {
        Revision initial = start;
        for (int i = 0; i < Math.abs(steps); i++) {
            List<Revision> children;
            if (steps > 0) {
                List<Revision> walkUp = map.getRevisions(initial == null ? map.bases()
                        : List.copyOf(initial.nextRevisions));
                children = branchLabel != null
                        ? map.filterRevisionsForLineage(walkUp, branchLabel, false) : walkUp;
            } else if (initial == RevisionMap.BASE) {
                children = List.of();
            } else {
                children = map.getRevisions(initial == null ? map.heads() : initial.downRevisions());
                if (children.isEmpty()) {
                    children = List.of(RevisionMap.BASE);
                }
            }
            if (children.isEmpty()) {
                return noOverwalk ? null : initial;
            } else if (children.size() > 1) {
                throw new RevisionException("Ambiguous walk");
            }
            initial = children.get(0);
        }
        return initial;
    }

    private Revision walkFrom(String start, int steps, String branchLabel, boolean noOverwalk) {
        return walk(map.getRevision(start), steps, branchLabel, noOverwalk);
    }

    private static RevisionException didNotProduce(String relative, int n) {
        return new RevisionException("Relative revision " + relative + " didn't produce "
                + Math.abs(n) + " migrations");
    }

    private record DowngradeTarget(String branchLabel, Revision revision) {
    }

    private DowngradeTarget parseDowngradeTarget(Ident currentRevisions, String target,
                                                 boolean assertRelativeLength) {
        if (target == null) {
            return new DowngradeTarget(null, null);
        }
        Matcher m = RELATIVE.matcher(target);
        if (m.lookingAt()) {
            String branchLabel = m.group(1);
            String symbol = m.group(2);
            String relative = m.group(3);
            int rel = Integer.parseInt(relative);
            if (rel >= 0) {
                if (symbol == null) {
                    throw didNotProduce(relative, rel);
                }
                Revision rev = walkFrom(symbol, rel, branchLabel, assertRelativeLength);
                if (rev == null) {
                    throw new RevisionException("Walked too far");
                }
                return new DowngradeTarget(branchLabel, rev);
            }
            boolean relativeRevision = symbol == null;
            if (relativeRevision) {
                List<String> current = currentRevisions.asList();
                if (branchLabel != null) {
                    List<String> symbols = map.filterForLineage(current, branchLabel, false);
                    if (symbols.isEmpty()) {
                        List<Revision> allCurrent = map.filterRevisionsForLineage(
                                allCurrent(current), branchLabel, false);
                        symbols = Ident.idsOf(allCurrent);
                    }
                    if (symbols.size() != 1) {
                        throw new RevisionException("Branch " + branchLabel + " has "
                                + (symbols.isEmpty() ? "no" : "more than one")
                                + " current revision; name the revision to downgrade to");
                    }
                    symbol = symbols.get(0);
                } else {
                    if (current.isEmpty()) {
                        throw didNotProduce(relative, rel);
                    }
                    if (new LinkedHashSet<>(current).size() > 1) {
                        // Alembic warns and takes the first row; which row comes first is
                        // arbitrary, so retort asks instead.
                        throw new RevisionException("downgrade " + relative + " from multiple heads ("
                                + String.join(", ", current) + ") is ambiguous; use <branchname>@"
                                + relative + " or name the revision to downgrade to");
                    }
                    symbol = current.get(0);
                    branchLabel = symbol;
                }
            }
            Revision start = branchLabel == null ? map.getRevision(symbol)
                    : map.getRevision(branchLabel + "@" + symbol);
            Revision rev = walk(start, rel, null, assertRelativeLength);
            if (rev == null) {
                if (relativeRevision) {
                    throw didNotProduce(relative, rel);
                }
                throw new RevisionException("Walked too far");
            }
            return new DowngradeTarget(branchLabel, rev);
        }
        int at = target.lastIndexOf('@');
        String branchLabel = at > 0 ? target.substring(0, at) : null;
        return new DowngradeTarget(branchLabel, map.getRevision(target.substring(at + 1)));
    }

    private List<Revision> parseUpgradeTarget(Ident currentRevisions, Ident target,
                                              boolean assertRelativeLength) {
        Matcher m = target.isSymbol() ? RELATIVE.matcher(target.symbol()) : null;
        if (m == null || !m.lookingAt()) {
            return getRevisions(target);
        }
        String branchLabel = m.group(1);
        String symbol = m.group(2);
        String relativeStr = m.group(3);
        int relative = Integer.parseInt(relativeStr);
        if (relative > 0) {
            if (symbol != null) {
                return listOf(walkFrom(symbol, relative, branchLabel, assertRelativeLength));
            }
            List<String> current = currentRevisions.asList();
            List<Revision> startRevs;
            if (current.isEmpty()) {
                startRevs = listOf((Revision) null);
            } else {
                startRevs = map.getRevisions(current);
            }
            if (branchLabel != null) {
                List<Revision> onBranch = map.filterRevisionsForLineage(map.getRevisions(current), branchLabel, false);
                if (onBranch.isEmpty()) {
                    onBranch = branchTips(current, branchLabel);
                }
                startRevs = onBranch;
            }
            if (startRevs.size() > 1) {
                throw new RevisionException("Ambiguous upgrade from multiple current revisions");
            }
            Revision rev = walk(startRevs.get(0), relative, branchLabel, assertRelativeLength);
            if (rev == null) {
                throw didNotProduce(relativeStr, relative);
            }
            return listOf(rev);
        }
        if (symbol == null) {
            throw didNotProduce(String.valueOf(relative), relative);
        }
        Revision start = branchLabel == null ? map.getRevision(symbol) : map.getRevision(branchLabel + "@" + symbol);
        return listOf(walk(start, relative, null, assertRelativeLength));
    }

    /** The requested branch is not a head: its newest applied revisions, or base. */
    private List<Revision> branchTips(List<String> current, String branchLabel) {
        List<Revision> active = map.filterRevisionsForLineage(
                map.ancestors(nonNull(map.getRevisions(current)), true), branchLabel, false);
        Set<String> downs = new HashSet<>();
        for (Revision r : active) {
            downs.addAll(r.normalizedDownRevisions());
        }
        List<Revision> tips = new ArrayList<>();
        for (Revision r : active) {
            if (!downs.contains(r.id())) {
                tips.add(r);
            }
        }
        return tips.isEmpty() ? listOf((Revision) null) : tips;
    }

    private static List<Revision> listOf(Revision r) {
        List<Revision> l = new ArrayList<>(1);
        l.add(r);
        return l;
    }

    private static List<Revision> nonNull(Collection<Revision> revs) {
        List<Revision> out = new ArrayList<>(revs.size());
        for (Revision r : revs) {
            if (r != null && r != RevisionMap.BASE) {
                out.add(r);
            }
        }
        return out;
    }

    private List<Revision> getRevisions(Ident ident) {
        if (ident.isSymbol()) {
            return map.getRevisions(ident.symbol());
        }
        return map.getRevisions(ident.asList());
    }

    // ---------------------------------------------------------------- collecting

    private Collected collectDowngrade(Ident upper, Ident target, Options o) {
        if (!target.isNone() && !target.isSymbol()) {
            throw new IllegalArgumentException("a downgrade target is one identifier");
        }
        DowngradeTarget parsed = parseDowngradeTarget(upper, target.symbol(), o.assertRelativeLength());
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
            Set<Revision> ancestors = new HashSet<>(map.ancestors(List.of(map.resolveBranch(branchLabel)), false));
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
        List<Revision> targets = nonNull(parseUpgradeTarget(lower, upper, o.assertRelativeLength()));
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
            Revision rev = parseDowngradeTarget(upper, lower.symbol(), o.assertRelativeLength()).revision();
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

    private List<Revision> filterIntoBranchHeads(Set<Revision> targets) {
        Set<Revision> result = new LinkedHashSet<>(targets);
        for (Revision rev : new ArrayList<>(targets)) {
            for (Revision d : map.descendants(List.of(rev), false)) {
                if (d != rev && result.contains(d)) {
                    result.remove(rev);
                    break;
                }
            }
        }
        List<Revision> out = new ArrayList<>(result);
        out.sort((a, b) -> Integer.compare(a.index, b.index));
        return out;
    }
}
