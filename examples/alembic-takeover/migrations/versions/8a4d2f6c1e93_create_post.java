/* create post
 *
 * Revision ID: 8a4d2f6c1e93
 * Revises: 3e1c7a9b5d20
 * Create Date: 2026-11-23 17:29:39.047264+00:00
 */
import dev.retort.migration.*;
import static dev.retort.migration.Types.*;

@Revision(id = "8a4d2f6c1e93", down = "3e1c7a9b5d20", branchLabels = {}, dependsOn = {})
class CreatePost_8a4d2f6c1e93 implements Migration {
    public void upgrade(Op op) {
        op.createTable("post",
                column("id", integer()).primaryKey().identity(),
                column("author_id", integer()).references("author", "id"),
                column("title", varchar(200)),
                column("body", text()).nullable());
        op.createIndex("ix_post_author_id", "post", "author_id");
    }

    public void downgrade(Op op) {
        op.dropIndex("ix_post_author_id", "post");
        op.dropTable("post");
    }
}
