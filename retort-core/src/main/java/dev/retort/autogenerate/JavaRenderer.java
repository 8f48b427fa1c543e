package dev.retort.autogenerate;

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
import dev.retort.migration.Operation.Execute;
import dev.retort.migration.Operation.RenameTable;
import dev.retort.migration.Operation.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

import static dev.retort.autogenerate.JavaSyntax.string;
import static dev.retort.autogenerate.JavaSyntax.strings;

/**
 * Writes a comparison as the body of a Java revision: one {@code op} call per operation, built
 * with the {@code Types} builders, so that running it records exactly those operations (less the
 * {@code existing} definitions that {@code Op}'s drop calls do not take).
 */
public final class JavaRenderer {
    /**
     * The template puts a body where its line is indented and indents every further line of a
     * multi-line value the same way, so lines here carry only their indentation relative to the
     * body: continuation lines of a call get this much more.
     */
    private static final String CONTINUATION = "        ";

    private JavaRenderer() {
    }

    public static RenderedBody render(Changes changes) {
        List<String> up = new ArrayList<>();
        for (String note : changes.notes()) {
            up.add("// review: " + note);
        }
        for (int i = 0; i < changes.steps().size(); i++) {
            if (changes.redundantInUpgrade(i)) {
                continue;
            }
            Step step = changes.steps().get(i);
            for (String review : step.reviews()) {
                up.add("// review: " + review);
            }
            up.add(statement(step.operation()));
        }
        List<String> down = new ArrayList<>();
        for (int i = changes.steps().size() - 1; i >= 0; i--) {
            if (changes.redundantInDowngrade(i)) {
                continue;
            }
            Operation op = changes.steps().get(i).operation();
            down.add(op.reverse().map(JavaRenderer::statement)
                    .orElse("// review: not undone: " + String.join("; ", DiffLines.describe(op))));
        }
        if (changes.isEmpty()) {
            up.add("// No changes: the database matches the model.");
        }
        if (down.isEmpty()) {
            down.add("// No changes: the database matches the model.");
        }
        String upgrades = String.join("\n", up);
        String downgrades = String.join("\n", down);
        List<String> imports = new ArrayList<>();
        String all = upgrades + downgrades;
        if (all.contains("new ColumnType(") || all.contains("new ForeignKey(") || all.contains("new Column(")) {
            imports.add("import dev.retort.schema.*;");
        }
        if (all.contains("List.of(")) {
            imports.add("import java.util.List;");
        }
        return new RenderedBody(String.join("\n", imports), upgrades, downgrades);
    }

    /** One {@code op} call. */
    static String statement(Operation operation) {
        String op = "op";
        String schema = schemaOf(operation);
        if (schema != null) {
            op = "op.schema(" + string(schema) + ")";
        }
        return op + "." + call(operation) + ";";
    }

    private static String call(Operation operation) {
        if (operation instanceof CreateTable o) {
            List<String> args = new ArrayList<>();
            args.add(string(o.table()));
            for (TableElement e : o.elements()) {
                args.add(JavaSyntax.element(e));
            }
            return "createTable(" + String.join(",\n" + CONTINUATION, args) + ")";
        } else if (operation instanceof DropTable o) {
            return "dropTable(" + string(o.table()) + ")";
        } else if (operation instanceof RenameTable o) {
            return "renameTable(" + string(o.from()) + ", " + string(o.to()) + ")";
        } else if (operation instanceof AddColumn o) {
            return "addColumn(" + string(o.table()) + ", " + JavaSyntax.column(o.column()) + ")";
        } else if (operation instanceof DropColumn o) {
            return "dropColumn(" + string(o.table()) + ", " + string(o.column()) + ")";
        } else if (operation instanceof AlterColumn o) {
            return "alterColumn(" + string(o.table()) + ", " + string(o.column()) + ", "
                    + JavaSyntax.change(o.change()) + ")";
        } else if (operation instanceof CreateIndex o) {
            return "createIndex(" + string(o.table()) + ", " + JavaSyntax.index(o.index()) + ")";
        } else if (operation instanceof DropIndex o) {
            return "dropIndex(" + string(o.name()) + ", " + string(o.table()) + ")";
        } else if (operation instanceof AddConstraint o) {
            return addConstraint(o.table(), o.constraint());
        } else if (operation instanceof DropConstraint o) {
            return "dropConstraint(" + string(o.name()) + ", " + string(o.table()) + ", ConstraintKind."
                    + o.kind().name() + ")";
        } else if (operation instanceof CreateSequence o) {
            return o.start() == null && o.increment() == null ? "createSequence(" + string(o.name()) + ")"
                    : "createSequence(" + string(o.name()) + ", " + longLiteral(o.start()) + ", "
                    + longLiteral(o.increment()) + ")";
        } else if (operation instanceof DropSequence o) {
            return "dropSequence(" + string(o.name()) + ")";
        } else if (operation instanceof SetTableComment o) {
            return o.comment() == null ? "dropTableComment(" + string(o.table()) + ")"
                    : "createTableComment(" + string(o.table()) + ", " + string(o.comment()) + ")";
        } else if (operation instanceof CreateEnum o) {
            return "createEnum(" + string(o.name()) + (o.values().isEmpty() ? "" : ", " + strings(o.values())) + ")";
        } else if (operation instanceof DropEnum o) {
            return "dropEnum(" + string(o.name()) + ")";
        } else if (operation instanceof AddEnumValue o) {
            return "addEnumValue(" + string(o.name()) + ", " + string(o.value()) + ")";
        } else if (operation instanceof Execute o) {
            return "execute(" + string(o.sql()) + ")";
        }
        throw new IllegalArgumentException("autogenerate does not write " + operation);
    }

    private static String addConstraint(String table, TableElement c) {
        if (c instanceof PrimaryKey pk) {
            return "createPrimaryKey(" + string(pk.name()) + ", " + string(table) + ", " + strings(pk.columns()) + ")";
        } else if (c instanceof UniqueConstraint u) {
            return "createUniqueConstraint(" + string(u.name()) + ", " + string(table) + ", " + strings(u.columns())
                    + ")";
        } else if (c instanceof ForeignKey fk) {
            return "createForeignKey(" + string(table) + ", " + JavaSyntax.foreignKey(fk) + ")";
        } else if (c instanceof CheckConstraint ck) {
            return "createCheckConstraint(" + string(ck.name()) + ", " + string(table) + ", "
                    + string(ck.condition()) + ")";
        }
        throw new IllegalArgumentException("not a constraint: " + c);
    }

    private static String longLiteral(Long value) {
        return value == null ? "null" : value + "L";
    }

    private static String schemaOf(Operation o) {
        if (o instanceof CreateTable x) {
            return x.schema();
        } else if (o instanceof DropTable x) {
            return x.schema();
        } else if (o instanceof RenameTable x) {
            return x.schema();
        } else if (o instanceof AddColumn x) {
            return x.schema();
        } else if (o instanceof DropColumn x) {
            return x.schema();
        } else if (o instanceof AlterColumn x) {
            return x.schema();
        } else if (o instanceof CreateIndex x) {
            return x.schema();
        } else if (o instanceof DropIndex x) {
            return x.schema();
        } else if (o instanceof AddConstraint x) {
            return x.schema();
        } else if (o instanceof DropConstraint x) {
            return x.schema();
        } else if (o instanceof CreateSequence x) {
            return x.schema();
        } else if (o instanceof DropSequence x) {
            return x.schema();
        } else if (o instanceof SetTableComment x) {
            return x.schema();
        } else if (o instanceof CreateEnum x) {
            return x.schema();
        } else if (o instanceof DropEnum x) {
            return x.schema();
        } else if (o instanceof AddEnumValue x) {
            return x.schema();
        }
        return null;
    }
}
