package dev.retort.runtime.load;

import dev.retort.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Op;
import dev.retort.migration.RecordingOp;
import dev.retort.runtime.MigrationFailedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Runs a Java revision's upgrade or downgrade against a {@link RecordingOp} and returns what it
 * recorded, each operation with the line that called it. An exception from the revision becomes a
 * {@link RetortException} naming the revision, the file and the line it was thrown from.
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

    private List<LocatedOperation> record(BiConsumer<Migration, Op> body) {
        RecordingOp recorder = new RecordingOp();
        List<Integer> lines = new ArrayList<>();
        body.accept(migration, CallSiteOp.wrap(recorder, migration.getClass(), headerLine, lines));
        List<LocatedOperation> operations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            operations.add(new LocatedOperation(recorder.operations().get(i), lines.get(i)));
        }
        return List.copyOf(operations);
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
