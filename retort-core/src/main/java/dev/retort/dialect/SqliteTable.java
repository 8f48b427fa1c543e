package dev.retort.dialect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.UniqueConstraint;
import java.util.List;

/**
 * A SQLite table as read from the live catalog, or as a batch leaves it: what the move-and-copy
 * recreates. Column types, defaults and checks are SQL text, copied as the catalog holds them.
 *
 * @param name          table name
 * @param columns       columns in order
 * @param primaryKey    primary key, or null
 * @param autoincrement whether the single key column is {@code INTEGER PRIMARY KEY AUTOINCREMENT}
 * @param uniques       unique constraints
 * @param foreignKeys   foreign keys
 * @param checks        table-level checks
 * @param indexes       indexes made with CREATE INDEX (not those of constraints)
 */
record SqliteTable(String name, List<SqliteTable.Column> columns, PrimaryKey primaryKey, boolean autoincrement,
                   List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
                   List<SqliteTable.Index> indexes) {

    SqliteTable {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
    }

    /**
     * A column.
     *
     * @param name        its name in the new table
     * @param source      its name in the old table, or null for an added column
     * @param type        declared type (may be empty)
     * @param notNull     NOT NULL
     * @param defaultSql  default expression, or null
     * @param collate     collation name, or null
     * @param checks      its own CHECK constraints
     * @param castOnCopy  whether the copy casts the old value to the new type
     */
    record Column(String name, String source, String type, boolean notNull, String defaultSql, String collate,
                  List<CheckConstraint> checks, boolean castOnCopy) {
        Column {
            checks = List.copyOf(checks);
        }
    }

    /**
     * An index made with CREATE INDEX.
     *
     * @param name    index name
     * @param unique  UNIQUE
     * @param columns its columns, or empty when it indexes expressions
     * @param where   partial-index condition, or null
     * @param sql     the original statement, used as it is for expression indexes
     */
    record Index(String name, boolean unique, List<String> columns, String where, String sql) {
        Index {
            columns = List.copyOf(columns);
        }
    }
}
