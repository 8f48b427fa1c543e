package dev.retort.schema;

/** Something {@code createTable} takes: a column or a table-level constraint. */
public sealed interface TableElement permits Column, PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint {
}
