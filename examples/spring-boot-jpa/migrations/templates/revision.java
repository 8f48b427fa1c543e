/* ${message}
 *
 * Revision ID: ${up_revision}
 * Revises: ${revises}
 * Create Date: ${create_date}
 */
package com.example.shop.migrations;
import dev.retort.migration.*;
import static dev.retort.migration.Types.*;
${imports}

@Revision(id = "${up_revision}", down = ${down_revision}, branchLabels = ${branch_labels}, dependsOn = ${depends_on})
class ${class_name} implements Migration {
    public void upgrade(Op op) {
        ${upgrades}
    }

    public void downgrade(Op op) {
        ${downgrades}
    }
}
