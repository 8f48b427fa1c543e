package dev.retort.script;

/**
 * Small text operations on Java source for checks that must not compile it: comments and the
 * contents of string and character literals blanked out (so braces and keywords in them do not
 * count), and the body of a braced block. Approximate by design: text blocks are treated as
 * strings, unicode escapes are not decoded.
 */
final class JavaCode {
    private JavaCode() {
    }

    /** {@code source} with comments replaced by a space and literal contents removed (quotes kept). */
    static String blankCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                int nl = source.indexOf('\n', i);
                i = nl < 0 ? n : nl;
                out.append(' ');
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i = literalEnd(source, i, c);
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int literalEnd(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, source.length());
    }

    /** The text between the brace at {@code open} and its matching close (to the end if unmatched). */
    static String bracedBody(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return code.substring(open + 1, i);
            }
        }
        return code.substring(open + 1);
    }
}
