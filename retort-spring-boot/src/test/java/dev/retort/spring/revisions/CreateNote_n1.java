package dev.retort.spring.revisions;

import static dev.retort.migration.Types.*;

import dev.retort.migration.Migration;
import dev.retort.migration.Op;
import dev.retort.migration.Revision;

/** A revision compiled into the test classes and indexed by retort's annotation processor (classpath mode). */
@Revision(id = "n1", down = "")
public class CreateNote_n1 implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("note", column("id", integer()).primaryKey(), column("body", varchar(200)));
    }

    @Override
    public void downgrade(Op op) {
        op.dropTable("note");
    }
}
