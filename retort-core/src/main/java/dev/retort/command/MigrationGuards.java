package dev.retort.command;

import dev.retort.runtime.ChecksumCheck;
import dev.retort.runtime.load.LoadedRevision;
import dev.retort.script.MigrationStep;
import dev.retort.script.Reversibility;
import dev.retort.script.RevisionMap;
import dev.retort.script.RevisionScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks before a run changes anything (docs/validation.md): an upgrade refuses while an
 * applied revision's file was edited or has gone, a downgrade refuses to cross an irreversible
 * revision. Each is one {@code FAILED:} line saying how to go on.
 */
final class MigrationGuards {
    private MigrationGuards() {
    }

    /** Refuses an upgrade when {@code validate} would report a problem; names the first. */
    static void refuseEditedOrMissing(Session session, Project project, List<String> rows) {
        List<ChecksumCheck.Problem> problems = ChecksumCheck.check(session.connection(), session.versions(),
                project.map(), rows, project.checksums());
        if (problems.isEmpty()) {
            return;
        }
        ChecksumCheck.Problem first = problems.get(0);
        String more = problems.size() == 1 ? "" : " (" + (problems.size() - 1) + " more: run 'retort validate')";
        String fix = first.missing() ? "restore the file" : "restore the file, or accept the edit with 'retort validate "
                + "--accept " + first.revision() + "'";
        throw new MigrationRefusedException(MigrationRefusedException.CHECKSUM, "Revision " + first.text() + more
                + "; " + fix + ", or upgrade with --ignore-checksums",
                problems.stream().map(ChecksumCheck.Problem::revision).toList());
    }

    /**
     * Refuses a downgrade that runs an irreversible revision, naming each with its file and why;
     * with {@code force}, returns the bodies with those revisions' missing downgrades made empty.
     */
    static Map<String, LoadedRevision> refuseIrreversible(List<? extends MigrationStep> steps,
                                                          Map<String, LoadedRevision> bodies, boolean force) {
        List<String> irreversible = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (MigrationStep step : steps) {
            if (step instanceof MigrationStep.RevisionStep rs && !step.isUpgrade() && rs.revision().script() != null) {
                RevisionScript script = rs.revision().script();
                whyIrreversible(script, bodies.get(script.id())).ifPresent(why -> {
                    irreversible.add(script.id() + " (" + script.path() + ": " + why + ")");
                    ids.add(script.id());
                });
            }
        }
        if (irreversible.isEmpty()) {
            return bodies;
        }
        if (!force) {
            boolean one = irreversible.size() == 1;
            throw new MigrationRefusedException(MigrationRefusedException.IRREVERSIBLE,
                    "Can't downgrade across irreversible revision" + (one ? " " : "s ")
                    + String.join(", ", irreversible) + "; downgrade with --force to move the version rows past "
                    + (one ? "it" : "them") + " anyway", ids);
        }
        Map<String, LoadedRevision> forced = new LinkedHashMap<>(bodies);
        forced.replaceAll((id, body) -> body.forced());
        return forced;
    }

    private static Optional<String> whyIrreversible(RevisionScript script, LoadedRevision body) {
        Optional<String> declared = Reversibility.irreversible(script);
        if (declared.isPresent() || body == null || body.reversible()) {
            return declared;
        }
        return Optional.of("downgrade throws UnsupportedOperationException");
    }
}
