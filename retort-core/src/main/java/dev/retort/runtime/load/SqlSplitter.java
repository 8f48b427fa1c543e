package dev.retort.runtime.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL script into statements on {@code ;} outside strings, quoted identifiers, comments,
 * dollar quotes and {@code BEGIN ... END} bodies, by one database's {@link SqlSyntax}. Empty and
 * comment-only statements are dropped; each statement keeps the line it starts on. Stateless.
 */
public final class SqlSplitter {
    private final SqlSyntax syntax;

    public SqlSplitter(SqlSyntax syntax) {
        this.syntax = syntax;
    }

    /**
     * The statements of {@code sql}, in order.
     *
     * @param source the file name that error messages start with
     * @throws dev.retort.RetortException {@code source:line: ...} for an unterminated string,
     *                                    comment, dollar quote or BEGIN
     */
    public List<SqlStatement> split(String sql, String source) {
        List<SqlStatement> statements = new ArrayList<>();
        for (SqlPiece piece : new SqlScanner(syntax, source, sql, false).scan()) {
            statements.add(((SqlPiece.Code) piece).statement());
        }
        return List.copyOf(statements);
    }
}
