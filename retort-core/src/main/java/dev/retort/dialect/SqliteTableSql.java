package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.dialect.SqlTokens.Token;
import dev.retort.schema.CheckConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What SQLite's PRAGMAs do not tell about a table, read from its CREATE TABLE statement:
 * constraint names, CHECK constraints (table and column level), collations and AUTOINCREMENT.
 */
final class SqliteTableSql {
    private final String sql;
    private String primaryKeyName;
    private boolean autoincrement;
    private final Map<String, String> uniqueNames = new HashMap<>();
    private final Map<String, String> foreignKeyNames = new HashMap<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final Map<String, List<CheckConstraint>> columnChecks = new HashMap<>();
    private final Map<String, String> collations = new HashMap<>();

    private SqliteTableSql(String sql) {
        this.sql = sql;
    }

    /** Reads the statement of table {@code table}. */
    static SqliteTableSql parse(String table, String sql) {
        SqliteTableSql parsed = new SqliteTableSql(sql);
        List<Token> tokens = SqlTokens.tokenize(sql);
        int open = 0;
        while (open < tokens.size() && !tokens.get(open).isPunct('(')) {
            open++;
        }
        if (open == tokens.size()) {
            throw new RetortException("batchAlterTable cannot read the definition of " + table + ": " + sql);
        }
        for (List<Token> part : SqlTokens.parts(tokens, open)) {
            Token first = part.get(0);
            if (first.kind() == SqlTokens.Kind.WORD && List.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN")
                    .contains(first.upper())) {
                parsed.tableConstraint(part);
            } else {
                parsed.column(table, part);
            }
        }
        return parsed;
    }

    private void tableConstraint(List<Token> part) {
        String name = null;
        int i = 0;
        if (part.get(0).is("CONSTRAINT")) {
            name = part.get(1).value();
            i = 2;
        }
        Token kind = part.get(i);
        int open = next(part, i, '(');
        if (kind.is("CHECK")) {
            checks.add(new CheckConstraint(name, inside(part, open)));
        } else if (name != null) {
            String key = key(SqlTokens.names(part, open));
            if (kind.is("PRIMARY")) {
                primaryKeyName = name;
            } else if (kind.is("UNIQUE")) {
                uniqueNames.put(key, name);
            } else if (kind.is("FOREIGN")) {
                foreignKeyNames.put(key, name);
            }
        }
    }

    private void column(String table, List<Token> part) {
        String column = part.get(0).value();
        String name = null;
        for (int i = 1; i < part.size(); i++) {
            Token t = part.get(i);
            if (t.isPunct('(')) {
                i = SqlTokens.closing(part, i);
            } else if (t.is("CONSTRAINT")) {
                name = part.get(++i).value();
            } else if (t.is("CHECK")) {
                int open = next(part, i, '(');
                columnChecks.computeIfAbsent(key(List.of(column)), k -> new ArrayList<>())
                        .add(new CheckConstraint(name, inside(part, open)));
                i = SqlTokens.closing(part, open);
                name = null;
            } else if (t.is("COLLATE")) {
                collations.put(key(List.of(column)), part.get(++i).value());
            } else if (t.is("AUTOINCREMENT")) {
                autoincrement = true;
            } else if (t.is("GENERATED") || (t.is("AS") && i + 1 < part.size() && part.get(i + 1).isPunct('('))) {
                throw new RetortException("batchAlterTable cannot copy " + table + ": generated column " + column
                        + " has no value to copy; drop and re-add it around the batch");
            } else if (name != null && t.is("UNIQUE")) {
                uniqueNames.put(key(List.of(column)), name);
                name = null;
            } else if (name != null && t.is("REFERENCES")) {
                foreignKeyNames.put(key(List.of(column)), name);
                name = null;
            } else if (name != null && t.is("PRIMARY")) {
                primaryKeyName = name;
                name = null;
            }
        }
    }

    private static int next(List<Token> part, int from, char c) {
        for (int i = from; i < part.size(); i++) {
            if (part.get(i).isPunct(c)) {
                return i;
            }
        }
        throw new IllegalArgumentException("expected " + c);
    }

    /** The text between the parenthesis at {@code open} and its closing one, verbatim. */
    private String inside(List<Token> part, int open) {
        return sql.substring(part.get(open).end(), part.get(SqlTokens.closing(part, open)).start()).trim();
    }

    static String key(List<String> columns) {
        return String.join("\u0000", columns).toLowerCase(Locale.ROOT);
    }

    String primaryKeyName() {
        return primaryKeyName;
    }

    boolean autoincrement() {
        return autoincrement;
    }

    String uniqueName(List<String> columns) {
        return uniqueNames.get(key(columns));
    }

    String foreignKeyName(List<String> columns) {
        return foreignKeyNames.get(key(columns));
    }

    List<CheckConstraint> checks() {
        return checks;
    }

    List<CheckConstraint> columnChecks(String column) {
        return columnChecks.getOrDefault(key(List.of(column)), List.of());
    }

    String collation(String column) {
        return collations.get(key(List.of(column)));
    }
}
