package dev.retort.autogenerate;

import dev.retort.RetortException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --rename old=new} hints: {@code old=new} renames a table, {@code table.old=new} a
 * column of {@code table} (named by its old or new name). A hinted drop-and-add becomes a rename.
 * Immutable.
 */
public record Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {
    public static final Renames NONE = new Renames(Map.of(), Map.of());

    public Renames {
        tables = Map.copyOf(tables);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        columns.forEach((t, m) -> copy.put(t, Map.copyOf(m)));
        columns = Map.copyOf(copy);
    }

    /** Parses {@code old=new} and {@code table.old=new} (also {@code table.old=table.new}). */
    public static Renames parse(List<String> hints) {
        Map<String, String> tables = new LinkedHashMap<>();
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        for (String hint : hints) {
            int eq = hint.indexOf('=');
            if (eq <= 0 || eq == hint.length() - 1) {
                throw new RetortException("--rename wants old=new or table.old=new, not '" + hint + "'");
            }
            String from = hint.substring(0, eq).strip();
            String to = hint.substring(eq + 1).strip();
            int dot = from.lastIndexOf('.');
            if (dot < 0) {
                tables.put(from, to);
            } else {
                String table = from.substring(0, dot);
                String newName = to.startsWith(table + ".") ? to.substring(table.length() + 1) : to;
                columns.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(from.substring(dot + 1), newName);
            }
        }
        return new Renames(tables, columns);
    }

    /** The new name of table {@code old}, or null when not hinted. */
    public String table(String old) {
        return tables.get(old);
    }

    /** Column renames (old to new) of the table named {@code oldName} before and {@code newName} after. */
    public Map<String, String> columnsOf(String oldName, String newName) {
        Map<String, String> found = new LinkedHashMap<>(columns.getOrDefault(oldName, Map.of()));
        found.putAll(columns.getOrDefault(newName, Map.of()));
        return found;
    }
}
