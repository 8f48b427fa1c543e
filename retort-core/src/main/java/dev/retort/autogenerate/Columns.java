package dev.retort.autogenerate;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** How compare decides that two spellings of a type, comment, condition or action are one. */
final class Columns {
    private Columns() {
    }

    /**
     * Equal portable types are the same; an enum column whose type is a named enum type is the
     * same as long as the name is (the type's values are compared as the enum type's).
     */
    static boolean sameType(ColumnType a, ColumnType b, Set<String> namedEnums) {
        if (a.kind() == ColumnType.Kind.ENUM && b.kind() == ColumnType.Kind.ENUM && a.enumName() != null
                && a.enumName().equals(b.enumName()) && namedEnums.contains(a.enumName())) {
            return true;
        }
        return a.equals(b);
    }

    /** A comment, with an empty one being none. */
    static String comment(String comment) {
        return comment == null || comment.isEmpty() ? null : comment;
    }

    /** A check condition without whitespace, outer parentheses or case differences. */
    static String condition(String condition) {
        String s = condition.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        while (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** A referential action, with none being NO ACTION. */
    static String action(String action) {
        return action == null ? "no action" : action.strip().toLowerCase(Locale.ROOT);
    }

    /** Indexes with the same columns, uniqueness and condition. */
    static boolean sameIndex(Index a, Index b) {
        return a.columns().equals(b.columns()) && a.isUnique() == b.isUnique()
                && Objects.equals(a.where() == null ? null : condition(a.where()),
                b.where() == null ? null : condition(b.where()));
    }

    /** The name of a table-level constraint, or null. */
    static String constraintName(TableElement e) {
        if (e instanceof PrimaryKey pk) {
            return pk.name();
        } else if (e instanceof UniqueConstraint u) {
            return u.name();
        } else if (e instanceof ForeignKey fk) {
            return fk.name();
        } else if (e instanceof CheckConstraint ck) {
            return ck.name();
        }
        return null;
    }
}
