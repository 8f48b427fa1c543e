package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.migration.Operation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the backup reminder before an upgrade names. */
class DestructiveTest {
    @Test
    void namesDroppedTablesAndColumnsAlsoInBatchesAndSql() {
        List<String> dropped = new ArrayList<>();
        Destructive.collect(new Operation.DropTable(null, "account", null), null, dropped);
        Destructive.collect(new Operation.BatchAlterTable(null, "item",
                List.of(new Operation.DropColumn(null, null, "label", null))), null, dropped);
        Destructive.collect(new Operation.Execute("-- gone\nDROP TABLE IF EXISTS note", null), null, dropped);
        Destructive.collect(new Operation.Execute("alter table account drop column email", null), null, dropped);
        assertThat(dropped).containsExactly("table account", "column item.label", "table note",
                "column account.email");
    }

    @Test
    void otherDropsAreNotDestructive() {
        List<String> dropped = new ArrayList<>();
        Destructive.collect(new Operation.Execute("ALTER TABLE account DROP CONSTRAINT uq_email", null), null, dropped);
        Destructive.collect(new Operation.Execute("DROP INDEX ix_email", null), null, dropped);
        Destructive.collect(new Operation.Execute("SELECT 'DROP TABLE x'", null), null, dropped);
        assertThat(dropped).isEmpty();
    }
}
