package dev.retort.autogenerate;

import dev.retort.migration.Operation;
import java.util.List;

/** Operations as a revision's {@code Op} calls record them: the drops without what they drop. */
final class Recorded {
    private Recorded() {
    }

    static List<Operation> asRecorded(List<Operation> ops) {
        return ops.stream().map(Recorded::asRecorded).toList();
    }

    static Operation asRecorded(Operation op) {
        if (op instanceof Operation.DropTable o) {
            return new Operation.DropTable(o.schema(), o.table(), null);
        } else if (op instanceof Operation.DropColumn o) {
            return new Operation.DropColumn(o.schema(), o.table(), o.column(), null);
        } else if (op instanceof Operation.DropIndex o) {
            return new Operation.DropIndex(o.schema(), o.table(), o.name(), null);
        } else if (op instanceof Operation.DropConstraint o) {
            return new Operation.DropConstraint(o.schema(), o.table(), o.name(), o.kind(), null);
        } else if (op instanceof Operation.DropSequence o) {
            return new Operation.DropSequence(o.schema(), o.name(), null);
        } else if (op instanceof Operation.DropEnum o) {
            return new Operation.DropEnum(o.schema(), o.name(), List.of());
        } else if (op instanceof Operation.SetTableComment o) {
            return new Operation.SetTableComment(o.schema(), o.table(), o.comment(), null, false);
        }
        return op;
    }
}
