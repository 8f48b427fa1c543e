package dev.retort.runtime;

import dev.retort.script.MigrationStep;

/** How a step reads in progress lines and offline comments, as in Alembic. */
public final class StepText {
    private StepText() {
    }

    /** {@code upgrade a -> b} (Alembic's short_log; stamps read {@code stamp_revision}). */
    public static String shortLog(MigrationStep step) {
        String name = step instanceof MigrationStep.RevisionStep ? (step.isUpgrade() ? "upgrade" : "downgrade")
                : "stamp_revision";
        return name + " " + String.join(", ", step.fromRevisionsNoDeps()) + " -> "
                + String.join(", ", step.toRevisionsNoDeps());
    }

    /** {@code upgrade a -> b, message}. */
    public static String withDoc(MigrationStep step) {
        if (step instanceof MigrationStep.RevisionStep rs && rs.revision().script() != null) {
            String doc = rs.revision().script().doc();
            if (!doc.isEmpty()) {
                return shortLog(step) + ", " + doc;
            }
        }
        return shortLog(step);
    }

    /** The start of a long text, for error messages: one line, at most {@code max} characters. */
    public static String shorten(String text, int max) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 3) + "...";
    }
}
