package dev.retort.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Upgrade, downgrade and stamp plans and the history walk over a {@link RevisionMap}, with
 * graph errors turned into the one-line messages a user sees (Alembic's
 * {@code ScriptDirectory._upgrade_revs}, {@code _downgrade_revs}, {@code _stamp_revs},
 * {@code walk_revisions}). retort is stricter than Alembic in two places: an upgrade to a
 * revision behind the current one fails instead of doing nothing, and a relative downgrade
 * from several heads fails instead of picking one row at random.
 */
public final class Plans {
    private static final String MULTIPLE_HEADS = "Multiple head revisions are present for given argument "
            + "'%s'; please specify a specific target revision, '<branchname>@%s' to narrow to a "
            + "specific head, or 'heads' for all heads";

    private final RevisionMap map;

    public Plans(RevisionMap map) {
        this.map = map;
    }

    /** Steps that bring the database from {@code current} (its version rows) to {@code destination}. */
    public List<MigrationStep> upgrade(String destination, Ident current) {
        return upgrade(Ident.of(destination), current);
    }

    /** Steps to several destinations at once (Alembic's tuple destination). */
    public List<MigrationStep> upgrade(Ident target, Ident current) {
        String destination = target.toString();
        List<Revision> revs = translated(() -> map.traversal().iterate(target, current,
                        RevisionTraversal.Options.defaults().withImplicitBase(true)),
                "Destination " + destination + " is not a valid upgrade target from current head(s)", destination);
        List<MigrationStep> steps = new ArrayList<>(revs.size());
        for (int i = revs.size() - 1; i >= 0; i--) {
            steps.add(new MigrationStep.RevisionStep(revs.get(i), true));
        }
        if (steps.isEmpty()) {
            refuseTargetBehind(target, destination, current);
        }
        return steps;
    }

    private void refuseTargetBehind(Ident target, String destination, Ident current) {
        List<Revision> currentRevs = translated(() -> map.getRevisions(current.asList()), null, destination);
        List<Revision> targets = translated(() -> map.getRevisions(target.asList()), null, destination);
        Set<Revision> applied = new HashSet<>(map.ancestors(nonNull(currentRevs), true));
        List<String> behind = new ArrayList<>();
        for (Revision t : nonNull(targets)) {
            if (applied.contains(t) && !currentRevs.contains(t)) {
                behind.add(t.id());
            }
        }
        if (!behind.isEmpty() && behind.size() == nonNull(targets).size()) {
            throw new RevisionException("Destination " + destination + " is behind the current revision(s) "
                    + String.join(", ", current.asList()) + "; use 'downgrade " + destination
                    + "' to go back to it");
        }
    }

    /** Steps that take the database from {@code current} down to {@code destination}. */
    public List<MigrationStep> downgrade(String destination, Ident current) {
        List<Revision> revs = translated(() -> {
            try {
                return map.traversal().iterate(current, Ident.of(destination),
                        RevisionTraversal.Options.defaults().withForDowngrade(true));
            } catch (RevisionException e) {
                if (current.asList().isEmpty() && destination.startsWith("-")
                        && e.getMessage().startsWith("Relative revision")) {
                    throw new RevisionException(e.getMessage() + ": the database is at base, there is nothing to downgrade");
                }
                throw e;
            }
        }, "Destination " + destination + " is not a valid downgrade target from current head(s)", destination);
        List<MigrationStep> steps = new ArrayList<>(revs.size());
        for (Revision r : revs) {
            steps.add(new MigrationStep.RevisionStep(r, false));
        }
        return steps;
    }

    /** Steps that move the version rows from {@code current} to {@code revisions}, running nothing. */
    public List<MigrationStep.StampStep> stamp(List<String> revisions, Ident current) {
        return translatedStamp(() -> {
            List<Revision> headsRevs = map.getRevisions(current.asList());
            List<String> targets = revisions.isEmpty() ? List.of("base") : revisions;
            LinkedHashSet<Revision> filtered = new LinkedHashSet<>();
            for (String rev : targets) {
                if (rev != null && !rev.isEmpty()) {
                    filtered.addAll(map.resolver().filterRevisionsForLineage(nonNull(headsRevs), rev, true));
                }
            }
            List<Revision> dests = map.getRevisions(targets);
            if (dests.isEmpty()) {
                dests = Collections.singletonList(null);
            }
            List<MigrationStep.StampStep> steps = new ArrayList<>();
            for (Revision dest : dests) {
                if (dest == null) {
                    for (Revision head : filtered) {
                        steps.add(new MigrationStep.StampStep(List.of(head.id()), List.of(), false, true));
                    }
                    continue;
                }
                if (filtered.contains(dest)) {
                    continue;
                }
                Set<Revision> descendants = new HashSet<>(map.descendants(List.of(dest), true));
                Set<Revision> ancestors = new HashSet<>(map.ancestors(List.of(dest), true));
                List<String> todo = Ident.idsOf(new ArrayList<>(filtered));
                if (intersects(descendants, filtered)) {
                    steps.add(new MigrationStep.StampStep(todo, List.of(dest.id()), false, false));
                } else if (intersects(ancestors, filtered)) {
                    steps.add(new MigrationStep.StampStep(todo, List.of(dest.id()), true, false));
                } else {
                    steps.add(new MigrationStep.StampStep(List.of(), List.of(dest.id()), true, true));
                }
            }
            return steps;
        });
    }

    /** Revisions from {@code head} down to {@code base} inclusive, for history; nulls mean the ends. */
    public List<Revision> walkRevisions(String base, String head) {
        return walkRevisions(Ident.of(base == null ? "base" : base), Ident.of(head == null ? "heads" : head));
    }

    /** {@link #walkRevisions(String, String)} with either end given as version rows ({@code current}). */
    public List<Revision> walkRevisions(Ident lower, Ident upper) {
        return translated(() -> map.traversal().iterate(upper, lower,
                        RevisionTraversal.Options.defaults().withInclusive(true).withAssertRelativeLength(false)),
                "Requested range " + lower + ":" + upper
                        + " does not refer to ancestor/descendant revisions along the same branch", upper.toString());
    }

    /** The revisions an identifier names, with user-facing errors. */
    public List<Revision> revisions(String id) {
        return translated(() -> map.getRevisions(id), null, null);
    }

    private static boolean intersects(Set<Revision> set, Set<Revision> other) {
        for (Revision r : other) {
            if (set.contains(r)) {
                return true;
            }
        }
        return false;
    }

    private static List<Revision> nonNull(List<Revision> revs) {
        List<Revision> out = new ArrayList<>(revs.size());
        for (Revision r : revs) {
            if (r != null && r != RevisionMap.BASE) {
                out.add(r);
            }
        }
        return out;
    }

    private <T> T translatedStamp(Supplier<T> action) {
        try {
            return action.get();
        } catch (RevisionException.MultipleHeads e) {
            throw new RevisionException("Multiple heads are present; please specify a single target revision",
                    e.details());
        } catch (RevisionException e) {
            throw translate(e, null, null);
        }
    }

    /**
     * Runs a graph query and turns its errors into messages for the user; {@code rangeMessage}
     * replaces a not-an-ancestor error, {@code end} names the argument of a multiple-heads error.
     */
    static <T> T translated(Supplier<T> action, String rangeMessage, String end) {
        try {
            return action.get();
        } catch (RevisionException e) {
            throw translate(e, rangeMessage, end);
        }
    }

    /** A graph error as the one-line message a user sees. */
    public static RevisionException translate(RevisionException e, String rangeMessage, String end) {
        if (e instanceof RevisionException.RangeNotAncestor rna) {
            String message = rangeMessage != null ? rangeMessage : "Requested range " + rna.lower() + ":"
                    + rna.upper() + " does not refer to ancestor/descendant revisions along the same branch";
            return new RevisionException(message, e.details());
        }
        if (e instanceof RevisionException.MultipleHeads mh) {
            String arg = end != null ? end : mh.argument();
            return new RevisionException(String.format(MULTIPLE_HEADS, arg, arg), e.details());
        }
        if (e instanceof RevisionException.Resolution re) {
            // Alembic drops the detail here; retort keeps it (candidates, "no such revision").
            return new RevisionException("Can't locate revision identified by '" + re.argument() + "': "
                    + e.getMessage(), e.details());
        }
        return e;
    }
}
