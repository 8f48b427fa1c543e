package dev.retort.script;

import java.util.List;

/** One step of a plan: run a revision up or down, or move the version rows without running. */
public sealed interface MigrationStep permits MigrationStep.RevisionStep, MigrationStep.StampStep {

    boolean isUpgrade();

    /** Revision ids before the step, without dependencies (for log lines). */
    List<String> fromRevisionsNoDeps();

    /** Revision ids after the step, without dependencies (for log lines). */
    List<String> toRevisionsNoDeps();

    /** Running one revision's upgrade or downgrade. */
    record RevisionStep(Revision revision, boolean isUpgrade) implements MigrationStep {
        public List<String> fromRevisions() {
            return isUpgrade ? revision.normalizedDownRevisions() : List.of(revision.id());
        }

        public List<String> toRevisions() {
            return isUpgrade ? List.of(revision.id()) : revision.normalizedDownRevisions();
        }

        @Override
        public List<String> fromRevisionsNoDeps() {
            return isUpgrade ? revision.downRevisions() : List.of(revision.id());
        }

        @Override
        public List<String> toRevisionsNoDeps() {
            return isUpgrade ? List.of(revision.id()) : revision.downRevisions();
        }

        @Override
        public String toString() {
            return (isUpgrade ? "up " : "down ") + revision.id();
        }
    }

    /** Moving version rows from some revisions to others without running anything. */
    record StampStep(List<String> from, List<String> to, boolean isUpgrade, boolean branchMove)
            implements MigrationStep {
        public StampStep {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }

        @Override
        public List<String> fromRevisionsNoDeps() {
            return from;
        }

        @Override
        public List<String> toRevisionsNoDeps() {
            return to;
        }
    }
}
