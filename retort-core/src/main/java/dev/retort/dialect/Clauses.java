package dev.retort.dialect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of table-level constraints and column lists, the same in every dialect (SQLAlchemy's
 * spelling: {@code FOREIGN KEY(a) REFERENCES t (id)}).
 */
final class Clauses {
    private final Dialect dialect;

    Clauses(Dialect dialect) {
        this.dialect = dialect;
    }

    /** {@code a, b}, each quoted as needed. */
    String columnList(List<String> columns) {
        return columns.stream().map(dialect::quote).collect(Collectors.joining(", "));
    }

    /** A constraint as it appears in CREATE TABLE or after ALTER TABLE ... ADD. */
    String constraint(TableElement element) {
        if (element instanceof PrimaryKey pk) {
            return named(pk.name()) + "PRIMARY KEY (" + columnList(pk.columns()) + ")";
        } else if (element instanceof UniqueConstraint uq) {
            return named(uq.name()) + "UNIQUE (" + columnList(uq.columns()) + ")";
        } else if (element instanceof ForeignKey fk) {
            return named(fk.name()) + "FOREIGN KEY(" + columnList(fk.columns()) + ") " + references(fk);
        } else if (element instanceof CheckConstraint ck) {
            return named(ck.name()) + "CHECK (" + ck.condition() + ")";
        }
        throw new IllegalArgumentException("not a constraint: " + element);
    }

    /** {@code REFERENCES t (id) ON DELETE ... ON UPDATE ...}. */
    String references(ForeignKey fk) {
        StringBuilder s = new StringBuilder("REFERENCES ").append(dialect.qualify(fk.referredSchema(), fk.referredTable()))
                .append(" (").append(columnList(fk.referredColumns())).append(')');
        if (fk.onDelete() != null) {
            s.append(" ON DELETE ").append(fk.onDelete());
        }
        if (fk.onUpdate() != null) {
            s.append(" ON UPDATE ").append(fk.onUpdate());
        }
        return s.toString();
    }

    private String named(String name) {
        return name == null ? "" : "CONSTRAINT " + dialect.quote(name) + " ";
    }
}
