package dev.retort.runtime;

import dev.retort.migration.Operation;
import dev.retort.migration.Operation.AddColumn;
import dev.retort.migration.Operation.AddConstraint;
import dev.retort.migration.Operation.AddEnumValue;
import dev.retort.migration.Operation.AlterColumn;
import dev.retort.migration.Operation.BatchAlterTable;
import dev.retort.migration.Operation.BulkInsert;
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
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.TableElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts operations that name no schema into the configured one ({@code schema} in retort.toml,
 * {@code -x schema=...}), so revisions stay schema-free and one set of files serves any schema.
 * Foreign keys of such operations that name no referred schema refer to the configured one too:
 * the tables they point at were put there by the same rule.
 */
public final class DefaultSchema {
    private DefaultSchema() {
    }

    /** The operation in {@code schema} if it named none; unchanged when {@code schema} is null. */
    public static Operation apply(Operation op, String schema) {
        if (schema == null) {
            return op;
        }
        if (op instanceof CreateTable o) {
            return o.schema() != null ? o : new CreateTable(schema, o.table(), inSchema(o.elements(), schema));
        } else if (op instanceof DropTable o) {
            return o.schema() != null ? o : new DropTable(schema, o.table(),
                    o.definition() == null ? null : (CreateTable) apply(o.definition(), schema));
        } else if (op instanceof RenameTable o) {
            return o.schema() != null ? o : new RenameTable(schema, o.from(), o.to());
        } else if (op instanceof AddColumn o) {
            return o.schema() != null ? o : new AddColumn(schema, o.table(), inSchema(o.column(), schema));
        } else if (op instanceof DropColumn o) {
            return o.schema() != null ? o : new DropColumn(schema, o.table(), o.column(), o.existing());
        } else if (op instanceof AlterColumn o) {
            return o.schema() != null ? o : new AlterColumn(schema, o.table(), o.column(), o.change());
        } else if (op instanceof CreateIndex o) {
            return o.schema() != null ? o : new CreateIndex(schema, o.table(), o.index());
        } else if (op instanceof DropIndex o) {
            return o.schema() != null ? o : new DropIndex(schema, o.table(), o.name(), o.existing());
        } else if (op instanceof AddConstraint o) {
            return o.schema() != null ? o : new AddConstraint(schema, o.table(), inSchema(o.constraint(), schema));
        } else if (op instanceof DropConstraint o) {
            return o.schema() != null ? o : new DropConstraint(schema, o.table(), o.name(), o.kind(), o.existing());
        } else if (op instanceof CreateSequence o) {
            return o.schema() != null ? o : new CreateSequence(schema, o.name(), o.start(), o.increment());
        } else if (op instanceof DropSequence o) {
            return o.schema() != null ? o : new DropSequence(schema, o.name(), o.definition());
        } else if (op instanceof SetTableComment o) {
            return o.schema() != null ? o : new SetTableComment(schema, o.table(), o.comment(), o.existingComment(),
                    o.existingKnown());
        } else if (op instanceof BulkInsert o) {
            return o.schema() != null ? o : new BulkInsert(schema, o.table(), o.columns(), o.rows());
        } else if (op instanceof BatchAlterTable o) {
            List<Operation> inner = new ArrayList<>();
            for (Operation i : o.operations()) {
                inner.add(apply(i, schema));
            }
            return new BatchAlterTable(o.schema() != null ? o.schema() : schema, o.table(), inner);
        } else if (op instanceof CreateEnum o) {
            return o.schema() != null ? o : new CreateEnum(schema, o.name(), o.values());
        } else if (op instanceof DropEnum o) {
            return o.schema() != null ? o : new DropEnum(schema, o.name(), o.values());
        } else if (op instanceof AddEnumValue o) {
            return o.schema() != null ? o : new AddEnumValue(schema, o.name(), o.value());
        }
        return op;
    }

    private static List<TableElement> inSchema(List<TableElement> elements, String schema) {
        List<TableElement> out = new ArrayList<>();
        for (TableElement e : elements) {
            out.add(inSchema(e, schema));
        }
        return out;
    }

    private static <T extends TableElement> T inSchema(T element, String schema) {
        TableElement out = element;
        if (element instanceof ForeignKey fk && fk.referredSchema() == null) {
            out = new ForeignKey(fk.name(), fk.columns(), schema, fk.referredTable(), fk.referredColumns(),
                    fk.onDelete(), fk.onUpdate());
        } else if (element instanceof Column c && c.references() != null) {
            out = new Column(c.name(), c.type(), c.isNullable(), c.serverDefault(), c.isPrimaryKey(), c.isIdentity(),
                    c.isUnique(), c.comment(), inSchema(c.references(), schema));
        }
        @SuppressWarnings("unchecked")
        T same = (T) out;
        return same;
    }
}
