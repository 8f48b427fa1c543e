package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.command.VerifyCommand.Check;
import dev.retort.command.VerifyCommand.Outcome;
import dev.retort.command.VerifyCommand.Status;
import dev.retort.runtime.Progress;
import dev.retort.runtime.snapshot.Difference;
import dev.retort.runtime.snapshot.SchemaSnapshot;
import dev.retort.runtime.snapshot.SnapshotReader;
import dev.retort.script.Revision;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One run of {@link VerifyCommand}: walks the history on the database and collects what each check finds. */
final class Verification {
    private static final Set<Check> MIGRATING = EnumSet.of(Check.UPGRADE, Check.UP_DOWN_UP, Check.DOWNGRADE_TO_BASE);

    private final Project project;
    private final Set<Check> checks;
    private final Progress progress;
    private final SnapshotReader reader;
    private final Map<Check, List<String>> failures = new EnumMap<>(Check.class);
    private final Map<Check, String> skipped = new EnumMap<>(Check.class);
    private boolean modelChecked;

    Verification(Project project, Set<Check> checks, Progress progress) {
        this.project = project;
        this.checks = EnumSet.copyOf(checks);
        if (this.checks.contains(Check.UP_DOWN_UP) || this.checks.contains(Check.DOWNGRADE_TO_BASE)) {
            this.checks.add(Check.UPGRADE);
        }
        this.progress = progress;
        this.reader = SnapshotReader.excludingVersionTables(project.config().versionTable());
    }

    VerifyCommand.Result run() {
        List<String> heads = project.map().heads();
        if (checks.contains(Check.SINGLE_HEAD) && heads.size() != 1) {
            fail(Check.SINGLE_HEAD, "expected 1 head, found " + (heads.isEmpty() ? "none" : heads.size() + ": "
                    + String.join(", ", heads)));
        }
        boolean modelCheck = checks.contains(Check.MODEL) && !project.config().model().sources().isEmpty();
        if (checks.contains(Check.MODEL) && !modelCheck) {
            skipped.put(Check.MODEL, "no [retort.model] configured");
        }
        if (modelCheck || checks.stream().anyMatch(MIGRATING::contains)) {
            if (heads.size() == 1) {
                walk(modelCheck);
            } else {
                refuseToWalk(heads);
            }
        }
        if (modelCheck && !modelChecked) {
            skipped.putIfAbsent(Check.MODEL, heads.size() == 1 ? "not run: the walk did not reach head"
                    : "needs a single head");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Check check : checks) {
            List<String> found = failures.getOrDefault(check, List.of());
            String reason = skipped.getOrDefault(check, "");
            Status status = !found.isEmpty() ? Status.FAILED : !reason.isEmpty() ? Status.SKIPPED : Status.PASSED;
            outcomes.add(new Outcome(check, status, found, reason));
        }
        return new VerifyCommand.Result(project.map().revisions().size(), outcomes);
    }

    /** Without a single head there is no one line to walk: skipped after a failed single-head check, else failed. */
    private void refuseToWalk(List<String> heads) {
        for (Check check : checks) {
            if (MIGRATING.contains(check)) {
                if (checks.contains(Check.SINGLE_HEAD)) {
                    skipped.put(check, "needs a single head");
                } else {
                    fail(check, "cannot walk a history with " + heads.size() + " heads ("
                            + String.join(", ", heads) + "); merge them first");
                }
            }
        }
    }

    private void walk(boolean modelCheck) {
        requireEmpty();
        List<Revision> order = new ArrayList<>(project.plans().walkRevisions("base", "heads"));
        Collections.reverse(order);
        SchemaSnapshot before = SchemaSnapshot.EMPTY;
        for (Revision revision : order) {
            String id = revision.id();
            String error = migrate(true, id);
            if (error != null) {
                stop(Check.UPGRADE, "upgrade to " + id + " failed: " + error, id);
                return;
            }
            SchemaSnapshot after = snapshot();
            if (checks.contains(Check.UP_DOWN_UP)) {
                after = roundTrip(id, stepBack(revision), before, after);
                if (after == null) {
                    return;
                }
            }
            before = after;
        }
        if (modelCheck) {
            compareWithModel();
        }
        downgradeToBase();
    }

    /** At head, what {@code check} would report: the model and the database must agree. */
    private void compareWithModel() {
        modelChecked = true;
        try {
            for (String difference : CheckCommand.run(project, warning -> { }).differences()) {
                fail(Check.MODEL, "at head the database differs from the model: " + difference);
            }
        } catch (RetortException e) {
            fail(Check.MODEL, "comparing with the model failed: " + e.getMessage());
        }
    }

    /**
     * The downgrade target that reverts {@code revision} alone, just after it was applied. Its parent would not do
     * after a branch point: going down to a branch point also reverts the sibling branch applied before it. So a
     * revision with one parent (or none) goes one step down its own branch ({@code id@-1}); a merge goes down to one
     * of its parents, which reverts the merge only and leaves every parent a head again.
     */
    private static String stepBack(Revision revision) {
        List<String> parents = revision.downRevisions();
        return parents.size() > 1 ? parents.get(0) : revision.id() + "@-1";
    }

    /** Down and up again, comparing each time; the schema after, or null when a step failed. */
    private SchemaSnapshot roundTrip(String id, String previous, SchemaSnapshot before, SchemaSnapshot after) {
        String error = migrate(false, previous);
        if (error != null) {
            stop(Check.UP_DOWN_UP, "downgrade of " + id + " failed: " + error, id);
            return null;
        }
        for (Difference d : snapshot().differencesFrom(before)) {
            fail(Check.UP_DOWN_UP, switch (d.kind()) {
                case EXTRA -> "downgrade of " + id + " leaves " + d.subject() + " (expected absent)";
                case MISSING -> "downgrade of " + id + " does not restore " + d.subject() + " (expected present)";
                case CHANGED -> d.subject() + " differs after downgrade of " + id + ": " + d.detail();
            });
        }
        error = migrate(true, id);
        if (error != null) {
            stop(Check.UP_DOWN_UP, "upgrade to " + id + " after its downgrade failed: " + error, id);
            return null;
        }
        SchemaSnapshot again = snapshot();
        for (Difference d : again.differencesFrom(after)) {
            fail(Check.UP_DOWN_UP, switch (d.kind()) {
                case EXTRA -> d.subject() + " appears after up/down/up of " + id + " (expected absent)";
                case MISSING -> d.subject() + " is missing after up/down/up of " + id + " (expected present)";
                case CHANGED -> d.subject() + " differs after up/down/up of " + id + ": " + d.detail();
            });
        }
        return again;
    }

    /** Back to base, which a passing run ends at; checks what is left when that check was asked for. */
    private void downgradeToBase() {
        Check owner = checks.contains(Check.DOWNGRADE_TO_BASE) ? Check.DOWNGRADE_TO_BASE
                : checks.contains(Check.UP_DOWN_UP) ? Check.UP_DOWN_UP : Check.UPGRADE;
        String error = migrate(false, "base");
        if (error != null) {
            fail(owner, "downgrade to base failed: " + error);
        } else if (owner == Check.DOWNGRADE_TO_BASE) {
            for (Difference d : snapshot().differencesFrom(SchemaSnapshot.EMPTY)) {
                fail(owner, "downgrade to base leaves " + d.subject() + " (expected absent)");
            }
        }
    }

    /** Records a failure that ends the walk: the database is in no known state, so the later checks do not run. */
    private void stop(Check check, String message, String id) {
        fail(check, message);
        for (Check later : checks) {
            if (MIGRATING.contains(later) && !failures.containsKey(later)) {
                skipped.put(later, "not run: the walk stopped at " + id);
            }
        }
    }

    private void fail(Check check, String message) {
        failures.computeIfAbsent(check, c -> new ArrayList<>()).add(message);
    }

    /** Runs one upgrade or downgrade; the error's message, or null when it succeeded. */
    private String migrate(boolean upgrade, String target) {
        try {
            MigrateCommand.run(project, new MigrateCommand.Request(upgrade, target, false, null), progress,
                    Clock.systemUTC());
            return null;
        } catch (RetortException e) {
            return e.getMessage();
        }
    }

    private void requireEmpty() {
        try (Session session = Session.online(project)) {
            List<String> rows = session.versions().rows(session.connection());
            Set<String> tables = reader.read(session.connection()).tables().keySet();
            if (!rows.isEmpty() || !tables.isEmpty()) {
                throw new RetortException("verify needs an empty database (it upgrades and downgrades it); "
                        + session.url().masked() + (rows.isEmpty() ? " has table(s) " + String.join(", ", tables)
                        : " is at revision(s) " + String.join(", ", rows)));
            }
        }
    }

    private SchemaSnapshot snapshot() {
        try (Session session = Session.online(project)) {
            return reader.read(session.connection());
        }
    }
}
