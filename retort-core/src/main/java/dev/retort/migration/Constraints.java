package dev.retort.migration;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;

/** Name and kind of a table-level constraint. */
final class Constraints {
    private Constraints() {
    }

    static String name(TableElement e) {
        if (e instanceof PrimaryKey pk) {
            return pk.name();
        } else if (e instanceof UniqueConstraint u) {
            return u.name();
        } else if (e instanceof ForeignKey fk) {
            return fk.name();
        } else if (e instanceof CheckConstraint ck) {
            return ck.name();
        }
        throw new IllegalArgumentException("not a constraint: " + e);
    }

    static ConstraintKind kind(TableElement e) {
        if (e instanceof PrimaryKey) {
            return ConstraintKind.PRIMARY_KEY;
        } else if (e instanceof UniqueConstraint) {
            return ConstraintKind.UNIQUE;
        } else if (e instanceof ForeignKey) {
            return ConstraintKind.FOREIGN_KEY;
        } else if (e instanceof CheckConstraint) {
            return ConstraintKind.CHECK;
        }
        throw new IllegalArgumentException("not a constraint: " + e);
    }
}
