package dev.retort.script;

import java.util.ArrayList;
import java.util.List;

/**
 * A revision identifier as the traversal takes it: one symbol ({@code "heads"}, {@code "ae10"},
 * {@code "branch@-1"}), several ids (the rows of a version table), or nothing ({@code base}).
 * Alembic distinguishes these by Python type; this makes the difference explicit.
 */
public record Ident(String symbol, List<String> ids) {
    public static final Ident NONE = new Ident(null, null);

    public static Ident of(String symbol) {
        return symbol == null ? NONE : new Ident(symbol, null);
    }

    public static Ident of(List<String> ids) {
        return new Ident(null, List.copyOf(ids));
    }

    public boolean isSymbol() {
        return symbol != null;
    }

    public boolean isNone() {
        return symbol == null && ids == null;
    }

    /** As a list: one symbol, the ids, or empty for none. */
    public List<String> asList() {
        if (symbol != null) {
            return List.of(symbol);
        }
        return ids == null ? List.of() : ids;
    }

    static List<String> idsOf(List<Revision> revisions) {
        List<String> out = new ArrayList<>(revisions.size());
        for (Revision r : revisions) {
            out.add(r == null ? null : r.id());
        }
        return out;
    }

    @Override
    public String toString() {
        if (symbol != null) {
            return symbol;
        }
        return ids == null || ids.isEmpty() ? "base" : String.join(", ", ids);
    }
}
