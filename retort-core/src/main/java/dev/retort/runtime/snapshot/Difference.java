package dev.retort.runtime.snapshot;

/**
 * One way in which a schema differs from the one expected.
 *
 * @param kind    whether the object is there unexpectedly, is missing, or differs
 * @param subject what differs, e.g. {@code table account}, {@code column account.email}
 * @param detail  for {@link Kind#CHANGED}, how (e.g. {@code type varchar(100) (expected varchar(40))}); else empty
 */
public record Difference(Kind kind, String subject, String detail) {

    /** How an object differs. */
    public enum Kind {
        /** present, expected absent */
        EXTRA,
        /** absent, expected present */
        MISSING,
        /** present in both, not the same */
        CHANGED
    }

    static Difference extra(String subject) {
        return new Difference(Kind.EXTRA, subject, "");
    }

    static Difference missing(String subject) {
        return new Difference(Kind.MISSING, subject, "");
    }

    static Difference changed(String subject, String detail) {
        return new Difference(Kind.CHANGED, subject, detail);
    }
}
