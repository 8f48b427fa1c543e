package dev.retort.script;

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
    private static final String ATTRIBUTES = "id, down, branchLabels, dependsOn, transactional, irreversible";

    private final JavaScanner s;
    private final Path path;

    JavaHeaderParser(HeaderBytes bytes, Path path) {
        this.s = new JavaScanner(bytes, path);
        this.path = path;
    }

    RevisionScript parse() {
        s.skipWhitespace();
        String longDoc = s.startsWith("/*") ? blockCommentDoc() : "";
        while (true) {
            s.skipWhitespaceAndComments();
            int c = s.peek();
            int startLine = s.line();
            if (c == -1) {
                throw s.error(startLine, "no @Revision annotation found");
            } else if (c == '@') {
                s.skip(1);
                s.skipWhitespaceAndComments();
                String name = s.qualifiedName();
                if (name.equals("Revision") || name.equals("dev.retort.migration.Revision")) {
                    return annotation(startLine, longDoc);
                }
                s.skipWhitespaceAndComments();
                if (s.peek() == '(') {
                    s.skipParenthesized();
                }
            } else if (JavaScanner.isIdentifierStart(c)) {
                String word = s.identifier();
                switch (word) {
                    case "package", "import" -> s.skipPast(';');
                    case "public", "final", "abstract", "strictfp" -> { }
                    case "class", "interface", "enum", "record" -> throw s.error(startLine,
                            "no @Revision annotation before the " + word + " declaration");
                    default -> throw s.error(startLine, "malformed header: unexpected '" + word
                            + "' before @Revision");
                }
            } else {
                throw s.error(startLine, "malformed header: unexpected '" + (char) c
                        + "' before @Revision");
            }
        }
    }

    private RevisionScript annotation(int headerLine, String longDoc) {
        s.skipWhitespaceAndComments();
        s.expect('(', "'(' after @Revision");
        String id = null;
        List<String> down = null;
        List<String> labels = List.of();
        List<String> deps = List.of();
        boolean transactional = true;
        boolean irreversible = false;
        Set<String> seen = new HashSet<>();
        s.skipWhitespaceAndComments();
        if (s.peek() == ')') {
            s.skip(1);
        } else {
            while (true) {
                s.skipWhitespaceAndComments();
                int attrLine = s.line();
                if (!JavaScanner.isIdentifierStart(s.peek())) {
                    throw s.error(attrLine, "unparseable @Revision: expected an attribute name ("
                            + ATTRIBUTES + ")");
                }
                String name = s.identifier();
                if (!seen.add(name)) {
                    throw s.error(attrLine, "attribute '" + name + "' given twice in @Revision");
                }
                s.skipWhitespaceAndComments();
                s.expect('=', "'=' after '" + name + "'");
                s.skipWhitespaceAndComments();
                switch (name) {
                    case "id" -> id = HeaderErrors.checkId(path, s.line(), s.stringLiteral(name));
                    case "down" -> down = checkIds(stringList(name, true));
                    case "branchLabels" -> labels = stringList(name, false);
                    case "dependsOn" -> deps = stringList(name, false);
                    case "transactional" -> transactional = booleanValue(name);
                    case "irreversible" -> irreversible = booleanValue(name);
                    default -> throw s.error(attrLine, "unknown attribute '" + name
                            + "' in @Revision; known: " + ATTRIBUTES);
                }
                s.skipWhitespaceAndComments();
                int c = s.peek();
                if (c == ',') {
                    s.skip(1);
                } else if (c == ')') {
                    s.skip(1);
                    break;
                } else {
                    throw s.error(s.line(), "unparseable @Revision: expected ',' or ')'");
                }
            }
        }
        if (id == null) {
            throw s.error(headerLine, "@Revision has no id");
        }
        if (down == null) {
            throw s.error(headerLine, "@Revision has no down (use down = \"\" for a root revision)");
        }
        return new RevisionScript(id, down, labels, deps, longDoc, path, headerLine,
                ScriptFormat.JAVA, transactional, irreversible);
    }

    private List<String> checkIds(List<String> ids) {
        for (String id : ids) {
            HeaderErrors.checkId(path, s.line(), id);
        }
        return ids;
    }

    /** {@code "a"}, {@code ""} (for down: none), {@code {}} or {@code {"a", "b"}}. */
    private List<String> stringList(String name, boolean emptyStringMeansNone) {
        if (s.peek() == '"') {
            String value = s.stringLiteral(name);
            if (value.isEmpty()) {
                if (emptyStringMeansNone) {
                    return List.of();
                }
                throw s.error(s.line(), "empty string in '" + name + "'; use {} for none");
            }
            return List.of(value);
        }
        s.expect('{', "a string literal or {...} as the value of '" + name + "'");
        List<String> values = new ArrayList<>();
        while (true) {
            s.skipWhitespaceAndComments();
            if (s.peek() == '}') {
                s.skip(1);
                return values;
            }
            String value = s.stringLiteral(name);
            if (value.isEmpty()) {
                throw s.error(s.line(), "empty string in '" + name + "'");
            }
            values.add(value);
            s.skipWhitespaceAndComments();
            int c = s.peek();
            if (c == ',') {
                s.skip(1);
            } else if (c != '}') {
                throw s.error(s.line(), "unparseable value of '" + name + "': expected ',' or '}'");
            }
        }
    }

    private boolean booleanValue(String name) {
        String word = JavaScanner.isIdentifierStart(s.peek()) ? s.identifier() : "";
        return switch (word) {
            case "true" -> true;
            case "false" -> false;
            default -> throw s.error(s.line(), "unparseable value of '" + name + "': expected true or false");
        };
    }

    /** The leading block comment, without its delimiters and {@code  * } prefixes, trimmed. */
    private String blockCommentDoc() {
        int start = s.position() + 2;
        s.skipBlockComment();
        String body = s.text(start, s.position() - 2);
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

    /**
     * Appends {@code body[from, to)} without leading stars and one space after them. Trailing
     * blanks stay, as they do in a Python docstring ("Revises: " of a root), so {@code -v}
     * output matches Alembic's byte for byte; only a carriage return goes.
     */
    private static void appendDocLine(StringBuilder doc, String body, int from, int to) {
        while (from < to && body.charAt(from) == '*') {
            from++;
        }
        if (from < to && body.charAt(from) == ' ') {
            from++;
        }
        if (to > from && body.charAt(to - 1) == '\r') {
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
}
