package dev.retort.schema;

/** A check constraint over a SQL condition; {@code name} may be null. */
public record CheckConstraint(String name, String condition) implements TableElement {
}
