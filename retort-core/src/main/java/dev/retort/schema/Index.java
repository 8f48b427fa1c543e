package dev.retort.schema;

import java.util.List;

/**
 * An index.
 *
 * @param name    index name
 * @param columns columns (or SQL expressions) in order
 * @param isUnique a unique index
 * @param where   a partial-index condition (PostgreSQL, SQLite), or null
 */
public record Index(String name, List<String> columns, boolean isUnique, String where) {
    public Index {
        columns = List.copyOf(columns);
    }

    public Index unique() {
        return new Index(name, columns, true, where);
    }

    public Index where(String condition) {
        return new Index(name, columns, isUnique, condition);
    }
}
