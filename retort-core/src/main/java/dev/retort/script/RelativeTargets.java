package dev.retort.script;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative targets, as Alembic's {@code _walk}, {@code _parse_upgrade_target} and
 * {@code _parse_downgrade_target}: {@code +2} and {@code -1} from the current rows,
 * {@code rev+1}, {@code label@-1}, {@code label@head-1}, {@code base+2}.
 */
final class RelativeTargets {
    private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)");

    private final RevisionMap map;

    RelativeTargets(RevisionMap map) {
        this.map = map;
    }

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
                        ? map.resolver().filterRevisionsForLineage(walkUp, branchLabel, false) : walkUp;
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

    record DowngradeTarget(String branchLabel, Revision revision) {
    }

    DowngradeTarget parseDowngradeTarget(Ident currentRevisions, String target,
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
                    List<String> symbols = map.resolver().filterForLineage(current, branchLabel, false);
                    if (symbols.isEmpty()) {
                        List<Revision> allCurrent = map.resolver().filterRevisionsForLineage(
                                map.traversal().allCurrent(current), branchLabel, false);
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

    List<Revision> parseUpgradeTarget(Ident currentRevisions, Ident target,
                                              boolean assertRelativeLength) {
        Matcher m = target.isSymbol() ? RELATIVE.matcher(target.symbol()) : null;
        if (m == null || !m.lookingAt()) {
            return RevisionTraversal.revisions(map, target);
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
                List<Revision> onBranch = map.resolver().filterRevisionsForLineage(map.getRevisions(current), branchLabel, false);
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
        List<Revision> active = map.resolver().filterRevisionsForLineage(
                map.ancestors(RevisionTraversal.nonNull(map.getRevisions(current)), true), branchLabel, false);
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
}
