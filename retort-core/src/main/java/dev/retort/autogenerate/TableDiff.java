package dev.retort.autogenerate;

import dev.retort.migration.ColumnChange;
import dev.retort.migration.ConstraintKind;
import dev.retort.migration.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Compares one table the database and the model both have (after renames): columns, primary
 * key, unique constraints, foreign keys, checks, indexes and the comment, adding the steps to a
 * {@link Plan}. Every alter carries the existing values and every drop the existing definition,
 * so that each step can be reversed.
 */
final class TableDiff {
    private final Table db;
    private final Table model;
    private final Set<String> namedEnums;
    private final Plan plan;

    private TableDiff(Table db, Table model, Set<String> namedEnums, Plan plan) {
        this.db = db;
        this.model = model;
        this.namedEnums = namedEnums;
        this.plan = plan;
    }

    /** Adds the steps that turn {@code db} into {@code model}; {@code namedEnums} are compared by name only. */
    static void compare(Table db, Table model, Set<String> namedEnums, Plan plan) {
        TableDiff d = new TableDiff(db, model, namedEnums, plan);
        d.columns();
        d.primaryKey();
        d.constraints(db.uniques(), model.uniques(), (x, y) -> x.columns().equals(y.columns()),
                ConstraintKind.UNIQUE, plan.addConstraints);
        d.constraints(db.checks(), model.checks(), TableDiff::sameCheck, ConstraintKind.CHECK, plan.addConstraints);
        d.constraints(db.foreignKeys(), model.foreignKeys(), (x, y) -> foreignKeyKey(x).equals(foreignKeyKey(y)),
                ConstraintKind.FOREIGN_KEY, plan.addForeignKeys);
        d.indexes();
        d.comment();
    }

    private String schema() {
        return model.schema();
    }

    private String table() {
        return model.name();
    }

    private void columns() {
        List<Step> added = new ArrayList<>();
        List<Step> dropped = new ArrayList<>();
        for (Column m : model.columns()) {
            Column d = db.column(m.name());
            if (d == null) {
                added.add(Step.of(new Operation.AddColumn(schema(), table(), m), Reviews.addColumn(table(), m)
                        .toArray(String[]::new)));
            } else {
                alter(d, m);
            }
        }
        for (Column d : db.columns()) {
            if (model.column(d.name()) == null) {
                dropped.add(Step.of(new Operation.DropColumn(schema(), table(), d.name(), d),
                        "drops column " + table() + "." + d.name() + " and its data"));
            }
        }
        List<String> lookalikes = Reviews.columnRenames(table(), dropped, added);
        plan.columns.addAll(withReviews(added, lookalikes));
        plan.columns.addAll(dropped);
    }

    /** The first step gets the rename look-alike notes. */
    private static List<Step> withReviews(List<Step> steps, List<String> reviews) {
        if (reviews.isEmpty() || steps.isEmpty()) {
            return steps;
        }
        List<Step> out = new ArrayList<>(steps);
        List<String> all = new ArrayList<>(reviews);
        all.addAll(steps.get(0).reviews());
        out.set(0, new Step(steps.get(0).operation(), all));
        return out;
    }

    private void alter(Column d, Column m) {
        ColumnChange change = ColumnChange.NONE;
        boolean typeChanged = !Columns.sameType(d.type(), m.type(), namedEnums);
        if (typeChanged) {
            change = change.type(m.type());
        }
        if (d.isNullable() != m.isNullable()) {
            change = change.nullable(m.isNullable());
        }
        if (!Defaults.same(d.serverDefault(), m.serverDefault())) {
            change = m.serverDefault() == null ? change.dropDefault() : change.defaultValue(m.serverDefault());
        }
        boolean commentChanged = !Objects.equals(Columns.comment(d.comment()), Columns.comment(m.comment()));
        if (commentChanged) {
            change = change.comment(m.comment() == null ? "" : m.comment());
        }
        if (change.equals(ColumnChange.NONE)) {
            return;
        }
        change = change.existingType(d.type()).existingNullable(d.isNullable()).existingDefault(d.serverDefault());
        if (commentChanged || d.comment() != null) {
            change = change.existingComment(d.comment() == null ? "" : d.comment());
        }
        plan.columns.add(new Step(new Operation.AlterColumn(schema(), table(), m.name(), change),
                Reviews.alterColumn(table(), d, m, typeChanged)));
    }

    private void primaryKey() {
        PrimaryKey d = db.primaryKey();
        PrimaryKey m = model.primaryKey();
        if (Objects.equals(d == null ? null : d.columns(), m == null ? null : m.columns())) {
            return;
        }
        if (d != null) {
            drop(d, d.name(), ConstraintKind.PRIMARY_KEY, plan.dropConstraints);
        }
        if (m != null) {
            plan.addConstraints.add(Step.of(new Operation.AddConstraint(schema(), table(), m)));
        }
    }

    /** Matches constraints with {@code same}; what only the model has is added, what only the database has dropped. */
    private <T extends TableElement> void constraints(List<T> dbSide, List<T> modelSide, BiPredicate<T, T> same,
                                                      ConstraintKind kind, List<Step> addTo) {
        List<T> unmatched = new ArrayList<>(dbSide);
        for (T m : modelSide) {
            T match = null;
            for (T d : unmatched) {
                if (same.test(d, m)) {
                    match = d;
                    break;
                }
            }
            if (match != null) {
                unmatched.remove(match);
            } else {
                addTo.add(Step.of(new Operation.AddConstraint(schema(), table(), m),
                        Columns.constraintName(m) == null ? new String[] {"the new " + describe(kind) + " has no name, "
                                + "so the downgrade cannot drop it: give it one"} : new String[0]));
            }
        }
        for (T d : unmatched) {
            drop(d, Columns.constraintName(d), kind, kind == ConstraintKind.FOREIGN_KEY ? plan.dropForeignKeys
                    : plan.dropConstraints);
        }
    }

    private void drop(TableElement existing, String name, ConstraintKind kind, List<Step> addTo) {
        if (name == null) {
            plan.notes.add("the unnamed " + describe(kind) + " " + existing + " of " + table()
                    + " is not in the model; drop it by hand (on SQLite in a batchAlterTable)");
            return;
        }
        addTo.add(Step.of(new Operation.DropConstraint(schema(), table(), name, kind, existing)));
    }

    private void indexes() {
        List<Index> unmatched = new ArrayList<>(db.indexes());
        for (Index m : model.indexes()) {
            Index match = null;
            for (Index d : unmatched) {
                if (d.name().equals(m.name()) || Columns.sameIndex(d, m)) {
                    match = d;
                    break;
                }
            }
            if (match != null) {
                unmatched.remove(match);
            }
            if (match == null || !Columns.sameIndex(match, m)) {
                plan.addConstraints.add(Step.of(new Operation.CreateIndex(schema(), table(), m)));
            }
            if (match != null && !Columns.sameIndex(match, m)) {
                plan.dropConstraints.add(Step.of(new Operation.DropIndex(schema(), table(), match.name(), match)));
            }
        }
        for (Index d : unmatched) {
            plan.dropConstraints.add(Step.of(new Operation.DropIndex(schema(), table(), d.name(), d)));
        }
    }

    private void comment() {
        if (!Objects.equals(Columns.comment(db.comment()), Columns.comment(model.comment()))) {
            plan.addConstraints.add(Step.of(new Operation.SetTableComment(schema(), table(),
                    Columns.comment(model.comment()), Columns.comment(db.comment()), true)));
        }
    }

    /** Checks are the same when both are named alike, or their conditions read alike. */
    private static boolean sameCheck(CheckConstraint x, CheckConstraint y) {
        if (x.name() != null && y.name() != null && x.name().equalsIgnoreCase(y.name())) {
            return true;
        }
        return Columns.condition(x.condition()).equals(Columns.condition(y.condition()));
    }

    private static Object foreignKeyKey(ForeignKey fk) {
        return List.of(fk.columns(), String.valueOf(fk.referredSchema()), fk.referredTable(), fk.referredColumns(),
                Columns.action(fk.onDelete()), Columns.action(fk.onUpdate()));
    }

    static String describe(ConstraintKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
