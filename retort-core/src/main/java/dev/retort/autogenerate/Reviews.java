package dev.retort.autogenerate;

import dev.retort.migration.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** The review notes compare writes on steps that may lose data or may not be what was meant. */
final class Reviews {
    /** Integer kinds, narrowest first. */
    private static final List<Kind> INTEGERS = List.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT);

    private Reviews() {
    }

    /** A NOT NULL column without a default cannot be added to a table that has rows. */
    static List<String> addColumn(String table, Column c) {
        if (!c.isNullable() && c.serverDefault() == null && !c.isIdentity()) {
            return List.of("adds NOT NULL column " + table + "." + c.name()
                    + " without a default: fails if " + table + " has rows");
        }
        return List.of();
    }

    /** Narrowed types and NOT NULL without a default. */
    static List<String> alterColumn(String table, Column d, Column m, boolean typeChanged) {
        List<String> notes = new ArrayList<>();
        if (typeChanged && narrows(d.type(), m.type())) {
            notes.add("changes " + table + "." + d.name() + " from " + d.type() + " to " + m.type()
                    + ": existing values may not fit");
        }
        if (d.isNullable() && !m.isNullable() && m.serverDefault() == null) {
            notes.add(table + "." + d.name() + " becomes NOT NULL without a default: existing NULLs make this fail");
        }
        return notes;
    }

    /** Whether values of {@code from} may not fit {@code to}: anything but a widening. */
    static boolean narrows(ColumnType from, ColumnType to) {
        if (from.kind() == to.kind()) {
            return smaller(to.length(), from.length()) || smaller(to.precision(), from.precision())
                    || smaller(to.scale(), from.scale())
                    || (from.kind() == Kind.ENUM && !to.enumValues().containsAll(from.enumValues()));
        }
        if (INTEGERS.contains(from.kind()) && INTEGERS.contains(to.kind())) {
            return INTEGERS.indexOf(to.kind()) < INTEGERS.indexOf(from.kind());
        }
        return !(to.kind() == Kind.TEXT && (from.kind() == Kind.VARCHAR || from.kind() == Kind.ENUM))
                && !(from.kind() == Kind.REAL && to.kind() == Kind.DOUBLE)
                && !(from.kind() == Kind.TIMESTAMP && to.kind() == Kind.TIMESTAMPTZ);
    }

    /** A limit set where there was none, or lowered. */
    private static boolean smaller(Integer to, Integer from) {
        return to != null && (from == null || to < from);
    }

    /** In one table, each added column that has the type of a dropped one may be a rename. */
    static List<String> columnRenames(String table, List<Step> dropped, List<Step> added) {
        List<String> notes = new ArrayList<>();
        for (Step a : added) {
            Column to = ((Operation.AddColumn) a.operation()).column();
            for (Step d : dropped) {
                Column from = ((Operation.DropColumn) d.operation()).existing();
                if (from.type().equals(to.type())) {
                    notes.add(renameNote(table + "." + from.name(), table + "." + to.name(),
                            table + "." + from.name() + "=" + to.name()));
                }
            }
        }
        return notes;
    }

    /** A dropped and a created table with the same columns (names and types) may be a rename. */
    static String tableRename(Table dropped, Table created) {
        if (dropped.columns().size() != created.columns().size()) {
            return null;
        }
        for (Column c : created.columns()) {
            Column old = dropped.column(c.name());
            if (old == null || !old.type().equals(c.type())) {
                return null;
            }
        }
        return renameNote(dropped.name(), created.name(), dropped.name() + "=" + created.name());
    }

    private static String renameNote(String from, String to, String hint) {
        return "looks like a rename of " + from + " to " + to + "; pass --rename " + hint;
    }
}
