package dev.retort.autogenerate;

/**
 * Light normalization of server defaults so that spellings of one value compare equal: outer
 * parentheses, PostgreSQL casts ({@code 'x'::text}), a quoted number ({@code '0'} and {@code 0}),
 * and the case of everything outside string literals ({@code CURRENT_TIMESTAMP}, {@code now()}).
 */
final class Defaults {
    private Defaults() {
    }

    /** Whether two defaults (either may be null) mean the same. */
    static boolean same(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        return x == null ? y == null : x.equals(y);
    }

    static String normalize(String expression) {
        if (expression == null) {
            return null;
        }
        String s = expression.strip();
        String before;
        do {
            before = s;
            s = stripCast(stripParentheses(s));
        } while (!s.equals(before));
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'") && s.substring(1, s.length() - 1)
                .matches("-?\\d+(\\.\\d+)?")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() || s.equalsIgnoreCase("null") ? null : lowerOutsideQuotes(s);
    }

    private static String stripParentheses(String s) {
        if (s.startsWith("(") && s.endsWith(")") && closingOfFirst(s) == s.length() - 1) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static int closingOfFirst(String s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code 'x'::character varying} to {@code 'x'}: a cast after the last quote or parenthesis. */
    private static String stripCast(String s) {
        int cast = s.lastIndexOf("::");
        if (cast > 0 && cast > s.lastIndexOf('\'') && cast > s.lastIndexOf(')')) {
            return s.substring(0, cast).strip();
        }
        return s;
    }

    private static String lowerOutsideQuotes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(quoted ? c : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
