package dev.retort.script;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Finds cycles in a freshly built map, through down revisions and then through dependencies. */
final class CycleCheck {
    private final RevisionMap map;

    CycleCheck(RevisionMap map) {
        this.map = map;
    }

    void check(Collection<Revision> heads, List<Revision> bases, Collection<Revision> realHeads,
               List<Revision> realBases) {
        Collection<Revision> all = map.all();
        if (all.isEmpty()) {
            return;
        }
        if (heads.isEmpty() || bases.isEmpty()) {
            throw new RevisionException.Cycle(RevisionException.Cycle.CYCLE, idsInOrder(all));
        }
        checkSpace(all, heads, Revision::downRevisions, bases, r -> List.copyOf(r.nextRevisions),
                RevisionException.Cycle.CYCLE);
        if (realHeads.isEmpty() || realBases.isEmpty()) {
            throw new RevisionException.Cycle(RevisionException.Cycle.DEPENDENCY_CYCLE, idsInOrder(all));
        }
        checkSpace(all, realHeads, Revision::allDownRevisions, realBases,
                r -> List.copyOf(r.allNextRevisions), RevisionException.Cycle.DEPENDENCY_CYCLE);
    }

    /** Every revision must lie both below some head and above some base. */
    private void checkSpace(Collection<Revision> all, Collection<Revision> heads,
                            Function<Revision, List<String>> down, List<Revision> bases,
                            Function<Revision, List<String>> up, String kind) {
        Set<Revision> below = new HashSet<>(map.related(heads, down));
        Set<Revision> above = new HashSet<>(map.related(bases, up));
        Set<String> outside = new TreeSet<>();
        for (Revision r : all) {
            if (!below.contains(r) || !above.contains(r)) {
                outside.add(r.id());
            }
        }
        if (!outside.isEmpty()) {
            throw new RevisionException.Cycle(kind, new ArrayList<>(outside));
        }
    }

    private static List<String> idsInOrder(Collection<Revision> all) {
        List<String> ids = new ArrayList<>(all.size());
        for (Revision r : all) {
            ids.add(r.id());
        }
        return ids;
    }
}
