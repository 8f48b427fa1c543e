package dev.retort.migration;

/** The kinds of constraint {@code dropConstraint} drops (MySQL needs to know which). */
public enum ConstraintKind {
    PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK
}
