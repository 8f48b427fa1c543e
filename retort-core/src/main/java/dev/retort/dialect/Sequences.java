package dev.retort.dialect;

import dev.retort.schema.Sequence;

/** Sequences as the model writes them: start and increment each null when it is the default, 1. */
final class Sequences {
    private Sequences() {
    }

    static Sequence of(String schema, String name, Long start, Long increment) {
        return new Sequence(schema, name, orNull(start), orNull(increment));
    }

    private static Long orNull(Long value) {
        return value == null || value == 1 ? null : value;
    }
}
