package dev.retort.runtime.load;

/**
 * One statement of an SQL file, without its terminator and without the comments before it.
 *
 * @param sql  the statement text, line endings as LF
 * @param line 1-based line in the file where the statement starts
 */
public record SqlStatement(String sql, int line) {
}
