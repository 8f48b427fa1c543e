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
        return steps.stream().map(Step::operation).toList();
    }

    /**
     * The downgrade: the reverse of each upgrade operation, last first. An operation without a
     * reverse (adding an enum value) is left out; {@link #irreversible()} lists those.
     */
    public List<Operation> downgrade() {
        List<Operation> back = new ArrayList<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            steps.get(i).operation().reverse().ifPresent(back::add);
        }
        return back;
    }

    /** The upgrade operations the downgrade cannot undo. */
    public List<Operation> irreversible() {
        return upgrade().stream().filter(o -> o.reverse().isEmpty()).toList();
    }
}
