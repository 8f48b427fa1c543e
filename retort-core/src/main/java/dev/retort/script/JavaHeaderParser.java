package dev.retort.script;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the header of a Java revision file as text: the leading block comment (the doc) and the
 * {@code @Revision(...)} annotation. Scans only up to the end of the annotation; skips comments,
 * {@code package} and {@code import} statements, modifiers and other annotations on the way.
 */
final class JavaHeaderParser {
    private static final String ATTRIBUTES = "id, down, branchLabels, dependsOn, transactional";

    private final HeaderBytes b;
    private final Path path;
    private int pos;
    private int line = 1;

    JavaHeaderParser(HeaderBytes bytes, Path path) {
        this.b = bytes;
        this.path = path;
    }

    RevisionScript parse() {
        pos = b.skipBom();
        skipWhitespace();
        String longDoc = b.startsWith(pos, "/*") ? blockCommentDoc() : "";
        while (true) {
            skipWhitespaceAndComments();
            int c = b.at(pos);
            int startLine = line;
            if (c == -1) {
                throw error(startLine, "no @Revision annotation found");
            } else if (c == '@') {
                pos++;
                skipWhitespaceAndComments();
                String name = qualifiedName();
                if (name.equals("Revision") || name.equals("dev.retort.migration.Revision")) {
                    return annotation(startLine, longDoc);
                }
                skipWhitespaceAndComments();
                if (b.at(pos) == '(') {
                    skipParenthesized();
                }
            } else if (Character.isJavaIdentifierStart(c)) {
                String word = identifier();
                switch (word) {
                    case "package", "import" -> skipPast(';');
                    case "public", "final", "abstract", "strictfp" -> { }
                    case "class", "interface", "enum", "record" -> throw error(startLine,
                            "no @Revision annotation before the " + word + " declaration");
                    default -> throw error(startLine, "malformed header: unexpected '" + word
                            + "' before @Revision");
                }
            } else {
                throw error(startLine, "malformed header: unexpected '" + (char) c
                        + "' before @Revision");
            }
        }
    }

    private RevisionScript annotation(int headerLine, String longDoc) {
        skipWhitespaceAndComments();
        expect('(', "'(' after @Revision");
        String id = null;
        List<String> down = null;
        List<String> labels = List.of();
        List<String> deps = List.of();
        boolean transactional = true;
        Set<String> seen = new HashSet<>();
        skipWhitespaceAndComments();
        if (b.at(pos) == ')') {
            pos++;
        } else {
            while (true) {
                skipWhitespaceAndComments();
                int attrLine = line;
                if (!Character.isJavaIdentifierStart(b.at(pos))) {
                    throw error(attrLine, "unparseable @Revision: expected an attribute name ("
                            + ATTRIBUTES + ")");
                }
                String name = identifier();
                if (!seen.add(name)) {
                    throw error(attrLine, "attribute '" + name + "' given twice in @Revision");
                }
                skipWhitespaceAndComments();
                expect('=', "'=' after '" + name + "'");
                skipWhitespaceAndComments();
                switch (name) {
                    case "id" -> id = HeaderErrors.checkId(path, line, stringValue(name));
                    case "down" -> down = checkIds(stringList(name, true));
                    case "branchLabels" -> labels = stringList(name, false);
                    case "dependsOn" -> deps = stringList(name, false);
                    case "transactional" -> transactional = booleanValue(name);
                    default -> throw error(attrLine, "unknown attribute '" + name
                            + "' in @Revision; known: " + ATTRIBUTES);
                }
                skipWhitespaceAndComments();
                int c = b.at(pos);
                if (c == ',') {
                    pos++;
                } else if (c == ')') {
                    pos++;
                    break;
                } else {
                    throw error(line, "unparseable @Revision: expected ',' or ')'");
                }
            }
        }
        if (id == null) {
            throw error(headerLine, "@Revision has no id");
        }
        if (down == null) {
            throw error(headerLine, "@Revision has no down (use down = \"\" for a root revision)");
        }
        return new RevisionScript(id, down, labels, deps, longDoc, path, headerLine,
                ScriptFormat.JAVA, transactional);
    }

    private List<String> checkIds(List<String> ids) {
        for (String id : ids) {
            HeaderErrors.checkId(path, line, id);
        }
        return ids;
    }

    /** {@code "a"}, {@code ""} (for down: none), {@code {}} or {@code {"a", "b"}}. */
    private List<String> stringList(String name, boolean emptyStringMeansNone) {
        if (b.at(pos) == '"') {
            String value = stringValue(name);
            if (value.isEmpty()) {
                if (emptyStringMeansNone) {
                    return List.of();
                }
                throw error(line, "empty string in '" + name + "'; use {} for none");
            }
            return List.of(value);
        }
        expect('{', "a string literal or {...} as the value of '" + name + "'");
        List<String> values = new ArrayList<>();
        while (true) {
            skipWhitespaceAndComments();
            if (b.at(pos) == '}') {
                pos++;
                return values;
            }
            String value = stringValue(name);
            if (value.isEmpty()) {
                throw error(line, "empty string in '" + name + "'");
            }
            values.add(value);
            skipWhitespaceAndComments();
            int c = b.at(pos);
            if (c == ',') {
                pos++;
            } else if (c != '}') {
                throw error(line, "unparseable value of '" + name + "': expected ',' or '}'");
            }
        }
    }

    private String stringValue(String name) {
        if (b.at(pos) != '"') {
            throw error(line, "unparseable value of '" + name + "': expected a string literal");
        }
        pos++;
        StringBuilder out = null;
        int start = pos;
        while (true) {
            int c = b.at(pos);
            if (c == -1 || c == '\n') {
                throw error(line, "unterminated string in '" + name + "'");
            } else if (c == '"') {
                String tail = b.text(start, pos++);
                return out == null ? tail : out.append(tail).toString();
            } else if (c == '\\') {
                out = out == null ? new StringBuilder() : out;
                out.append(b.text(start, pos)).append(escape(b.at(pos + 1), name));
                pos += 2;
                start = pos;
            } else {
                pos++;
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

    private boolean booleanValue(String name) {
        String word = Character.isJavaIdentifierStart(b.at(pos)) ? identifier() : "";
        return switch (word) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(line, "unparseable value of '" + name + "': expected true or false");
        };
    }

    /** The leading block comment, without its delimiters and {@code  * } prefixes, trimmed. */
    private String blockCommentDoc() {
        int start = pos + 2;
        skipBlockComment();
        String body = b.text(start, pos - 2);
        StringBuilder doc = new StringBuilder(body.length());
        int from = 0;
        boolean first = true;
        while (from <= body.length()) {
            int nl = body.indexOf('\n', from);
            int to = nl < 0 ? body.length() : nl;
            appendDocLine(doc, body, first ? from : skipBlanks(body, from, to), to);
            if (nl < 0) {
                break;
            }
            doc.append('\n');
            from = nl + 1;
            first = false;
        }
        return doc.toString().strip();
    }

    /** Appends {@code body[from, to)} without leading stars, one space after them, trailing blanks. */
    private static void appendDocLine(StringBuilder doc, String body, int from, int to) {
        while (from < to && body.charAt(from) == '*') {
            from++;
        }
        if (from < to && body.charAt(from) == ' ') {
            from++;
        }
        while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
            to--;
        }
        doc.append(body, from, to);
    }

    private static int skipBlanks(String text, int from, int to) {
        while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
            from++;
        }
        return from;
    }

    private String qualifiedName() {
        StringBuilder name = new StringBuilder(identifier());
        while (b.at(pos) == '.' && Character.isJavaIdentifierStart(b.at(pos + 1))) {
            pos++;
            name.append('.').append(identifier());
        }
        return name.toString();
    }

    private String identifier() {
        int start = pos;
        if (!Character.isJavaIdentifierStart(b.at(pos))) {
            throw error(line, "malformed header: expected a name");
        }
        while (true) {
            int c = b.at(pos);
            if (c == -1 || !(Character.isJavaIdentifierPart(c) || c >= 0x80)) {
                break;
            }
            pos++;
        }
        return b.text(start, pos);
    }

    /** Skips to after the next {@code end} (the end of a package or import statement). */
    private void skipPast(char end) {
        int at = b.indexOf(end, pos);
        if (at < 0) {
            throw error(line, "malformed header: missing '" + end + "'");
        }
        line += b.newlines(pos, at);
        pos = at + 1;
    }

    /** Skips a balanced {@code (...)} with string and character literals in it. */
    private void skipParenthesized() {
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

    private void expect(char c, String what) {
        if (b.at(pos) != c) {
            throw error(line, "unparseable @Revision: expected " + what);
        }
        pos++;
    }

    private void skipWhitespace() {
        while (true) {
            int c = b.at(pos);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f') {
                return;
            }
            advance();
        }
    }

    private void skipWhitespaceAndComments() {
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
    private void skipBlockComment() {
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

    private RetortException error(int atLine, String message) {
        return HeaderErrors.at(path, atLine, message);
    }
}
