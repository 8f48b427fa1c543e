package dev.retort.runtime.load;

import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of an SQL revision file: the statements of its {@code -- retort: upgrade}
 * section (required) and of its {@code -- retort: downgrade} section (optional; absent means
 * irreversible). The header before the upgrade line is {@code HeaderReader}'s business and is
 * skipped here. Stateless.
 */
public final class SqlBodyReader {
    private final SqlSyntax syntax;

    public SqlBodyReader(SqlSyntax syntax) {
        this.syntax = syntax;
    }

    /**
     * Reads the sections of {@code content}.
     *
     * @param source the file name that error messages start with
     * @throws RetortException {@code source:line: ...} on a missing or repeated section line, SQL
     *                         before the upgrade line, or an unterminated string, comment or body
     */
    public SqlBody read(String content, String source) {
        List<SqlStatement> upgrade = new ArrayList<>();
        List<SqlStatement> downgrade = new ArrayList<>();
        List<SqlStatement> current = null;
        for (SqlPiece piece : new SqlScanner(syntax, source, content, true).scan()) {
            if (piece instanceof SqlPiece.Directive d) {
                if (current == null) {
                    current = startsUpgrade(d.text()) ? upgrade : null;
                } else if (current == upgrade && d.text().equals("downgrade")) {
                    current = downgrade;
                } else {
                    throw new RetortException(source + ":" + d.line() + ": unexpected '-- retort: " + d.text()
                            + "'; after the header only one '-- retort: downgrade' line may follow '-- retort: upgrade'");
                }
            } else {
                SqlStatement statement = ((SqlPiece.Code) piece).statement();
                if (current == null) {
                    throw new RetortException(source + ":" + statement.line()
                            + ": SQL before the '-- retort: upgrade' line");
                }
                current.add(statement);
            }
        }
        if (current == null) {
            throw new RetortException(source + ":1: missing the '-- retort: upgrade' line that starts the upgrade section");
        }
        return new SqlBody(upgrade, downgrade, current == downgrade);
    }

    /** Whether a header line holds the {@code upgrade} item ({@code message=} takes the rest of its line). */
    private static boolean startsUpgrade(String directive) {
        int message = directive.indexOf("message=");
        String items = message < 0 ? directive : directive.substring(0, message);
        for (String item : items.split("\\s+")) {
            if (item.equals("upgrade")) {
                return true;
            }
        }
        return false;
    }
}
