package dev.retort.autogenerate;

import dev.retort.migration.ColumnChange;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Locale;

/**
 * Java expressions, built with the {@code Types} builders, that evaluate to exactly the given
 * schema values: {@code column("id", integer()).primaryKey()}. A value the builders cannot spell
 * (a VARCHAR without length, a foreign key to another schema) is written with its constructor.
 */
final class JavaSyntax {
    private JavaSyntax() {
    }

    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    static String strings(List<String> items) {
        return String.join(", ", items.stream().map(JavaSyntax::string).toList());
    }

    static String stringList(List<String> items) {
        return "List.of(" + strings(items) + ")";
    }

    static String type(ColumnType t) {
        boolean bare = t.length() == null && t.precision() == null && t.scale() == null && t.enumName() == null
                && t.enumValues().isEmpty();
        switch (t.kind()) {
            case VARCHAR:
                if (t.length() != null && t.precision() == null && t.scale() == null && t.enumName() == null) {
                    return "varchar(" + t.length() + ")";
                }
                break;
            case BINARY:
                if (t.length() != null && t.precision() == null && t.scale() == null && t.enumName() == null) {
                    return "binary(" + t.length() + ")";
                }
                break;
            case NUMERIC:
                if (t.length() == null && t.precision() != null && t.scale() != null && t.enumName() == null) {
                    return "numeric(" + t.precision() + ", " + t.scale() + ")";
                }
                break;
            case ENUM:
                if (t.length() == null && t.precision() == null && t.scale() == null && t.enumName() != null) {
                    return "enumeration(" + string(t.enumName())
                            + (t.enumValues().isEmpty() ? "" : ", " + strings(t.enumValues())) + ")";
                }
                break;
            default:
                break;
        }
        if (bare && t.kind() != ColumnType.Kind.VARCHAR && t.kind() != ColumnType.Kind.NUMERIC
                && t.kind() != ColumnType.Kind.ENUM) {
            return builderName(t.kind()) + "()";
        }
        return "new ColumnType(ColumnType.Kind." + t.kind().name() + ", " + t.length() + ", " + t.precision() + ", "
                + t.scale() + ", " + string(t.enumName()) + ", " + stringList(t.enumValues()) + ")";
    }

    private static String builderName(ColumnType.Kind kind) {
        switch (kind) {
            case BOOLEAN:
                return "bool";
            case DOUBLE:
                return "doublePrecision";
            default:
                return kind.name().toLowerCase(Locale.ROOT);
        }
    }

    /** A column; {@code primaryKey()} comes first since it also makes the column NOT NULL. */
    static String column(Column c) {
        StringBuilder s = new StringBuilder("column(").append(string(c.name())).append(", ").append(type(c.type()))
                .append(')');
        if (c.isPrimaryKey()) {
            s.append(".primaryKey()");
        }
        if (c.isNullable()) {
            s.append(".nullable()");
        }
        if (c.serverDefault() != null) {
            s.append(".defaultValue(").append(string(c.serverDefault())).append(')');
        }
        if (c.isIdentity()) {
            s.append(".identity()");
        }
        if (c.isUnique()) {
            s.append(".unique()");
        }
        if (c.comment() != null) {
            s.append(".comment(").append(string(c.comment())).append(')');
        }
        if (c.references() != null) {
            ForeignKey fk = c.references();
            if (fk.name() == null && fk.referredSchema() == null && fk.columns().equals(List.of(c.name()))
                    && fk.referredColumns().size() == 1 && fk.onDelete() == null && fk.onUpdate() == null) {
                s.append(".references(").append(string(fk.referredTable())).append(", ")
                        .append(string(fk.referredColumns().get(0))).append(')');
            } else {
                return "new Column(" + string(c.name()) + ", " + type(c.type()) + ", " + c.isNullable() + ", "
                        + string(c.serverDefault()) + ", " + c.isPrimaryKey() + ", " + c.isIdentity() + ", "
                        + c.isUnique() + ", " + string(c.comment()) + ", " + foreignKey(fk) + ")";
            }
        }
        return s.toString();
    }

    static String element(TableElement e) {
        if (e instanceof Column c) {
            return column(c);
        } else if (e instanceof PrimaryKey pk) {
            return "primaryKey(" + string(pk.name()) + ", " + strings(pk.columns()) + ")";
        } else if (e instanceof UniqueConstraint u) {
            return "unique(" + string(u.name()) + ", " + strings(u.columns()) + ")";
        } else if (e instanceof ForeignKey fk) {
            return foreignKey(fk);
        } else if (e instanceof CheckConstraint ck) {
            return "check(" + string(ck.name()) + ", " + string(ck.condition()) + ")";
        }
        throw new IllegalArgumentException("unknown element " + e);
    }

    static String foreignKey(ForeignKey fk) {
        if (fk.referredSchema() != null) {
            return "new ForeignKey(" + string(fk.name()) + ", " + stringList(fk.columns()) + ", "
                    + string(fk.referredSchema()) + ", " + string(fk.referredTable()) + ", "
                    + stringList(fk.referredColumns()) + ", " + string(fk.onDelete()) + ", " + string(fk.onUpdate())
                    + ")";
        }
        StringBuilder s = new StringBuilder("foreignKey(").append(string(fk.name())).append(", ")
                .append(stringList(fk.columns())).append(", ").append(string(fk.referredTable())).append(", ")
                .append(stringList(fk.referredColumns())).append(')');
        if (fk.onDelete() != null) {
            s.append(".onDelete(").append(string(fk.onDelete())).append(')');
        }
        if (fk.onUpdate() != null) {
            s.append(".onUpdate(").append(string(fk.onUpdate())).append(')');
        }
        return s.toString();
    }

    static String index(Index i) {
        StringBuilder s = new StringBuilder("index(").append(string(i.name()));
        if (!i.columns().isEmpty()) {
            s.append(", ").append(strings(i.columns()));
        }
        s.append(')');
        if (i.isUnique()) {
            s.append(".unique()");
        }
        if (i.where() != null) {
            s.append(".where(").append(string(i.where())).append(')');
        }
        return s.toString();
    }

    /** {@code change()} and one builder call per value set, in an order that keeps each value as given. */
    static String change(ColumnChange c) {
        StringBuilder s = new StringBuilder("change()");
        if (c.newName() != null) {
            s.append(".rename(").append(string(c.newName())).append(')');
        }
        if (c.type() != null) {
            s.append(".type(").append(type(c.type())).append(')');
        }
        if (c.nullable() != null) {
            s.append(".nullable(").append(c.nullable()).append(')');
        }
        if (c.dropsDefault()) {
            s.append(".dropDefault()");
        } else if (c.serverDefault() != null) {
            s.append(".defaultValue(").append(string(c.serverDefault())).append(')');
        }
        if (c.comment() != null) {
            s.append(".comment(").append(string(c.comment())).append(')');
        }
        if (c.existingType() != null) {
            s.append(".existingType(").append(type(c.existingType())).append(')');
        }
        if (c.existingNullable() != null) {
            s.append(".existingNullable(").append(c.existingNullable()).append(')');
        }
        if (c.existingDefault() != null) {
            s.append(".existingDefault(").append(string(c.existingDefault())).append(')');
        }
        if (c.existingComment() != null) {
            s.append(".existingComment(").append(string(c.existingComment())).append(')');
        }
        return s.toString();
    }
}
