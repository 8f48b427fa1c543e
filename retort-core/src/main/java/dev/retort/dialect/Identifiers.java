package dev.retort.dialect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes identifiers the way SQLAlchemy does: only when needed. A name is written plain when it is
 * lower case, starts with a letter or underscore, holds only letters, digits, {@code _} and
 * {@code $}, and is not a reserved word of the dialect; otherwise it is quoted with the dialect's
 * quote characters (the closing one doubled inside).
 */
final class Identifiers {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    private final String open;
    private final String close;
    private final Set<String> reserved;

    Identifiers(String open, String close, Set<String> reserved) {
        this.open = open;
        this.close = close;
        this.reserved = reserved;
    }

    /** Whether {@code name} must be quoted to mean exactly itself. */
    boolean needsQuoting(String name) {
        return !PLAIN.matcher(name).matches() || reserved.contains(name.toLowerCase(Locale.ROOT));
    }

    String quote(String name) {
        if (!needsQuoting(name)) {
            return name;
        }
        return open + name.replace(close, close + close) + close;
    }

    /** Whether {@code text} is a bare name (not an expression), for index columns. */
    static boolean isName(String text) {
        return text.matches("[A-Za-z_][A-Za-z0-9_$]*");
    }
}
