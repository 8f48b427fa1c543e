/* create author
 *
 * Revision ID: 3e1c7a9b5d20
 * Revises: 
 * Create Date: 2026-11-23 17:29:38.012796+00:00
 */
import dev.retort.migration.*;
import static dev.retort.migration.Types.*;

@Revision(id = "3e1c7a9b5d20", down = "", branchLabels = {}, dependsOn = {})
class CreateAuthor_3e1c7a9b5d20 implements Migration {
    public void upgrade(Op op) {
        op.createTable("author",
                column("id", integer()).primaryKey().identity(),
                column("name", varchar(100)));
    }

    public void downgrade(Op op) {
        op.dropTable("author");
    }
}
