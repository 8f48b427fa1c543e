package dev.retort.runtime.snapshot;

import java.util.Objects;

/**
 * A column as JDBC reports it.
 *
 * @param name         the column's name
 * @param type         the database's type name with size and scale, e.g. {@code varchar(40)}
 * @param nullable     whether it accepts NULL
 * @param defaultValue the default expression as the database shows it, or null
 */
public record ColumnSnapshot(String name, String type, boolean nullable, String defaultValue) {

    /** What differs from {@code expected}, e.g. {@code type varchar(100) (expected varchar(40))}; empty when nothing. */
    String differenceFrom(ColumnSnapshot expected) {
        StringBuilder out = new StringBuilder();
        if (!type.equals(expected.type)) {
            Snapshots.append(out, "type " + type + " (expected " + expected.type + ")");
        }
        if (nullable != expected.nullable) {
            Snapshots.append(out, (nullable ? "nullable" : "not null") + " (expected "
                    + (expected.nullable ? "nullable" : "not null") + ")");
        }
        if (!Objects.equals(defaultValue, expected.defaultValue)) {
            Snapshots.append(out, "default " + defaultValue + " (expected " + expected.defaultValue + ")");
        }
        return out.toString();
    }
}
