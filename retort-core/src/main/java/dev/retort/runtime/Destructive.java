package dev.retort.runtime;

import dev.retort.migration.Operation;
import dev.retort.runtime.load.LoadedRevision;
import dev.retort.runtime.load.LocatedOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reminder to back up before an upgrade that drops tables or columns: {@code drop_table},
 * {@code drop_column} (also in a batch) and, in SQL, {@code DROP TABLE} and
 * {@code ALTER TABLE ... DROP COLUMN} statements. Stateless.
 */
public final class Destructive {
    private static final Pattern LEADING_COMMENTS = Pattern.compile("^(?:\\s*--[^\\n]*\\n)*\\s*");
    private static final Pattern DROP_TABLE = Pattern.compile(
            "(?is)DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?([^\\s,;(]+)");
    private static final Pattern DROP_COLUMN = Pattern.compile(
            "(?is)ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?([^\\s,;]+)\\s+DROP\\s+COLUMN\\s+"
                    + "(?:IF\\s+EXISTS\\s+)?([^\\s,;]+)");

    private Destructive() {
    }

    /**
     * {@code Revision <id> drops tables or columns (<what>): make sure you have a backup}, or empty
     * when its upgrade drops neither.
     */
    public static Optional<String> reminder(LoadedRevision revision) {
        List<String> dropped = new ArrayList<>();
        for (LocatedOperation located : revision.upgrade()) {
            collect(located.operation(), null, dropped);
        }
        return dropped.isEmpty() ? Optional.empty() : Optional.of("Revision " + revision.id()
                + " drops tables or columns (" + String.join(", ", dropped) + "): make sure you have a backup");
    }

    /** Adds what {@code op} drops to {@code dropped}; {@code batchTable} names the table of an enclosing batch. */
    static void collect(Operation op, String batchTable, List<String> dropped) {
        if (op instanceof Operation.DropTable d) {
            dropped.add("table " + d.table());
        } else if (op instanceof Operation.DropColumn d) {
            dropped.add("column " + (d.table() != null ? d.table() : batchTable) + "." + d.column());
        } else if (op instanceof Operation.BatchAlterTable b) {
            b.operations().forEach(inner -> collect(inner, b.table(), dropped));
        } else if (op instanceof Operation.Execute e) {
            sql(e.sql(), dropped);
        }
    }

    private static void sql(String statement, List<String> dropped) {
        String sql = LEADING_COMMENTS.matcher(statement).replaceFirst("");
        Matcher table = DROP_TABLE.matcher(sql);
        Matcher column = DROP_COLUMN.matcher(sql);
        if (table.lookingAt()) {
            dropped.add("table " + table.group(1));
        } else if (column.lookingAt()) {
            dropped.add("column " + column.group(1) + "." + column.group(2));
        }
    }
}
