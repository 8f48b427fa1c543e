package dev.retort.runtime.load;

import dev.retort.migration.Operation;

/**
 * An operation of a revision with the line of the revision file it comes from: the statement's
 * first line in an SQL file, the line of the {@code op.} call in a Java file (the {@code @Revision}
 * line when the class has no line numbers). Error messages name it as {@code file:line}.
 *
 * @param operation what to do
 * @param line      1-based line in the revision file
 */
public record LocatedOperation(Operation operation, int line) {
}
