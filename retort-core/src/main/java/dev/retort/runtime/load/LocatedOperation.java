package dev.retort.runtime.load;

import dev.retort.migration.Operation;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * An operation of a revision with the line of the revision file it comes from: the statement's
 * first line in an SQL file, the line of the {@code op.} call in a Java file (the {@code @Revision}
 * line when the class has no line numbers). Error messages name it as {@code file:line}.
 *
 * <p>A Java revision's lines are found only when first asked for (see {@link MigrationRecorder}):
 * a run that fails nowhere never walks a stack. Equal when operation and line are equal.
 */
public final class LocatedOperation {
    private final Operation operation;
    private final IntSupplier line;

    /**
     * @param operation what to do
     * @param line      1-based line in the revision file
     */
    public LocatedOperation(Operation operation, int line) {
        this(operation, () -> line);
    }

    /** An operation whose line is computed when first asked for; {@code line} may be called more than once. */
    LocatedOperation(Operation operation, IntSupplier line) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.line = line;
    }

    /** What to do. */
    public Operation operation() {
        return operation;
    }

    /** 1-based line in the revision file. */
    public int line() {
        return line.getAsInt();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocatedOperation other && operation.equals(other.operation) && line() == other.line();
    }

    @Override
    public int hashCode() {
        return operation.hashCode() * 31 + line();
    }

    @Override
    public String toString() {
        return "LocatedOperation[operation=" + operation + ", line=" + line() + "]";
    }
}
