package dev.retort.jpa;

import dev.retort.migration.Operation;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The operations that create a model from nothing, in an order a database accepts: enum types and
 * sequences, then each table after the tables it refers to, then the indexes. A test stand-in for
 * what autogenerate will write.
 */
final class SchemaOperations {
    private SchemaOperations() {
    }

    static List<Operation> creating(SchemaModel model) {
        List<Operation> ops = new ArrayList<>();
        model.enums().forEach(e -> ops.add(new Operation.CreateEnum(e.schema(), e.name(), e.values())));
        model.sequences().forEach(s -> ops.add(new Operation.CreateSequence(s.schema(), s.name(), s.start(),
                s.increment())));
        Set<Table> created = new LinkedHashSet<>();
        for (Table t : model.tables()) {
            create(t, model, created);
        }
        created.forEach(t -> ops.add(new Operation.CreateTable(t.schema(), t.name(), t.elements())));
        for (Table t : model.tables()) {
            for (Index index : t.indexes()) {
                ops.add(new Operation.CreateIndex(t.schema(), t.name(), index));
            }
        }
        return ops;
    }

    private static void create(Table table, SchemaModel model, Set<Table> created) {
        if (created.contains(table)) {
            return;
        }
        for (ForeignKey fk : table.foreignKeys()) {
            Table referred = model.table(fk.referredSchema(), fk.referredTable());
            if (referred != table) {
                create(referred, model, created);
            }
        }
        created.add(table);
    }
}
