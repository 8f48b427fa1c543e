package dev.retort.runtime.load;

import dev.retort.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Op;
import dev.retort.migration.Operation;
import dev.retort.migration.RecordingOp;
import dev.retort.runtime.MigrationFailedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Runs a Java revision's upgrade or downgrade against a {@link RecordingOp} and returns what it
 * recorded, each operation with the line that called it. An exception from the revision becomes a
 * {@link RetortException} naming the revision, the file and the line it was thrown from. The body
 * may run a second time, to find the lines of its operations, when one of them failed.
 */
final class MigrationRecorder {
    private final Migration migration;
    private final String id;
    private final Path file;
    private final int headerLine;

    MigrationRecorder(Migration migration, String id, Path file, int headerLine) {
        this.migration = migration;
        this.id = id;
        this.file = file;
        this.headerLine = headerLine;
    }

    List<LocatedOperation> upgrade() {
        try {
            return record(Migration::upgrade);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            throw failure("upgrade", e);
        }
    }

    /** The downgrade; empty when the revision's downgrade throws {@link UnsupportedOperationException}. */
    Optional<List<LocatedOperation>> downgrade() {
        try {
            return Optional.of(record(Migration::downgrade));
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            throw failure("downgrade", e);
        }
    }

    /**
     * Runs the body against a plain {@link RecordingOp}. The lines of its operations are found when
     * first asked for (an operation failed and is reported as {@code file:line}): by running the body
     * a second time with {@link CallSiteOp} noting each operation's caller. Walking the stack for
     * every operation of every revision cost more than the rest of loading a Java revision.
     */
    private List<LocatedOperation> record(BiConsumer<Migration, Op> body) {
        RecordingOp recorder = new RecordingOp();
        body.accept(migration, recorder);
        List<Operation> recorded = List.copyOf(recorder.operations());
        Memo<List<Integer>> lines = new Memo<>(() -> callSites(body, recorded));
        List<LocatedOperation> operations = new ArrayList<>(recorded.size());
        for (int i = 0; i < recorded.size(); i++) {
            int index = i;
            operations.add(new LocatedOperation(recorded.get(i), () -> lines.get().get(index)));
        }
        return List.copyOf(operations);
    }

    /**
     * The line of each of {@code expected}, from running the body again with call-site recording.
     * When the second run does not record the same operations (a body that depends on something
     * that changed: time, a counter, a file) or throws, no line can be trusted: each operation gets
     * the header line.
     */
    private List<Integer> callSites(BiConsumer<Migration, Op> body, List<Operation> expected) {
        RecordingOp replay = new RecordingOp();
        List<Integer> lines = new ArrayList<>();
        try {
            body.accept(migration, CallSiteOp.wrap(replay, migration.getClass(), headerLine, lines));
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return Collections.nCopies(expected.size(), headerLine);
        }
        if (!replay.operations().equals(expected) || lines.size() != expected.size()) {
            return Collections.nCopies(expected.size(), headerLine);
        }
        return List.copyOf(lines);
    }

    private RetortException failure(String direction, Throwable e) {
        int line = thrownAt(e);
        return new MigrationFailedException("Revision " + id + " (" + file + ":" + line + "): " + direction
                + "() threw " + e, id, direction, file == null ? null : file.toString(), line, null, null, null, e);
    }

    /** The line of the revision class the exception came from, or the header line. */
    private int thrownAt(Throwable e) {
        String name = migration.getClass().getName();
        for (StackTraceElement frame : e.getStackTrace()) {
            if ((frame.getClassName().equals(name) || frame.getClassName().startsWith(name + "$"))
                    && frame.getLineNumber() > 0) {
                return frame.getLineNumber();
            }
        }
        return headerLine;
    }
}
