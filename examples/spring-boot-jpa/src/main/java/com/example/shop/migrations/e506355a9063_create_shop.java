/* create shop
 *
 * Revision ID: e506355a9063
 * Revises: 
 * Create Date: 2026-11-23 17:49:00.647890+00:00
 */
package com.example.shop.migrations;
import dev.retort.migration.*;
import static dev.retort.migration.Types.*;
import java.util.List;

@Revision(id = "e506355a9063", down = "", branchLabels = {}, dependsOn = {})
class CreateShop_e506355a9063 implements Migration {
    public void upgrade(Op op) {
        op.createTable("customer",
                column("id", bigint()).primaryKey().identity(),
                column("email", varchar(200)),
                column("name", varchar(100)).nullable(),
                primaryKey(null, "id"),
                unique("uq_customer_email", "email"));
        op.createTable("purchase_order",
                column("id", bigint()).primaryKey().identity(),
                column("placed_at", timestamp()),
                column("total", numeric(10, 2)),
                column("customer_id", bigint()),
                primaryKey(null, "id"),
                foreignKey("fk_purchase_order_customer", List.of("customer_id"), "customer", List.of("id")));
        op.createIndex("purchase_order", index("ix_purchase_order_placed_at", "placed_at"));
    }

    public void downgrade(Op op) {
        op.dropTable("purchase_order");
        op.dropTable("customer");
    }
}
