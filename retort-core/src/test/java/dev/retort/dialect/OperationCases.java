package dev.retort.dialect;

import static dev.retort.migration.Types.*;

import dev.retort.migration.ConstraintKind;
import dev.retort.migration.Op;
import dev.retort.migration.Operation;
import dev.retort.migration.RecordingOp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The fixed operation cases the golden files cover, together every Operation kind. Most run
 * against the tables of {@code create_table} and {@code create_table_constraints}.
 */
final class OperationCases {
    /** The cases by name, in a fixed order. */
    static final Map<String, List<Operation>> CASES = new LinkedHashMap<>();

    static {
        add("create_table", op -> op.createTable("account",
                column("id", bigint()).identity().primaryKey(),
                column("email", varchar(255)).unique(),
                column("name", varchar(100)).nullable().comment("Display name, as the user typed it"),
                column("balance", numeric(12, 2)).defaultValue("0"),
                column("created_at", timestamptz()).nullable(),
                check("ck_account_balance", "balance >= 0")));
        add("create_table_all_types", op -> op.createTable("sample",
                column("id", integer()).primaryKey(),
                column("big", bigint()).nullable(),
                column("small", smallint()).nullable(),
                column("flag", bool()).nullable(),
                column("code", varchar(20)).nullable(),
                column("body", text()).nullable(),
                column("amount", numeric(10, 2)).nullable(),
                column("ratio", real()).nullable(),
                column("measure", doublePrecision()).nullable(),
                column("day", date()).nullable(),
                column("at_time", time()).nullable(),
                column("stamp", timestamp()).nullable(),
                column("stamp_tz", timestamptz()).nullable(),
                column("payload", binary()).nullable(),
                column("digest", binary(16)).nullable(),
                column("token", uuid()).nullable(),
                column("doc", json()).nullable(),
                column("mood", enumeration("mood", "happy", "sad", "so-so")).nullable()));
        add("create_table_constraints", op -> op.createTable("order_line",
                column("order_id", integer()),
                column("line_no", integer()),
                column("account_id", bigint()).nullable(),
                column("quantity", integer()).defaultValue("1"),
                primaryKey("pk_order_line", "order_id", "line_no"),
                unique("uq_order_line_account", "account_id", "line_no"),
                foreignKey("fk_order_line_account", List.of("account_id"), "account", List.of("id"))
                        .onDelete("CASCADE"),
                check("ck_order_line_quantity", "quantity > 0")));
        add("create_table_quoted_names", op -> op.createTable("user",
                column("id", integer()).primaryKey(),
                column("Order", integer()).nullable(),
                column("select", varchar(10)).nullable(),
                column("value", varchar(10)).nullable(),
                column("full name", varchar(10)).nullable()));
        add("drop_table", op -> op.dropTable("order_line"));
        add("rename_table", op -> op.renameTable("account", "customer"));
        add("add_column", op -> op.addColumn("account",
                column("status", varchar(20)).defaultValue("'new'").comment("Lifecycle state")));
        add("add_column_foreign_key", op -> op.addColumn("account",
                column("referrer_id", bigint()).nullable().references("account", "id")));
        add("add_column_unique", op -> op.addColumn("account", column("handle", varchar(30)).nullable().unique()));
        add("add_column_enum", op -> op.addColumn("account",
                column("tier", enumeration("tier", "free", "paid")).nullable()));
        add("drop_column", op -> op.dropColumn("account", "created_at"));
        add("alter_column_type", op -> op.alterColumn("account", "name",
                change().type(varchar(200)).existingNullable(true)));
        add("alter_column_type_without_existing", op -> op.alterColumn("account", "name",
                change().type(varchar(200))));
        add("alter_column_nullable", op -> op.alterColumn("account", "name",
                change().nullable(false).existingType(varchar(100))));
        add("alter_column_default", op -> op.alterColumn("account", "balance",
                change().defaultValue("10").existingType(numeric(12, 2)).existingNullable(false)));
        add("alter_column_drop_default", op -> op.alterColumn("account", "balance",
                change().dropDefault().existingType(numeric(12, 2)).existingNullable(false).existingDefault("0")));
        add("alter_column_rename", op -> op.alterColumn("account", "name",
                change().rename("display_name").existingType(varchar(100)).existingNullable(true)));
        add("alter_column_comment", op -> op.alterColumn("account", "email",
                change().comment("Login; unique").existingType(varchar(255)).existingNullable(false)));
        add("alter_column_all", op -> op.alterColumn("account", "name",
                change().rename("full_name").type(varchar(150)).nullable(false).defaultValue("''")
                        .comment("Legal name").existingType(varchar(100)).existingNullable(true)));
        add("create_index", op -> op.createIndex("ix_account_name", "account", "name", "created_at"));
        add("create_unique_index", op -> op.createIndex("account", index("ux_account_email", "email").unique()));
        add("create_partial_index", op -> op.createIndex("account",
                index("ix_account_positive", "balance").where("balance > 0")));
        add("create_expression_index", op -> op.createIndex("account", index("ix_account_lower_email", "lower(email)")));
        add("drop_index", op -> op.dropIndex("ix_account_name", "account"));
        add("add_primary_key", op -> op.createPrimaryKey("pk_sample", "sample", "id"));
        add("add_unique_constraint", op -> op.createUniqueConstraint("uq_account_name", "account", "name"));
        add("add_foreign_key", op -> op.createForeignKey("order_line",
                foreignKey("fk_order_line_account2", List.of("account_id"), "account", List.of("id"))
                        .onDelete("SET NULL").onUpdate("CASCADE")));
        add("add_check_constraint", op -> op.createCheckConstraint("ck_account_name", "account", "name <> ''"));
        add("drop_constraint_foreign_key", op -> op.dropConstraint("fk_order_line_account", "order_line",
                ConstraintKind.FOREIGN_KEY));
        add("drop_constraint_unique", op -> op.dropConstraint("uq_order_line_account", "order_line",
                ConstraintKind.UNIQUE));
        add("drop_constraint_check", op -> op.dropConstraint("ck_order_line_quantity", "order_line",
                ConstraintKind.CHECK));
        add("drop_constraint_primary_key", op -> op.dropConstraint("pk_order_line", "order_line",
                ConstraintKind.PRIMARY_KEY));
        add("drop_constraint_without_kind", op -> op.dropConstraint("ck_order_line_quantity", "order_line", null));
        CASES.put("create_sequence", List.of(new Operation.CreateSequence(null, "invoice_seq", 1000L, 10L)));
        add("create_sequence_plain", op -> op.createSequence("ticket_seq"));
        add("drop_sequence", op -> op.dropSequence("invoice_seq"));
        add("create_table_comment", op -> op.createTableComment("account", "Customers' accounts"));
        add("drop_table_comment", op -> op.dropTableComment("account"));
        add("execute", op -> op.execute("UPDATE account SET balance = 0 WHERE balance IS NULL"));
        add("bulk_insert", OperationCases::bulkInsert);
        add("batch_alter_table", op -> op.batchAlterTable("account", b -> {
            b.addColumn("account", column("nickname", varchar(40)).nullable());
            b.alterColumn("account", "name", change().rename("display_name").type(varchar(120))
                    .existingType(varchar(100)).existingNullable(true));
            b.dropColumn("account", "created_at");
            b.createIndex("ix_account_nickname", "account", "nickname");
        }));
        add("batch_alter_table_plain", op -> op.batchAlterTable("account", b -> {
            b.addColumn("account", column("nickname", varchar(40)).nullable());
            b.createIndex("ix_account_nickname", "account", "nickname");
        }));
        add("create_enum", op -> op.createEnum("mood", "happy", "sad", "so-so"));
        add("drop_enum", op -> op.dropEnum("mood"));
        add("add_enum_value", op -> op.addEnumValue("mood", "angry"));
        add("schema_qualified", op -> {
            Op sales = op.schema("sales");
            sales.createTable("invoice", column("id", integer()).primaryKey(),
                    column("account_id", bigint()).nullable().comment("Who pays"));
            sales.createIndex("ix_invoice_account", "invoice", "account_id");
            sales.alterColumn("invoice", "account_id", change().nullable(false).existingType(bigint()));
            sales.createTableComment("invoice", "Invoices");
            sales.dropIndex("ix_invoice_account", "invoice");
            sales.renameTable("invoice", "bill");
        });
    }

    private OperationCases() {
    }

    private static void add(String name, Consumer<Op> body) {
        RecordingOp op = new RecordingOp();
        body.accept(op);
        CASES.put(name, op.operations());
    }

    private static void bulkInsert(Op op) {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", 1);
        first.put("email", "o'hara@example.com");
        first.put("name", "back\\slash");
        first.put("balance", new BigDecimal("12.50"));
        first.put("created_at", OffsetDateTime.of(2024, 1, 31, 10, 15, 0, 0, ZoneOffset.ofHours(2)));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("id", 2L);
        second.put("email", "b@example.com");
        second.put("name", null);
        second.put("balance", 0);
        op.bulkInsert("account", List.of(column("id", bigint()).identity(), column("email", varchar(255)),
                column("name", varchar(100)), column("balance", numeric(12, 2)), column("created_at", timestamptz())),
                List.of(first, second));
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("id", 7);
        typed.put("flag", true);
        typed.put("ratio", 0.5);
        typed.put("day", LocalDate.of(2024, 2, 29));
        typed.put("stamp", LocalDateTime.of(2024, 2, 29, 23, 59, 58, 125_000_000));
        typed.put("payload", new byte[] {0x0A, (byte) 0xFF});
        typed.put("token", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        typed.put("mood", "so-so");
        op.bulkInsert("sample", List.of(column("id", integer()), column("flag", bool()), column("ratio", real()),
                column("day", date()), column("stamp", timestamp()), column("payload", binary()),
                column("token", uuid()), column("mood", enumeration("mood", "happy", "sad", "so-so"))),
                List.of(typed));
    }
}
