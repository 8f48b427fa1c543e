package dev.retort.dialect;

import dev.retort.schema.ColumnType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Server defaults in one spelling, so that a default read from a catalog equals the one a model
 * wrote: casts dropped ({@code 'x'::character varying} is {@code 'x'}), wrapping parentheses
 * removed, numbers without trailing zeros ({@code 0.00} is {@code 0}), booleans as {@code true} and
 * {@code false} (also 1 and 0 of a boolean column), {@code current_timestamp()} as
 * {@code CURRENT_TIMESTAMP}, and a {@code NULL} default as none. Compare uses it on both sides.
 */
public final class ServerDefaults {
    private static final Pattern CAST = Pattern.compile("::\"?[A-Za-z_][A-Za-z0-9_ .\"]*(\\([0-9, ]*\\))?(\\[\\])?$");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private ServerDefaults() {
    }

    /** {@code expression} in the canonical spelling, or null for no default. */
    public static String normalize(String expression, ColumnType type) {
        if (expression == null) {
            return null;
        }
        String s = expression.strip();
        String previous;
        do {
            previous = s;
            s = CAST.matcher(s).replaceFirst("").strip();
            s = unwrap(s);
        } while (!s.equals(previous));
        if (s.isEmpty() || s.equalsIgnoreCase("NULL")) {
            return null;
        }
        if (NUMBER.matcher(s).matches()) {
            s = new BigDecimal(s).stripTrailingZeros().toPlainString();
            if (type != null && type.kind() == ColumnType.Kind.BOOLEAN && (s.equals("0") || s.equals("1"))) {
                return s.equals("1") ? "true" : "false";
            }
            return s;
        }
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.equals("TRUE") || upper.equals("FALSE")) {
            return upper.toLowerCase(Locale.ROOT);
        }
        if (upper.equals("CURRENT_TIMESTAMP()") || upper.equals("CURRENT_TIMESTAMP")) {
            return "CURRENT_TIMESTAMP";
        }
        return s;
    }

    /** {@code (x)} as {@code x} when the parentheses wrap the whole text. */
    static String unwrap(String s) {
        if (!s.startsWith("(") || !s.endsWith(")")) {
            return s;
        }
        java.util.List<SqlTokens.Token> tokens = SqlTokens.tokenize(s);
        return SqlTokens.closing(tokens, 0) == tokens.size() - 1 ? s.substring(1, s.length() - 1).strip() : s;
    }
}
