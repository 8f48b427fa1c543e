/* create account
 *
 * Revision ID: a1
 * Revises:
 */
import dev.retort.migration.*;
import static dev.retort.migration.Types.*;

@Revision(id = "a1", down = "")
class CreateAccount_a1 implements Migration {
    public void upgrade(Op op) {
        op.createTable("account", column("id", integer()).primaryKey(), column("name", varchar(100)));
    }

    public void downgrade(Op op) {
        op.dropTable("account");
    }
}
