package dev.retort.runtime.snapshot;

/** Small text helpers of this package. */
final class Snapshots {
    private Snapshots() {
    }

    /** Appends {@code part}, after a comma when {@code out} holds something already. */
    static void append(StringBuilder out, String part) {
        if (!out.isEmpty()) {
            out.append(", ");
        }
        out.append(part);
    }
}
