package dev.retort.autogenerate;

import static dev.retort.migration.Types.column;
import static dev.retort.migration.Types.integer;
import static dev.retort.migration.Types.primaryKey;
import static dev.retort.migration.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.migration.RecordingOp;
import dev.retort.migration.SchemaDefinition;
import dev.retort.migration.Types;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A schema definition's recorded operations as a {@link SchemaModel} in reflection's canonical form. */
class RecordedSchemaTest {
    private static SchemaModel model(SchemaDefinition definition) {
        return model(definition, UnaryOperator.identity());
    }

    private static SchemaModel model(SchemaDefinition definition, UnaryOperator<ColumnType> readBack) {
        RecordingOp op = new RecordingOp();
        definition.define(op);
        return RecordedSchema.toModel(op.operations(), readBack);
    }

    @Test
    void tablesIndexesConstraintsEnumsAndSequences() {
        SchemaModel m = model(op -> {
            op.createTable("orders", column("id", integer()), column("customer_id", integer()), primaryKey("pk_orders", "id"));
            op.createTable("customer", column("id", integer()).primaryKey(), column("email", varchar(200)).unique());
            op.createIndex("ix_orders_customer", "orders", "customer_id");
            op.createForeignKey("fk_orders_customer", "orders", "customer", List.of("customer_id"), List.of("id"));
            op.createCheckConstraint("ck_orders_id", "orders", "id > 0");
            op.createTableComment("orders", "one per checkout");
            op.createEnum("status", "new", "paid");
            op.createSequence("order_no", 1000L, 1L);
        });
        assertThat(m.tables()).extracting(Table::name).containsExactly("customer", "orders");
        Table customer = m.table(null, "customer");
        assertThat(customer.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
        assertThat(customer.uniques()).containsExactly(new UniqueConstraint(null, List.of("email")));
        assertThat(customer.column("id").isPrimaryKey()).isTrue();
        assertThat(customer.column("email").isUnique()).isFalse();
        Table orders = m.table(null, "orders");
        assertThat(orders.primaryKey().name()).isEqualTo("pk_orders");
        assertThat(orders.column("id").isPrimaryKey()).isTrue();
        assertThat(orders.indexes()).containsExactly(new Index("ix_orders_customer", List.of("customer_id"), false, null));
        assertThat(orders.foreignKeys()).extracting(ForeignKey::name).containsExactly("fk_orders_customer");
        assertThat(orders.checks()).hasSize(1);
        assertThat(orders.comment()).isEqualTo("one per checkout");
        assertThat(m.enums()).containsExactly(new EnumType(null, "status", List.of("new", "paid")));
        assertThat(m.sequences()).containsExactly(new Sequence(null, "order_no", 1000L, 1L));
    }

    @Test
    void inlineReferencesBecomeForeignKeysAndTypesAreReadBack() {
        SchemaModel m = model(op -> {
            op.createTable("a", column("id", integer()).primaryKey());
            op.createTable("b", column("a_id", Types.timestamptz()).references("a", "id"));
        }, t -> t.equals(Types.timestamptz()) ? Types.timestamp() : t);
        Table b = m.table(null, "b");
        assertThat(b.column("a_id").references()).isNull();
        assertThat(b.column("a_id").type()).isEqualTo(Types.timestamp());
        assertThat(b.foreignKeys()).extracting(ForeignKey::referredTable).containsExactly("a");
    }

    @Test
    void otherOperationsAreNamedAsErrors() {
        assertThatThrownBy(() -> model(op -> op.execute("INSERT INTO a VALUES (1)")))
                .isInstanceOf(RetortException.class).hasMessageContaining("it called Execute");
        assertThatThrownBy(() -> model(op -> op.createIndex("ix", "missing", "x")))
                .hasMessageContaining("table missing before creating it");
        assertThatThrownBy(() -> model(op -> {
            op.createTable("a", column("id", integer()));
            op.createTable("a", column("id", integer()));
        })).hasMessageContaining("creates table a twice");
    }

    @Test
    void aSchemaIsNamedInTheModel() {
        SchemaModel m = model(op -> op.schema("app").createTable("t", column("id", integer())));
        assertThat(m.table("app", "t")).isNotNull();
    }
}
