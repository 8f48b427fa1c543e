package dev.retort.autogenerate;

import dev.retort.migration.ConstraintKind;
import dev.retort.migration.Operation;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares what a database has with what the model says it should have, giving the upgrade
 * steps in dependency order (Alembic's {@code compare_metadata} and its ordering of operations).
 * Enum types and sequences come before the tables that use them and go after; new tables are
 * created parents first, dropped tables dropped children first, foreign keys in a cycle added
 * after (or dropped before) the tables they join.
 */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    /** The steps that bring {@code database} to {@code model}. */
    public static Changes compare(SchemaModel database, SchemaModel model, CompareOptions options) {
        List<Table> dbTables = compared(database.tables(), options);
        List<Table> modelTables = compared(model.tables(), options);
        Plan plan = new Plan();
        RenamedDatabase renamed = RenamedDatabase.apply(dbTables, modelTables, options.renames());
        plan.renames.addAll(renamed.steps());
        plan.notes.addAll(renamed.notes());

        Set<String> namedEnums = new HashSet<>();
        database.enums().forEach(e -> namedEnums.add(e.name()));
        model.enums().forEach(e -> namedEnums.add(e.name()));
        enums(comparedEnums(database.enums(), options), comparedEnums(model.enums(), options), plan);
        sequences(database.sequences(), model.sequences(), options, plan);

        Map<String, Table> dbByKey = byKey(renamed.tables());
        Map<String, Table> modelByKey = byKey(modelTables);
        List<Table> created = new ArrayList<>();
        for (Map.Entry<String, Table> e : modelByKey.entrySet()) {
            Table db = dbByKey.get(e.getKey());
            if (db == null) {
                created.add(e.getValue());
            } else {
                TableDiff.compare(db, e.getValue(), namedEnums, plan);
            }
        }
        List<Table> dropped = new ArrayList<>();
        for (Map.Entry<String, Table> e : dbByKey.entrySet()) {
            if (!modelByKey.containsKey(e.getKey())) {
                dropped.add(e.getValue());
            }
        }
        createTables(created, dropped, plan);
        dropTables(dropped, plan);
        return plan.changes();
    }

    private static List<Table> compared(List<Table> tables, CompareOptions options) {
        return tables.stream().filter(t -> options.compares(t.schema(), t.name())).toList();
    }

    private static List<EnumType> comparedEnums(List<EnumType> enums, CompareOptions options) {
        return enums.stream().filter(e -> e.schema() == null || options.includeSchemas()).toList();
    }

    private static Map<String, Table> byKey(List<Table> tables) {
        Map<String, Table> map = new LinkedHashMap<>();
        tables.stream().sorted(java.util.Comparator.comparing(t -> TableOrder.key(t.schema(), t.name())))
                .forEach(t -> map.put(TableOrder.key(t.schema(), t.name()), t));
        return map;
    }

    private static void enums(List<EnumType> db, List<EnumType> model, Plan plan) {
        for (EnumType m : model) {
            EnumType d = db.stream().filter(e -> sameName(e.schema(), e.name(), m.schema(), m.name())).findFirst()
                    .orElse(null);
            if (d == null) {
                plan.typesFirst.add(Step.of(new Operation.CreateEnum(m.schema(), m.name(), m.values())));
                continue;
            }
            for (String value : m.values()) {
                if (!d.values().contains(value)) {
                    plan.typesFirst.add(Step.of(new Operation.AddEnumValue(m.schema(), m.name(), value),
                            "the downgrade keeps " + value + " in " + m.name()
                                    + ": PostgreSQL cannot drop an enum value"));
                }
            }
            List<String> gone = d.values().stream().filter(v -> !m.values().contains(v)).toList();
            if (!gone.isEmpty()) {
                plan.notes.add("enum " + m.name() + " has values " + gone + " the model does not; an enum value "
                        + "cannot be dropped: recreate the type by hand");
            }
        }
        for (EnumType d : db) {
            if (model.stream().noneMatch(e -> sameName(e.schema(), e.name(), d.schema(), d.name()))) {
                plan.typesLast.add(Step.of(new Operation.DropEnum(d.schema(), d.name(), d.values())));
            }
        }
    }

    private static void sequences(List<Sequence> db, List<Sequence> model, CompareOptions options, Plan plan) {
        for (Sequence m : model) {
            if (m.schema() != null && !options.includeSchemas()) {
                continue;
            }
            Sequence d = db.stream().filter(s -> sameName(s.schema(), s.name(), m.schema(), m.name())).findFirst()
                    .orElse(null);
            if (d == null) {
                plan.typesFirst.add(Step.of(new Operation.CreateSequence(m.schema(), m.name(), m.start(),
                        m.increment())));
            } else if (!Objects.equals(d.start(), m.start()) || !Objects.equals(d.increment(), m.increment())) {
                plan.notes.add("sequence " + m.name() + " starts at " + d.start() + " by " + d.increment()
                        + " in the database, at " + m.start() + " by " + m.increment() + " in the model; "
                        + "change it by hand (ALTER SEQUENCE)");
            }
        }
        for (Sequence d : db) {
            if ((d.schema() == null || options.includeSchemas())
                    && model.stream().noneMatch(s -> sameName(s.schema(), s.name(), d.schema(), d.name()))) {
                plan.typesLast.add(Step.of(new Operation.DropSequence(d.schema(), d.name(),
                        new Operation.CreateSequence(d.schema(), d.name(), d.start(), d.increment()))));
            }
        }
    }

    private static boolean sameName(String schemaA, String nameA, String schemaB, String nameB) {
        return Objects.equals(schemaA, schemaB) && nameA.equals(nameB);
    }

    /** New tables parents first, each with its indexes and comment; cycle-closing foreign keys after all. */
    private static void createTables(List<Table> created, List<Table> dropped, Plan plan) {
        TableOrder order = TableOrder.of(created);
        for (Table t : order.ordered()) {
            List<ForeignKey> deferred = order.deferred(t);
            List<String> reviews = new ArrayList<>();
            for (Table d : dropped) {
                String note = Reviews.tableRename(d, t);
                if (note != null) {
                    reviews.add(note);
                }
            }
            plan.createTables.add(new Step(new Operation.CreateTable(t.schema(), t.name(), without(t, deferred)),
                    reviews));
            for (Index i : t.indexes()) {
                plan.createTables.add(Step.of(new Operation.CreateIndex(t.schema(), t.name(), i)));
            }
            if (Columns.comment(t.comment()) != null) {
                plan.createTables.add(Step.of(new Operation.SetTableComment(t.schema(), t.name(), t.comment(), null,
                        true)));
            }
            for (ForeignKey fk : deferred) {
                plan.addForeignKeys.add(Step.of(new Operation.AddConstraint(t.schema(), t.name(), fk),
                        fk.name() == null ? new String[] {"foreign key " + t.name() + fk.columns() + " closes a cycle "
                                + "and has no name, so the downgrade cannot drop it: give it one"} : new String[0]));
            }
        }
    }

    /**
     * Dropped tables children first, after the named foreign keys that close a cycle among them;
     * each with its definition, indexes and comment so that the downgrade recreates it.
     */
    private static void dropTables(List<Table> dropped, Plan plan) {
        TableOrder order = TableOrder.of(dropped);
        List<Table> ordered = new ArrayList<>(order.ordered());
        java.util.Collections.reverse(ordered);
        for (Table t : ordered) {
            List<ForeignKey> cut = order.deferred(t).stream().filter(fk -> fk.name() != null).toList();
            for (ForeignKey fk : cut) {
                plan.dropForeignKeys.add(Step.of(new Operation.DropConstraint(t.schema(), t.name(), fk.name(),
                        ConstraintKind.FOREIGN_KEY, fk)));
            }
            for (Index i : t.indexes()) {
                plan.dropTables.add(Step.of(new Operation.DropIndex(t.schema(), t.name(), i.name(), i)));
            }
            if (Columns.comment(t.comment()) != null) {
                plan.dropTables.add(Step.of(new Operation.SetTableComment(t.schema(), t.name(), null, t.comment(),
                        true)));
            }
            plan.dropTables.add(Step.of(new Operation.DropTable(t.schema(), t.name(),
                    new Operation.CreateTable(t.schema(), t.name(), without(t, cut))), "drops table " + t.name()
                    + " and its data"));
        }
    }

    private static List<TableElement> without(Table t, List<ForeignKey> foreignKeys) {
        List<TableElement> elements = new ArrayList<>(t.elements());
        elements.removeAll(foreignKeys);
        return elements;
    }
}
