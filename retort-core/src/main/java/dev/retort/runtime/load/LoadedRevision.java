package dev.retort.runtime.load;

import dev.retort.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Operation;
import dev.retort.script.RevisionScript;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A revision ready to run: its header, the checksum of its file, and its upgrade and downgrade as
 * operations with their lines. An SQL revision's statements are {@link Operation.Execute}s, read when
 * loaded; a Java revision's operations are recorded from its {@link Migration} when first asked for,
 * so that an upgrade never runs a downgrade method. A Java revision is irreversible when its
 * downgrade throws {@link UnsupportedOperationException}; an SQL one when it has no
 * {@code -- retort: downgrade} section. Observably immutable and thread-safe.
 */
public final class LoadedRevision {
    private final RevisionScript script;
    private final String checksum;
    private final Supplier<List<LocatedOperation>> upgrade;
    private final Supplier<Optional<List<LocatedOperation>>> downgrade;

    private LoadedRevision(RevisionScript script, String checksum, Supplier<List<LocatedOperation>> upgrade,
                           Supplier<Optional<List<LocatedOperation>>> downgrade) {
        this.script = script;
        this.checksum = checksum;
        this.upgrade = upgrade;
        this.downgrade = downgrade;
    }

    /** An SQL revision: one {@link Operation.Execute} per statement, at the statement's line. */
    public static LoadedRevision ofSql(RevisionScript script, String checksum, SqlBody body) {
        List<LocatedOperation> up = executes(body.upgrade());
        Optional<List<LocatedOperation>> down = body.reversible() ? Optional.of(executes(body.downgrade()))
                : Optional.empty();
        return new LoadedRevision(script, checksum, () -> up, () -> down);
    }

    /** A Java revision, recorded from {@code migration} on demand. */
    public static LoadedRevision ofMigration(RevisionScript script, String checksum, Migration migration) {
        MigrationRecorder recorder = new MigrationRecorder(migration, script.id(), script.path(), script.headerLine());
        return new LoadedRevision(script, checksum, new Memo<>(recorder::upgrade), new Memo<>(recorder::downgrade));
    }

    private static List<LocatedOperation> executes(List<SqlStatement> statements) {
        return statements.stream()
                .map(s -> new LocatedOperation(new Operation.Execute(s.sql(), null), s.line()))
                .toList();
    }

    /** The header: id, down revisions, file, transactional. */
    public RevisionScript script() {
        return script;
    }

    public String id() {
        return script.id();
    }

    /** {@code sha256:<hex>} of the file content with CRLF read as LF. */
    public String checksum() {
        return checksum;
    }

    /**
     * The upgrade's operations in order.
     *
     * @throws RetortException when a Java revision's upgrade throws, naming the revision and file
     */
    public List<LocatedOperation> upgrade() {
        return upgrade.get();
    }

    /**
     * The downgrade's operations in order; empty for a downgrade that does nothing.
     *
     * @throws RetortException when the revision is irreversible, or a Java downgrade throws
     */
    public List<LocatedOperation> downgrade() {
        return downgrade.get().orElseThrow(() -> new RetortException("Revision " + script.id() + " ("
                + script.path() + ") cannot be downgraded: it has no downgrade"));
    }

    /** False when the revision declares it cannot be undone. */
    public boolean reversible() {
        return downgrade.get().isPresent();
    }

    /**
     * This revision as {@code downgrade --force} runs it: when it has no downgrade, one that does
     * nothing (the step then only moves the version rows); otherwise this revision itself.
     */
    public LoadedRevision forced() {
        return reversible() ? this : new LoadedRevision(script, checksum, upgrade, () -> Optional.of(List.of()));
    }

    /** The upgrade's operations without their lines. */
    public List<Operation> upgradeOperations() {
        return upgrade().stream().map(LocatedOperation::operation).toList();
    }

    /** The downgrade's operations without their lines. */
    public List<Operation> downgradeOperations() {
        return downgrade().stream().map(LocatedOperation::operation).toList();
    }
}
