package dev.retort.autogenerate;

import dev.retort.migration.ColumnChange;
import dev.retort.migration.Operation;
import dev.retort.migration.Operation.AddColumn;
import dev.retort.migration.Operation.AddConstraint;
import dev.retort.migration.Operation.AddEnumValue;
import dev.retort.migration.Operation.AlterColumn;
import dev.retort.migration.Operation.CreateEnum;
import dev.retort.migration.Operation.CreateIndex;
import dev.retort.migration.Operation.CreateSequence;
import dev.retort.migration.Operation.CreateTable;
import dev.retort.migration.Operation.DropColumn;
import dev.retort.migration.Operation.DropConstraint;
import dev.retort.migration.Operation.DropEnum;
import dev.retort.migration.Operation.DropIndex;
import dev.retort.migration.Operation.DropSequence;
import dev.retort.migration.Operation.DropTable;
import dev.retort.migration.Operation.RenameTable;
import dev.retort.migration.Operation.SetTableComment;
import dev.retort.migration.ConstraintKind;
import dev.retort.schema.ForeignKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The differences as {@code check} prints them, one per line, named as in Alembic's diff list
 * ({@code add_table}, {@code remove_column}, {@code modify_type}, ...), readable rather than reprs.
 */
public final class DiffLines {
    private DiffLines() {
    }

    /** Every difference of a comparison: its steps', then the notes. */
    public static List<String> of(Changes changes) {
        List<String> lines = new ArrayList<>();
        for (Step step : changes.steps()) {
            lines.addAll(describe(step.operation()));
        }
        for (String note : changes.notes()) {
            lines.add("note " + note);
        }
        return lines;
    }

    /** One line per difference an operation makes (an alter may change several attributes). */
    public static List<String> describe(Operation operation) {
        if (operation instanceof CreateTable o) {
            return List.of("add_table " + name(o.schema(), o.table()));
        } else if (operation instanceof DropTable o) {
            return List.of("remove_table " + name(o.schema(), o.table()));
        } else if (operation instanceof RenameTable o) {
            return List.of("rename_table " + name(o.schema(), o.from()) + " -> " + o.to());
        } else if (operation instanceof AddColumn o) {
            return List.of("add_column " + name(o.schema(), o.table()) + "." + o.column().name() + " "
                    + o.column().type());
        } else if (operation instanceof DropColumn o) {
            return List.of("remove_column " + name(o.schema(), o.table()) + "." + o.column());
        } else if (operation instanceof AlterColumn o) {
            return alter(name(o.schema(), o.table()) + "." + o.column(), o.change());
        } else if (operation instanceof CreateIndex o) {
            return List.of("add_index " + o.index().name() + " on " + name(o.schema(), o.table()) + o.index().columns());
        } else if (operation instanceof DropIndex o) {
            return List.of("remove_index " + o.name() + " on " + name(o.schema(), o.table()));
        } else if (operation instanceof AddConstraint o) {
            String kind = o.constraint() instanceof ForeignKey ? "add_fk " : "add_constraint ";
            return List.of(kind + name(o.schema(), o.table()) + " " + o.constraint());
        } else if (operation instanceof DropConstraint o) {
            String kind = o.kind() == ConstraintKind.FOREIGN_KEY ? "remove_fk " : "remove_constraint ";
            return List.of(kind + name(o.schema(), o.table()) + " " + o.name());
        } else if (operation instanceof SetTableComment o) {
            return List.of((o.comment() == null ? "remove_table_comment " : "add_table_comment ")
                    + name(o.schema(), o.table()) + (o.comment() == null ? "" : " " + o.comment()));
        } else if (operation instanceof CreateEnum o) {
            return List.of("add_enum " + name(o.schema(), o.name()) + " " + o.values());
        } else if (operation instanceof DropEnum o) {
            return List.of("remove_enum " + name(o.schema(), o.name()));
        } else if (operation instanceof AddEnumValue o) {
            return List.of("add_enum_value " + name(o.schema(), o.name()) + " " + o.value());
        } else if (operation instanceof CreateSequence o) {
            return List.of("add_sequence " + name(o.schema(), o.name()));
        } else if (operation instanceof DropSequence o) {
            return List.of("remove_sequence " + name(o.schema(), o.name()));
        }
        return List.of(operation.toString());
    }

    private static List<String> alter(String column, ColumnChange c) {
        List<String> lines = new ArrayList<>();
        if (c.newName() != null) {
            lines.add("rename_column " + column + " -> " + c.newName());
        }
        if (c.type() != null) {
            lines.add("modify_type " + column + ": " + c.existingType() + " -> " + c.type());
        }
        if (c.nullable() != null) {
            lines.add("modify_nullable " + column + ": " + c.existingNullable() + " -> " + c.nullable());
        }
        if (c.serverDefault() != null || c.dropsDefault()) {
            lines.add("modify_default " + column + ": " + c.existingDefault() + " -> " + c.serverDefault());
        }
        if (c.comment() != null) {
            lines.add("modify_comment " + column + ": " + c.existingComment() + " -> " + c.comment());
        }
        return lines;
    }

    private static String name(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }
}
