package dev.retort.autogenerate;

import dev.retort.migration.Operation;
import java.util.List;

/**
 * One upgrade operation of a comparison with what a reviewer should know about it (a rename that
 * looks like a drop and an add, a narrowing type change, ...). Immutable.
 *
 * @param operation the upgrade operation
 * @param reviews   review notes written above it in the revision, without the {@code review:} prefix
 */
public record Step(Operation operation, List<String> reviews) {
    public Step {
        reviews = List.copyOf(reviews);
    }

    public static Step of(Operation operation, String... reviews) {
        return new Step(operation, List.of(reviews));
    }
}
