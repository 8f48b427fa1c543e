package dev.retort.script;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves identifiers against a {@link RevisionMap} as Alembic's {@code RevisionMap} does:
 * {@code head}, {@code heads}, {@code base}, {@code label@...}, partial ids (more than three
 * characters, unique), {@code -N} from the heads, and lineage checks between revisions.
 */
final class Resolver {
    private final RevisionMap map;

    Resolver(RevisionMap map) {
        this.map = map;
    }

    /** The one revision an identifier names, or null for {@code base}. */
    Revision getRevision(String id) {
        Resolved r = resolveNumber(id);
        if (r.ids.size() > 1) {
            throw new RevisionException.MultipleHeads(r.ids, id);
        }
        return revisionForIdent(r.ids.isEmpty() ? null : r.ids.get(0), r.branch);
    }

    /** Every revision an identifier names ({@code heads}, {@code label@-1}, ...), in order. */
    List<Revision> getRevisions(String id) {
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
                out.add(map.traversal().walk(head, steps, null, true));
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
     * {@code -3}: steps down from the map.heads(), as Alembic reads an identifier that is a negative
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
    List<Revision> getRevisions(Collection<String> ids) {
        List<Revision> out = new ArrayList<>();
        for (String id : ids) {
            out.addAll(getRevisions(id));
        }
        return out;
    }

    /** The single head, or of one branch; null on an empty map. */
    String currentHead(String branchLabel) {
        List<String> current = map.heads();
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
    List<String> baseRevisions(String identifier) {
        return filterForLineage(map.bases(), identifier, false);
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
            return new Resolved(branch != null ? filterForLineage(map.heads(), branch, false) : map.realHeads(), branch);
        } else if ("head".equals(id)) {
            String head = currentHead(branch);
            return new Resolved(head == null ? List.of() : List.of(head), branch);
        } else if (id == null || "base".equals(id)) {
            return new Resolved(List.of(), branch);
        }
        return new Resolved(List.of(id), branch);
    }

    Revision resolveBranch(String label) {
        Revision rev = map.byKey(label);
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
        Revision revision = map.byKey(id);
        if (revision == null) {
            List<String> candidates = new ArrayList<>();
            for (String key : map.keys()) {
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
            revision = map.byKey(candidates.get(0));
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
        for (Revision r : map.descendants(List.of(target), includeDependencies)) {
            if (wanted.contains(r)) {
                return true;
            }
        }
        for (Revision r : map.ancestors(List.of(target), includeDependencies)) {
            if (wanted.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
