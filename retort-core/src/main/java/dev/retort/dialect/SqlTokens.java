package dev.retort.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of a SQLite DDL statement as read from {@code sqlite_master}: words, quoted
 * identifiers ({@code "x"}, {@code `x`}, {@code [x]}), string literals, and single punctuation
 * characters, each with its place in the text so that expressions can be copied verbatim.
 */
final class SqlTokens {

    /** One token: {@code value} is the identifier unquoted, or the text itself. */
    record Token(Kind kind, String value, int start, int end) {
        boolean is(String word) {
            return kind == Kind.WORD && value.equalsIgnoreCase(word);
        }

        boolean isPunct(char c) {
            return kind == Kind.PUNCT && value.charAt(0) == c;
        }

        /** A name: a word or a quoted identifier. */
        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        String upper() {
            return value.toUpperCase(Locale.ROOT);
        }
    }

    enum Kind { WORD, QUOTED, STRING, PUNCT }

    private SqlTokens() {
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '"' || c == '`' || c == '[' || c == '\'') {
                char close = c == '[' ? ']' : c;
                int j = i + 1;
                StringBuilder value = new StringBuilder();
                while (j < n) {
                    if (sql.charAt(j) == close) {
                        if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) {
                            value.append(close);
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    value.append(sql.charAt(j++));
                }
                tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, value.toString(), i, Math.min(j + 1, n)));
                i = j + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_'
                        || sql.charAt(j) == '$')) {
                    j++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, j), i, j));
                i = j;
            } else {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** The index of the parenthesis closing the one at {@code open}. */
    static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct('(')) {
                depth++;
            } else if (tokens.get(i).isPunct(')') && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses");
    }

    /** The parts of the parenthesised list opening at {@code open}, split at its top-level commas. */
    static List<List<Token>> parts(List<Token> tokens, int open) {
        int close = closing(tokens, open);
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            Token t = tokens.get(i);
            if (t.isPunct('(')) {
                depth++;
            } else if (t.isPunct(')')) {
                depth--;
            }
            if (depth == 0 && t.isPunct(',')) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** The first name of each part of a parenthesised column list: {@code (a, "b" DESC)} gives a, b. */
    static List<String> names(List<Token> tokens, int open) {
        List<String> names = new ArrayList<>();
        for (List<Token> part : parts(tokens, open)) {
            if (!part.isEmpty() && part.get(0).isName()) {
                names.add(part.get(0).value());
            }
        }
        return names;
    }
}
