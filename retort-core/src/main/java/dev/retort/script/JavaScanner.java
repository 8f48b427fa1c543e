package dev.retort.script;

import dev.retort.RetortException;
import java.nio.file.Path;

/**
 * The lexical level of a Java file's beginning: whitespace and comments, names, string
 * literals, balanced parentheses; tracks the position and the 1-based line.
 */
final class JavaScanner {
    private final HeaderBytes b;
    private final Path path;
    private int pos;
    private int line = 1;

    JavaScanner(HeaderBytes bytes, Path path) {
        this.b = bytes;
        this.path = path;
        this.pos = bytes.skipBom();
    }

    /** The byte at the position, or -1 at the end. */
    int peek() {
        return b.at(pos);
    }

    /** Moves past {@code n} bytes that hold no newline. */
    void skip(int n) {
        pos += n;
    }

    int line() {
        return line;
    }

    int position() {
        return pos;
    }

    boolean startsWith(String ascii) {
        return b.startsWith(pos, ascii);
    }

    /** The text of {@code [from, to)}. */
    String text(int from, int to) {
        return b.text(from, to);
    }

    /** The value of the string literal at the position; {@code name} is the attribute, for errors. */
    String stringLiteral(String name) {
        if (b.at(pos) != '"') {
            throw error(line, "unparseable value of '" + name + "': expected a string literal");
        }
        pos++;
        StringBuilder out = null;
        int start = pos;
        while (true) {
            pos = b.stringEnd(pos);
            int c = pos < 0 ? -1 : b.at(pos);
            if (c == -1 || c == '\n') {
                throw error(line, "unterminated string in '" + name + "'");
            } else if (c == '"') {
                String tail = b.text(start, pos++);
                return out == null ? tail : out.append(tail).toString();
            } else {
                out = out == null ? new StringBuilder() : out;
                out.append(b.text(start, pos)).append(escape(b.at(pos + 1), name));
                pos += 2;
                start = pos;
            }
        }
    }

    private char escape(int c, String name) {
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\'' -> '\'';
            case 'n' -> '\n';
            case 't' -> '\t';
            default -> throw error(line, "unsupported escape in the value of '" + name + "'");
        };
    }

    /** A dotted name such as {@code dev.retort.migration.Revision}. */
    String qualifiedName() {
        StringBuilder name = new StringBuilder(identifier());
        while (b.at(pos) == '.' && isIdentifierStart(b.at(pos + 1))) {
            pos++;
            name.append('.').append(identifier());
        }
        return name.toString();
    }

    /** The name at the position; an error when there is none. */
    String identifier() {
        int start = pos;
        if (!isIdentifierStart(b.at(pos))) {
            throw error(line, "malformed header: expected a name");
        }
        pos = b.identifierEnd(pos);
        return b.text(start, pos);
    }

    /** ASCII letters, {@code _}, {@code $}, or a non-ASCII byte (a UTF-8 letter, taken on trust). */
    static boolean isIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80;
    }

    /** Skips to after the next {@code end} (the end of a package or import statement). */
    void skipPast(char end) {
        int at = b.indexOf(end, pos);
        if (at < 0) {
            throw error(line, "malformed header: missing '" + end + "'");
        }
        line += b.newlines(pos, at);
        pos = at + 1;
    }

    /** Skips a balanced {@code (...)} with string and character literals in it. */
    void skipParenthesized() {
        int depth = 0;
        do {
            skipWhitespaceAndComments();
            int c = b.at(pos);
            if (c == -1) {
                throw error(line, "malformed header: unbalanced '('");
            } else if (c == '"' || c == '\'') {
                skipLiteral(c);
                continue;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            pos++;
        } while (depth > 0);
    }

    private void skipLiteral(int quote) {
        pos++;
        while (true) {
            int c = b.at(pos);
            if (c == -1 || c == '\n') {
                throw error(line, "malformed header: unterminated literal");
            }
            pos += c == '\\' ? 2 : 1;
            if (c == quote) {
                return;
            }
        }
    }

    /** Moves past {@code c}, or fails saying {@code what} was expected. */
    void expect(char c, String what) {
        if (b.at(pos) != c) {
            throw error(line, "unparseable @Revision: expected " + what);
        }
        pos++;
    }

    void skipWhitespace() {
        int end = b.skipWhitespace(pos);
        line += b.newlines(pos, end);
        pos = end;
    }

    /** Moves past whitespace, line comments and block comments. */
    void skipWhitespaceAndComments() {
        while (true) {
            skipWhitespace();
            if (b.startsWith(pos, "//")) {
                int nl = b.indexOf('\n', pos);
                pos = nl < 0 ? pos + 2 : nl;
                if (nl < 0) {
                    while (b.at(pos) != -1) {
                        pos++;
                    }
                }
            } else if (b.startsWith(pos, "/*")) {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    /** Skips the {@code /* ... *}{@code /} comment at {@code pos}, counting its lines. */
    void skipBlockComment() {
        int startLine = line;
        int from = pos + 2;
        int star = from;
        while (true) {
            star = b.indexOf('*', star);
            if (star < 0) {
                throw error(startLine, "unterminated /* comment");
            }
            if (b.at(star + 1) == '/') {
                break;
            }
            star++;
        }
        line += b.newlines(from, star);
        pos = star + 2;
    }

    private void advance() {
        if (b.at(pos++) == '\n') {
            line++;
        }
    }

    /** An error at {@code atLine} of this file. */
    RetortException error(int atLine, String message) {
        return HeaderErrors.at(path, atLine, message);
    }
}
