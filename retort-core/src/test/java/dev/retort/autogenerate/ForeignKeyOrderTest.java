package dev.retort.autogenerate;

import static dev.retort.autogenerate.Schemas.schema;
import static dev.retort.autogenerate.Schemas.table;
import static dev.retort.migration.Types.column;
import static dev.retort.migration.Types.integer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.migration.ConstraintKind;
import dev.retort.migration.Operation;
import dev.retort.migration.Operation.AddConstraint;
import dev.retort.migration.Operation.CreateTable;
import dev.retort.migration.Operation.DropConstraint;
import dev.retort.migration.Operation.DropTable;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyOrderTest {
    private static final CompareOptions OPTIONS = CompareOptions.defaults();

    private static List<String> tableNames(List<Operation> ops) {
        return ops.stream().map(o -> o instanceof CreateTable c ? "create " + c.table()
                : o instanceof DropTable d ? "drop " + d.table()
                : o instanceof AddConstraint a ? "add fk " + a.table()
                : o instanceof DropConstraint d ? "drop fk " + d.table() : o.toString()).toList();
    }

    /** order_line -> orders -> customer, and address -> customer; names chosen so that name order is wrong. */
    private static SchemaModel chain() {
        return schema(
                table("a_line", column("id", integer()), column("order_id", integer()))
                        .fk("fk_line_order", "order_id", "b_orders", "id").build(),
                table("b_orders", column("id", integer()), column("customer_id", integer()))
                        .fk("fk_order_customer", "customer_id", "c_customer", "id").build(),
                table("c_customer", column("id", integer()), column("boss", integer()))
                        .fk("fk_self", "boss", "c_customer", "id").build());
    }

    @Test
    void parentsAreCreatedFirstAndDroppedLast() {
        Changes create = SchemaDiff.compare(SchemaModel.empty(), chain(), OPTIONS);
        assertThat(tableNames(create.upgrade())).containsExactly("create c_customer", "create b_orders",
                "create a_line");
        Changes drop = SchemaDiff.compare(chain(), SchemaModel.empty(), OPTIONS);
        assertThat(tableNames(drop.upgrade())).containsExactly("drop a_line", "drop b_orders", "drop c_customer");
        assertThat(tableNames(drop.downgrade())).containsExactly("create c_customer", "create b_orders",
                "create a_line");
    }

    /** x refers to y, y to z, z to x: a cycle; w refers into it. */
    private static SchemaModel cycle() {
        Table x = table("x", column("id", integer()), column("y_id", integer())).fk("fk_x_y", "y_id", "y", "id").build();
        Table y = table("y", column("id", integer()), column("z_id", integer())).fk("fk_y_z", "z_id", "z", "id").build();
        Table z = table("z", column("id", integer()), column("x_id", integer())).fk("fk_z_x", "x_id", "x", "id").build();
        Table w = table("w", column("id", integer()), column("x_id", integer())).fk("fk_w_x", "x_id", "x", "id").build();
        return schema(w, x, y, z);
    }

    @Test
    void cycleIsCreatedWithoutItsForeignKeysWhichAreAddedAfter() {
        Changes changes = SchemaDiff.compare(SchemaModel.empty(), cycle(), OPTIONS);
        assertThat(tableNames(changes.upgrade())).containsExactly("create x", "create w", "create y", "create z",
                "add fk x", "add fk y", "add fk z");
        CreateTable x = (CreateTable) changes.upgrade().get(0);
        assertThat(x.elements()).noneMatch(e -> e instanceof dev.retort.schema.ForeignKey);
        CreateTable w = (CreateTable) changes.upgrade().get(1);
        assertThat(w.elements()).anyMatch(e -> e instanceof dev.retort.schema.ForeignKey);
        assertThat(tableNames(changes.downgrade())).containsExactly("drop fk z", "drop fk y", "drop fk x",
                "drop z", "drop y", "drop w", "drop x");
    }

    @Test
    void cycleIsDroppedAfterItsForeignKeys() {
        Changes changes = SchemaDiff.compare(cycle(), SchemaModel.empty(), OPTIONS);
        assertThat(tableNames(changes.upgrade())).containsExactly("drop fk z", "drop fk y", "drop fk x",
                "drop z", "drop y", "drop w", "drop x");
        DropConstraint fk = (DropConstraint) changes.upgrade().get(0);
        assertThat(fk.kind()).isEqualTo(ConstraintKind.FOREIGN_KEY);
        assertThat(fk.existing()).isNotNull();
        assertThat(tableNames(changes.downgrade())).containsExactly("create x", "create w", "create y", "create z",
                "add fk x", "add fk y", "add fk z");
    }
}
