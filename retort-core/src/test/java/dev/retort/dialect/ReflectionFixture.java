package dev.retort.dialect;

import static dev.retort.migration.Types.*;

import dev.retort.config.DatabaseKind;
import dev.retort.migration.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A representative schema for reflection tests, as a model in the canonical form reflection
 * gives (table-level constraints, sorted by name), the operations that create it through retort's
 * own renderers, and what a database of each kind is expected to read back.
 */
final class ReflectionFixture {
    private ReflectionFixture() {
    }

    /** Every portable type, identity, defaults, comments, keys, checks; partial index, enum type and sequences where the database has them. */
    static SchemaModel model(DatabaseKind kind) {
        boolean partial = kind == DatabaseKind.POSTGRESQL || kind == DatabaseKind.SQLITE;
        boolean sequences = kind != DatabaseKind.SQLITE;
        Table account = new Table(null, "account", List.of(
                column("id", integer()).primaryKey().identity(),
                column("email", varchar(255)).comment("login e-mail"),
                column("name", text()).nullable(),
                column("balance", numeric(12, 2)).defaultValue("0"),
                column("active", bool()).defaultValue("false"),
                column("status", enumeration("account_status", "active", "closed")).defaultValue("'active'"),
                column("created_at", timestamp()).defaultValue("CURRENT_TIMESTAMP"),
                column("login_at", timestamptz()).nullable(),
                column("score", real()).nullable(),
                column("ratio", doublePrecision()).nullable(),
                column("birthday", date()).nullable(),
                column("wake", time()).nullable(),
                column("avatar", binary()).nullable(),
                column("token", binary(16)).nullable(),
                column("external_id", uuid()).nullable(),
                column("settings", json()).nullable(),
                column("small", smallint()).defaultValue("0"),
                column("visits", bigint()).defaultValue("0"),
                column("nickname", varchar(40)).nullable().defaultValue("'new'"),
                column("qty", integer()).defaultValue("0")),
                new PrimaryKey("pk_account", List.of("id")),
                List.of(new UniqueConstraint("uq_account_email_visits", List.of("email", "visits"))),
                List.of(), List.of(new Index("ix_account_name_small", List.of("nickname", "small"), false, null)),
                List.of(new CheckConstraint("ck_account_qty", "qty >= 0")), "customer accounts");
        List<Index> orderIndexes = new ArrayList<>(List.of(
                new Index("ix_orders_account", List.of("account_id"), false, null),
                new Index("ux_orders_placed", List.of("placed_on", "total"), true, null)));
        if (partial) {
            orderIndexes.add(new Index("ix_orders_open", List.of("qty"), false, "qty > 0"));
        }
        Table orders = new Table(null, "orders", List.of(
                column("id", integer()).primaryKey().identity(),
                column("account_id", integer()),
                column("referrer_id", integer()).nullable(),
                column("total", numeric(10, 2)).nullable(),
                column("placed_on", date()).nullable(),
                column("qty", integer()).defaultValue("1")),
                new PrimaryKey("pk_orders", List.of("id")), List.of(),
                List.of(foreignKey("fk_orders_account", List.of("account_id"), "account", List.of("id")).onDelete("CASCADE"),
                        foreignKey("fk_orders_referrer", List.of("referrer_id"), "account", List.of("id"))
                                .onDelete("SET NULL")),
                orderIndexes, List.of(), null);
        Table lineItem = new Table(null, "line_item", List.of(
                column("order_id", integer()).primaryKey(),
                column("line_no", smallint()).primaryKey(),
                column("note", varchar(100)).nullable()),
                new PrimaryKey("pk_line_item", List.of("order_id", "line_no")), List.of(),
                List.of(foreignKey("fk_line_item_order", List.of("order_id"), "orders", List.of("id"))
                        .onDelete("CASCADE").onUpdate("CASCADE")),
                List.of(), List.of(new CheckConstraint("ck_line_item_no", "line_no > 0")), null);
        List<EnumType> enums = kind == DatabaseKind.POSTGRESQL
                ? List.of(new EnumType(null, "account_status", List.of("active", "closed"))) : List.of();
        List<Sequence> seqs = sequences
                ? List.of(new Sequence(null, "audit_seq", null, null), new Sequence(null, "invoice_seq", 100L, 5L))
                : List.of();
        return new SchemaModel(List.of(account, lineItem, orders), enums, seqs);
    }

    /** The operations that create {@code model}: enum types, tables in order, indexes, comments, sequences. */
    static List<Operation> create(SchemaModel model) {
        List<Operation> ops = new ArrayList<>();
        for (EnumType e : model.enums()) {
            ops.add(new Operation.CreateEnum(null, e.name(), e.values()));
        }
        for (String name : List.of("account", "orders", "line_item")) {
            Table t = model.table(null, name);
            ops.add(new Operation.CreateTable(null, t.name(), t.elements()));
            for (Index i : t.indexes()) {
                ops.add(new Operation.CreateIndex(null, t.name(), i));
            }
            if (t.comment() != null) {
                ops.add(new Operation.SetTableComment(null, t.name(), t.comment(), null, true));
            }
        }
        for (Sequence s : model.sequences()) {
            ops.add(new Operation.CreateSequence(null, s.name(), s.start(), s.increment()));
        }
        return ops;
    }

    /**
     * What a database of {@code kind} reads back for {@code model}: types through the reflector's
     * {@link SchemaReflector#readBack}; no comments on SQLite, nor a name for its AUTOINCREMENT key;
     * MariaDB's primary key is always PRIMARY (read as no name) and a unique index is a unique constraint.
     */
    static SchemaModel expected(DatabaseKind kind, SchemaModel model) {
        SchemaReflector reflector = Dialects.of(kind).reflector();
        List<Table> tables = new ArrayList<>();
        for (Table t : model.tables()) {
            boolean sqlite = kind == DatabaseKind.SQLITE;
            boolean mysql = kind == DatabaseKind.MARIADB || kind == DatabaseKind.MYSQL;
            List<Column> columns = new ArrayList<>();
            for (Column c : t.columns()) {
                Column e = c.withType(reflector.readBack(c.type()));
                columns.add(sqlite ? e.comment(null) : e);
            }
            boolean autoincrementKey = t.columns().stream().anyMatch(Column::isIdentity);
            PrimaryKey pk = (sqlite && autoincrementKey) || mysql ? new PrimaryKey(null, t.primaryKey().columns())
                    : t.primaryKey();
            List<UniqueConstraint> uniques = new ArrayList<>(t.uniques());
            List<Index> indexes = new ArrayList<>();
            for (Index i : t.indexes()) {
                if (mysql && i.isUnique()) {
                    uniques.add(new UniqueConstraint(i.name(), i.columns()));
                } else {
                    indexes.add(i);
                }
            }
            tables.add(new Table(t.schema(), t.name(), columns, pk, sorted(uniques, UniqueConstraint::name),
                    sorted(t.foreignKeys(), ForeignKey::name), sorted(indexes, Index::name),
                    sorted(t.checks(), CheckConstraint::name), sqlite ? null : t.comment()));
        }
        return new SchemaModel(tables, model.enums(), model.sequences());
    }

    private static <T> List<T> sorted(List<T> elements, Function<T, String> name) {
        return elements.stream().sorted(Comparator.comparing(name)).toList();
    }
}
