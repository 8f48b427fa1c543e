/* add post published
 *
 * Revision ID: b7f3e5a2c814
 * Revises: 8a4d2f6c1e93
 * Create Date: 2026-11-23 17:29:40.303161+00:00
 */
import dev.retort.migration.*;
import static dev.retort.migration.Types.*;

@Revision(id = "b7f3e5a2c814", down = "8a4d2f6c1e93", branchLabels = {}, dependsOn = {})
class AddPostPublished_b7f3e5a2c814 implements Migration {
    public void upgrade(Op op) {
        op.addColumn("post", column("published", bool()).defaultValue("false"));
    }

    public void downgrade(Op op) {
        op.batchAlterTable("post", batch -> batch.dropColumn("post", "published"));
    }
}
