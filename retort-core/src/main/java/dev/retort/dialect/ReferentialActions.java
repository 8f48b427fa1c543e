package dev.retort.dialect;

import java.util.Locale;

/** Foreign key actions as the model writes them: null for the default (NO ACTION), else the SQL words. */
final class ReferentialActions {
    private ReferentialActions() {
    }

    /** A catalog's rule ({@code CASCADE}, {@code SET NULL}, ...), null for NO ACTION; RESTRICT too when {@code restrictIsDefault}. */
    static String of(String rule, boolean restrictIsDefault) {
        if (rule == null) {
            return null;
        }
        String upper = rule.strip().toUpperCase(Locale.ROOT).replace('_', ' ');
        if (upper.equals("NO ACTION") || (restrictIsDefault && upper.equals("RESTRICT"))) {
            return null;
        }
        return upper;
    }

    /** PostgreSQL's one-letter code in {@code pg_constraint} ({@code a r c n d}). */
    static String ofPostgresCode(String code) {
        switch (code) {
            case "r": return "RESTRICT";
            case "c": return "CASCADE";
            case "n": return "SET NULL";
            case "d": return "SET DEFAULT";
            default: return null;
        }
    }
}
