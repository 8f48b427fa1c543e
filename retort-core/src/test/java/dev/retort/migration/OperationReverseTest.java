package dev.retort.migration;

import static dev.retort.migration.Types.change;
import static dev.retort.migration.Types.column;
import static dev.retort.migration.Types.index;
import static dev.retort.migration.Types.integer;
import static dev.retort.migration.Types.text;
import static dev.retort.migration.Types.unique;
import static dev.retort.migration.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.CheckConstraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operation's reverse: what autogenerate writes as a downgrade and verify checks. */
class OperationReverseTest {

    private static void assertRoundTrip(Operation op) {
        Operation back = op.reverse().orElseThrow();
        assertThat(back).isNotEqualTo(op);
        assertThat(back.reverse()).as("reverse of the reverse of %s", op).contains(op);
    }

    @Test
    void createTableAndDropTableWithItsDefinitionUndoEachOther() {
        var create = new Operation.CreateTable(null, "account", List.of(column("id", integer()).primaryKey(),
                column("email", varchar(255)).nullable()));
        assertThat(create.reverse()).contains(new Operation.DropTable(null, "account", create));
        assertRoundTrip(create);
        assertThat(new Operation.DropTable(null, "account", null).reverse()).isEmpty();
    }

    @Test
    void columnsIndexesConstraintsSequencesEnumsRenames() {
        assertRoundTrip(new Operation.AddColumn("s", "account", column("email", text()).nullable()));
        assertThat(new Operation.DropColumn(null, "account", "email", null).reverse()).isEmpty();
        assertRoundTrip(new Operation.RenameTable(null, "a", "b"));
        assertRoundTrip(new Operation.CreateIndex(null, "account", index("ix_email", "email").unique()));
        assertThat(new Operation.DropIndex(null, "account", "ix_email", null).reverse()).isEmpty();
        assertRoundTrip(new Operation.AddConstraint(null, "account", unique("uq_email", "email")));
        assertRoundTrip(new Operation.AddConstraint(null, "account", new CheckConstraint("ck_pos", "balance >= 0")));
        assertThat(new Operation.AddConstraint(null, "account", new CheckConstraint(null, "x > 0")).reverse())
                .as("an unnamed constraint cannot be dropped by name").isEmpty();
        assertRoundTrip(new Operation.CreateSequence(null, "seq", 1L, 1L));
        assertRoundTrip(new Operation.CreateEnum(null, "mood", List.of("happy", "sad")));
        assertThat(new Operation.DropEnum(null, "mood", List.of()).reverse()).isEmpty();
        assertRoundTrip(new Operation.SetTableComment(null, "account", "people", null, true));
        assertThat(new Operation.SetTableComment(null, "account", "people", null, false).reverse()).isEmpty();
        assertRoundTrip(new Operation.Execute("INSERT INTO t VALUES (1)", "DELETE FROM t"));
        assertThat(new Operation.Execute("SELECT 1", null).reverse()).isEmpty();
        assertThat(new Operation.BulkInsert(null, "t", List.of(), List.of(Map.of("a", 1))).reverse()).isEmpty();
    }

    @Test
    void alterColumnIsReversibleOnlyWhenTheExistingValuesAreKnown() {
        var known = new Operation.AlterColumn(null, "account", "name", change().type(text()).nullable(true)
                .rename("full_name").existingType(varchar(50)).existingNullable(false));
        Operation back = known.reverse().orElseThrow();
        assertThat(back).isEqualTo(new Operation.AlterColumn(null, "account", "full_name", change()
                .rename("name").type(varchar(50)).nullable(false).existingType(text()).existingNullable(true)));
        assertThat(new Operation.AlterColumn(null, "account", "name", change().type(text())).reverse()).isEmpty();
        var newDefault = new Operation.AlterColumn(null, "account", "n", change().defaultValue("0"));
        assertThat(newDefault.reverse().orElseThrow())
                .isEqualTo(new Operation.AlterColumn(null, "account", "n", change().dropDefault().existingDefault("0")));
    }

    @Test
    void batchReversesItsOperationsInReverseOrderAndIsDestructiveWhenOneIs() {
        var add = new Operation.AddColumn(null, "t", column("a", integer()).nullable());
        var rename = new Operation.RenameTable(null, "x", "y");
        var batch = new Operation.BatchAlterTable(null, "t", List.of(add, rename));
        assertThat(batch.reverse()).contains(new Operation.BatchAlterTable(null, "t",
                List.of(rename.reverse().orElseThrow(), add.reverse().orElseThrow())));
        assertThat(batch.destructive()).isFalse();
        assertThat(batch.reverse().orElseThrow().destructive()).isTrue();
        assertThat(new Operation.BatchAlterTable(null, "t", List.of(new Operation.Execute("x", null))).reverse()).isEmpty();
    }

    @Test
    void dropsAreDestructive() {
        assertThat(new Operation.DropTable(null, "t", null).destructive()).isTrue();
        assertThat(new Operation.DropColumn(null, "t", "c", null).destructive()).isTrue();
        assertThat(new Operation.DropIndex(null, "t", "ix", null).destructive()).isFalse();
    }
}
