package dev.retort.runtime.load;

/** What {@link SqlScanner} finds in an SQL file: statements, and {@code -- retort:} lines between them. */
sealed interface SqlPiece {

    /** A statement. */
    record Code(SqlStatement statement) implements SqlPiece {
    }

    /**
     * A {@code -- retort:} line at the start of a line, outside any statement.
     *
     * @param text what follows {@code retort:}, stripped
     * @param line its 1-based line
     */
    record Directive(String text, int line) implements SqlPiece {
    }
}
