/* add customer phone
 *
 * Revision ID: e987613c2c20
 * Revises: e506355a9063
 * Create Date: 2026-11-23 17:49:46.239115+00:00
 */
package com.example.shop.migrations;
import dev.retort.migration.*;
import static dev.retort.migration.Types.*;

@Revision(id = "e987613c2c20", down = "e506355a9063", branchLabels = {}, dependsOn = {})
class AddCustomerPhone_e987613c2c20 implements Migration {
    public void upgrade(Op op) {
        op.addColumn("customer", column("phone", varchar(30)).nullable());
    }

    public void downgrade(Op op) {
        op.dropColumn("customer", "phone");
    }
}
