package dev.retort.script;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of the version table (one per current head) and how each step changes them: the
 * bookkeeping of Alembic's {@code HeadMaintainer}, without a database. The runtime turns each
 * {@link RowChange} into an INSERT, UPDATE or DELETE.
 */
public final class VersionRows {
    /** One change to the version table. {@code from} is null for an insert, {@code to} for a delete. */
    public record RowChange(String from, String to) {
        public static RowChange insert(String version) {
            return new RowChange(null, version);
        }

        public static RowChange delete(String version) {
            return new RowChange(version, null);
        }

        public static RowChange update(String from, String to) {
            return new RowChange(from, to);
        }

        public boolean isInsert() {
            return from == null;
        }

        public boolean isDelete() {
            return to == null;
        }

        @Override
        public String toString() {
            return isInsert() ? "INSERT " + to : isDelete() ? "DELETE " + from : "UPDATE " + from + "->" + to;
        }
    }

    private final RevisionMap map;
    private final LinkedHashSet<String> rows;

    public VersionRows(RevisionMap map, List<String> rows) {
        this.map = map;
        this.rows = new LinkedHashSet<>(rows);
    }

    /** The current rows, in the order they were added. */
    public List<String> rows() {
        return List.copyOf(rows);
    }

    /** Applies a step to the rows and returns the changes it makes, in order. */
    public List<RowChange> apply(MigrationStep step) {
        List<RowChange> changes = new ArrayList<>();
        if (step instanceof MigrationStep.RevisionStep rs) {
            applyRevision(rs, changes);
        } else {
            applyStamp((MigrationStep.StampStep) step, changes);
        }
        return changes;
    }

    private void applyRevision(MigrationStep.RevisionStep step, List<RowChange> changes) {
        Revision rev = step.revision();
        List<String> downs = rev.normalizedDownRevisions();
        if (!step.isUpgrade() && rows.contains(rev.id()) && (downs.isEmpty() || unmergeTargets(step).isEmpty())) {
            delete(rev.id(), changes);
        } else if (step.isUpgrade() && (downs.isEmpty() || !intersects(downs))) {
            insert(rev.id(), changes);
        } else if (step.isUpgrade() && downs.size() > 1 && countIn(downs) > 1) {
            List<String> from = step.fromRevisions();
            Set<String> others = new HashSet<>(rows);
            from.forEach(others::remove);
            List<String> merging = new ArrayList<>(from);
            if (!others.isEmpty()) {
                merging.removeAll(ancestorIds(others));
            }
            for (String d : merging.subList(0, merging.size() - 1)) {
                delete(d, changes);
            }
            update(merging.get(merging.size() - 1), rev.id(), changes);
        } else if (!step.isUpgrade() && rows.contains(rev.id()) && downs.size() > 1) {
            List<String> to = unmergeTargets(step);
            for (String ins : to.subList(0, to.size() - 1)) {
                insert(ins, changes);
            }
            update(rev.id(), to.get(to.size() - 1), changes);
        } else {
            String down;
            if (downs.size() == 1) {
                down = downs.get(0);
            } else {
                List<String> present = new ArrayList<>();
                for (String d : downs) {
                    if (rows.contains(d)) {
                        present.add(d);
                    }
                }
                if (present.size() != 1) {
                    throw new RevisionException("Can't update the version table for " + rev.id()
                            + ": its down revision is ambiguous among rows " + rows);
                }
                down = present.get(0);
            }
            if (step.isUpgrade()) {
                update(down, rev.id(), changes);
            } else {
                update(rev.id(), down, changes);
            }
        }
    }

    /** Down revisions that become rows when a revision is reverted (those no other row implies). */
    private List<String> unmergeTargets(MigrationStep.RevisionStep step) {
        Set<String> others = new HashSet<>(rows);
        others.remove(step.revision().id());
        List<String> to = new ArrayList<>(step.toRevisions());
        if (!others.isEmpty()) {
            to.removeAll(ancestorIds(others));
        }
        return to;
    }

    private Set<String> ancestorIds(Set<String> ids) {
        Set<String> out = new HashSet<>();
        for (Revision r : map.ancestors(map.getRevisions(new ArrayList<>(ids)), true)) {
            out.add(r.id());
        }
        return out;
    }

    private void applyStamp(MigrationStep.StampStep step, List<RowChange> changes) {
        List<String> from = step.from();
        List<String> to = step.to();
        if (!step.isUpgrade() && step.branchMove()) {
            delete(from.get(0), changes);
        } else if (step.isUpgrade() && (step.branchMove() || !rows.containsAll(from)) && !rows.containsAll(to)) {
            insert(to.get(0), changes);
        } else if (from.size() > 1) {
            for (String d : from.subList(0, from.size() - 1)) {
                delete(d, changes);
            }
            update(from.get(from.size() - 1), to.get(0), changes);
        } else if (to.size() > 1) {
            for (String ins : to.subList(0, to.size() - 1)) {
                insert(ins, changes);
            }
            update(from.get(0), to.get(to.size() - 1), changes);
        } else {
            update(from.get(0), to.get(0), changes);
        }
    }

    private boolean intersects(List<String> ids) {
        return countIn(ids) > 0;
    }

    private int countIn(List<String> ids) {
        int n = 0;
        for (String id : ids) {
            if (rows.contains(id)) {
                n++;
            }
        }
        return n;
    }

    private void insert(String version, List<RowChange> changes) {
        if (!rows.add(version)) {
            throw new RevisionException("Version " + version + " is already a row of the version table");
        }
        changes.add(RowChange.insert(version));
    }

    private void delete(String version, List<RowChange> changes) {
        if (!rows.remove(version)) {
            throw new RevisionException("Version " + version + " is not a row of the version table");
        }
        changes.add(RowChange.delete(version));
    }

    private void update(String from, String to, List<RowChange> changes) {
        if (rows.contains(to) || !rows.remove(from)) {
            throw new RevisionException("Can't move version row " + from + " to " + to + " (rows: "
                    + rows + ")");
        }
        rows.add(to);
        changes.add(RowChange.update(from, to));
    }
}
