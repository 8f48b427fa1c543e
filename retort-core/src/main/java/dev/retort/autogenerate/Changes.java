package dev.retort.autogenerate;

import dev.retort.migration.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a comparison found: the upgrade steps in dependency order, and notes on differences no
 * operation expresses (an enum value removed, a sequence's start changed). Immutable.
 */
public record Changes(List<Step> steps, List<String> notes) {
    public Changes {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /** True when the model and the database agree. */
    public boolean isEmpty() {
        return steps.isEmpty() && notes.isEmpty();
    }

    /** The upgrade operations, in order. */
    public List<Operation> upgrade() {
        List<Operation> up = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (!redundantInUpgrade(i)) {
                up.add(steps.get(i).operation());
            }
        }
        return up;
    }

    /**
     * True when step {@code i} drops an index or the comment of a table that a later step drops:
     * the table takes them along, and MySQL refuses to drop an index a foreign key needs. The
     * step stays, so that the downgrade recreates the index after the table.
     */
    public boolean redundantInUpgrade(int i) {
        Operation op = steps.get(i).operation();
        if (!(op instanceof Operation.DropIndex || op instanceof Operation.SetTableComment)) {
            return false;
        }
        for (int j = i + 1; j < steps.size(); j++) {
            if (steps.get(j).operation() instanceof Operation.DropTable d && onTable(op, d.schema(), d.table())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the reverse of step {@code i} drops an index or the comment of a table that the
     * downgrade drops after it (the reverse of an earlier create table), for the same reason.
     */
    public boolean redundantInDowngrade(int i) {
        Operation op = steps.get(i).operation();
        if (!(op instanceof Operation.CreateIndex || op instanceof Operation.SetTableComment)) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            if (steps.get(j).operation() instanceof Operation.CreateTable c && onTable(op, c.schema(), c.table())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onTable(Operation op, String schema, String table) {
        if (op instanceof Operation.DropIndex o) {
            return java.util.Objects.equals(o.schema(), schema) && o.table().equals(table);
        } else if (op instanceof Operation.CreateIndex o) {
            return java.util.Objects.equals(o.schema(), schema) && o.table().equals(table);
        } else if (op instanceof Operation.SetTableComment o) {
            return java.util.Objects.equals(o.schema(), schema) && o.table().equals(table);
        }
        return false;
    }

    /**
     * The downgrade: the reverse of each upgrade operation, last first. An operation without a
     * reverse (adding an enum value) is left out; {@link #irreversible()} lists those.
     */
    public List<Operation> downgrade() {
        List<Operation> back = new ArrayList<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!redundantInDowngrade(i)) {
                steps.get(i).operation().reverse().ifPresent(back::add);
            }
        }
        return back;
    }

    /** The upgrade operations the downgrade cannot undo. */
    public List<Operation> irreversible() {
        return upgrade().stream().filter(o -> o.reverse().isEmpty()).toList();
    }
}
