package dev.retort.schema;

import java.util.List;

/**
 * A foreign key from {@code columns} to {@code referredTable(referredColumns)}.
 *
 * @param name             constraint name, or null for the database's default
 * @param columns          local columns
 * @param referredSchema   schema of the referred table, or null for the default
 * @param referredTable    referred table
 * @param referredColumns  referred columns
 * @param onDelete         ON DELETE action (CASCADE, SET NULL, RESTRICT, NO ACTION, SET DEFAULT), or null
 * @param onUpdate         ON UPDATE action, or null
 */
public record ForeignKey(String name, List<String> columns, String referredSchema, String referredTable,
                         List<String> referredColumns, String onDelete, String onUpdate) implements TableElement {
    public ForeignKey {
        columns = List.copyOf(columns);
        referredColumns = List.copyOf(referredColumns);
    }

    public ForeignKey onDelete(String action) {
        return new ForeignKey(name, columns, referredSchema, referredTable, referredColumns, action, onUpdate);
    }

    public ForeignKey onUpdate(String action) {
        return new ForeignKey(name, columns, referredSchema, referredTable, referredColumns, onDelete, action);
    }
}
