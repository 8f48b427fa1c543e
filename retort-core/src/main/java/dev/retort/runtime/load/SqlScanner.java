package dev.retort.runtime.load;

import dev.retort.RetortException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts SQL text into statements on {@code ;}, skipping over quoted strings and identifiers,
 * comments, dollar quotes and {@code BEGIN ... END} bodies as {@link SqlSyntax} says; optionally
 * reports {@code -- retort:} lines, which also end a statement. Statement text runs from its first
 * significant character to its last, so comments before a statement are dropped and those inside
 * it kept. One instance scans one text.
 */
final class SqlScanner {
    private static final Set<String> TRANSACTION_WORDS = Set.of("TRANSACTION", "TRAN", "WORK", "DEFERRED",
            "IMMEDIATE", "EXCLUSIVE", "ISOLATION", "READ", "DEFERRABLE", "DISTRIBUTED");
    private static final Set<String> ROUTINE_WORDS = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");
    private static final Set<String> NON_BLOCK_ENDS = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");

    private final SqlSyntax syntax;
    private final String source;
    private final String text;
    private final boolean directives;
    private final List<SqlPiece> pieces = new ArrayList<>();
    /** Lines of the open BEGIN and CASE keywords, innermost first. */
    private final Deque<Integer> blocks = new ArrayDeque<>();

    private int pos;
    private int line = 1;
    private char previous;
    private int start = -1;
    private int startLine;
    private int lastEnd;
    private String firstWord;
    private boolean routine;

    /**
     * @param syntax     the database's lexical rules
     * @param source     the file name used in error messages
     * @param text       the SQL; a leading BOM is skipped and CRLF read as LF
     * @param directives whether {@code -- retort:} lines are reported (revision files) or plain comments
     */
    SqlScanner(SqlSyntax syntax, String source, String text, boolean directives) {
        this.syntax = syntax;
        this.source = source;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.text = body.replace("\r\n", "\n");
        this.directives = directives;
    }

    /**
     * The statements and directives in order.
     *
     * @throws RetortException {@code file:line: ...} for an unterminated string, comment, dollar
     *                         quote or BEGIN, or a DELIMITER command
     */
    List<SqlPiece> scan() {
        while (pos < text.length()) {
            step();
        }
        finishStatement();
        return pieces;
    }

    private void step() {
        char c = text.charAt(pos);
        if (c == '\n') {
            line++;
            pos++;
        } else if (Character.isWhitespace(c)) {
            pos++;
        } else if (lineCommentAt(pos)) {
            lineComment();
        } else if (text.startsWith("/*", pos)) {
            int end = blockCommentEnd(pos);
            if (syntax.executableComments() && (charAt(pos + 2) == '!' || charAt(pos + 2) == '+')) {
                beginToken();
                previous = '/';
                lastEnd = end;
            }
            consume(end);
        } else if (c == ';' && blocks.isEmpty()) {
            finishStatement();
            pos++;
            previous = ';';
        } else {
            beginToken();
            int end = tokenEnd(c);
            previous = text.charAt(end - 1);
            lastEnd = end;
            consume(end);
        }
    }

    private int tokenEnd(char c) {
        if (c == '\'') {
            return quotedEnd(pos, '\'', syntax.backslashEscapes(), "string");
        }
        if (c == '"') {
            return quotedEnd(pos, '"', syntax.backslashEscapes(), "quoted identifier");
        }
        if (c == '`' && syntax.backtickIdentifiers()) {
            return quotedEnd(pos, '`', false, "quoted identifier");
        }
        if (c == '[' && syntax.bracketIdentifiers()) {
            return quotedEnd(pos, ']', false, "bracketed identifier");
        }
        if (c == '$' && syntax.dollarQuotes() && dollarTagEnd(pos) > 0) {
            return dollarQuotedEnd(pos);
        }
        if (isWordStart(c)) {
            return word(pos);
        }
        return pos + 1;
    }

    private int word(int from) {
        int end = from;
        while (end < text.length() && isWordPart(text.charAt(end))) {
            end++;
        }
        String word = text.substring(from, end).toUpperCase(Locale.ROOT);
        if (word.equals("E") && syntax.escapeStrings() && charAt(end) == '\'') {
            return quotedEnd(end, '\'', true, "string");
        }
        boolean first = firstWord == null;
        if (first) {
            firstWord = word;
            if (word.equals("DELIMITER")) {
                throw error(line, "DELIMITER is a command of the mysql client, not SQL; retort ends BEGIN ... END"
                        + " bodies by itself, so remove the DELIMITER lines and end each statement with ;");
            }
        }
        return previous == '.' ? end : keyword(word, end, first);
    }

    /** Tracks the words that open and close bodies; returns where scanning goes on. */
    private int keyword(String word, int end, boolean first) {
        if (ROUTINE_WORDS.contains(word) && blocks.isEmpty()
                && (firstWord.equals("CREATE") || firstWord.equals("ALTER"))) {
            routine = true;
        } else if (word.equals("BEGIN") && opensBlock(end, first)) {
            blocks.push(line);
        } else if (word.equals("CASE") && !blocks.isEmpty()) {
            blocks.push(line);
        } else if (word.equals("END") && !blocks.isEmpty()) {
            int nextAt = skipTrivia(end);
            String next = wordAt(nextAt);
            if (!NON_BLOCK_ENDS.contains(next)) {
                blocks.pop();
                if (next.equals("CASE")) {
                    return nextAt + next.length();
                }
            }
        }
        return end;
    }

    private boolean opensBlock(int end, boolean first) {
        int nextAt = skipTrivia(end);
        String next = wordAt(nextAt);
        if (next.equals("NOT")) {
            return wordAt(skipTrivia(nextAt + next.length())).equals("ATOMIC");
        }
        if (TRANSACTION_WORDS.contains(next)) {
            return false;
        }
        return !blocks.isEmpty() || routine || (first && !next.isEmpty());
    }

    private void lineComment() {
        int end = text.indexOf('\n', pos);
        end = end < 0 ? text.length() : end;
        String directive = directives ? directiveText(pos, end) : null;
        if (directive != null) {
            if (!blocks.isEmpty()) {
                throw error(blocks.peekLast(), "BEGIN has no matching END before the '-- retort:' line " + line);
            }
            finishStatement();
            pieces.add(new SqlPiece.Directive(directive, line));
        }
        pos = end;
    }

    /** What follows {@code retort:} when the comment at {@code from} starts its line and is a directive. */
    private String directiveText(int from, int end) {
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        if (!text.substring(lineStart, from).isBlank() || !text.startsWith("--", from)) {
            return null;
        }
        String comment = text.substring(from + 2, end).stripLeading();
        return comment.startsWith("retort:") ? comment.substring("retort:".length()).strip() : null;
    }

    private void finishStatement() {
        if (!blocks.isEmpty()) {
            throw error(blocks.peekLast(), "BEGIN or CASE has no matching END");
        }
        if (start >= 0) {
            pieces.add(new SqlPiece.Code(new SqlStatement(text.substring(start, lastEnd), startLine)));
        }
        start = -1;
        firstWord = null;
        routine = false;
    }

    private void beginToken() {
        if (start < 0) {
            start = pos;
            startLine = line;
        }
    }

    private void consume(int end) {
        for (int i = pos; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        pos = end;
    }

    private boolean lineCommentAt(int at) {
        if (text.startsWith("--", at)) {
            return !syntax.dashCommentNeedsSpace() || at + 2 == text.length()
                    || Character.isWhitespace(text.charAt(at + 2));
        }
        return syntax.hashComments() && text.charAt(at) == '#';
    }

    private int quotedEnd(int open, char close, boolean backslash, String kind) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == close) {
                if (charAt(i + 1) != close) {
                    return i + 1;
                }
                i += 2;
            } else {
                i++;
            }
        }
        throw error(lineAt(open), "unterminated " + kind);
    }

    private int blockCommentEnd(int open) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            if (text.startsWith("/*", i) && (depth == 0 || syntax.nestedComments())) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw error(lineAt(open), "unterminated /* comment");
    }

    /** The end of a {@code $tag$} opening at {@code at}, or -1 when none starts there. */
    private int dollarTagEnd(int at) {
        int i = at + 1;
        if (i < text.length() && isWordStart(text.charAt(i))) {
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
        }
        return charAt(i) == '$' ? i + 1 : -1;
    }

    private int dollarQuotedEnd(int open) {
        String tag = text.substring(open, dollarTagEnd(open));
        int close = text.indexOf(tag, open + tag.length());
        if (close < 0) {
            throw error(lineAt(open), "unterminated dollar-quoted string " + tag);
        }
        return close + tag.length();
    }

    /** The first position from {@code at} that is neither white space nor a comment. */
    private int skipTrivia(int at) {
        int i = at;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (lineCommentAt(i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                i = blockCommentEnd(i);
            } else {
                return i;
            }
        }
        return i;
    }

    /** The word at {@code at} in upper case, or "" when no word starts there. */
    private String wordAt(int at) {
        if (at >= text.length() || !isWordStart(text.charAt(at))) {
            return "";
        }
        int end = at;
        while (end < text.length() && isWordPart(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end).toUpperCase(Locale.ROOT);
    }

    private char charAt(int at) {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private int lineAt(int at) {
        int n = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private RetortException error(int at, String message) {
        return new RetortException(source + ":" + at + ": " + message);
    }
}
