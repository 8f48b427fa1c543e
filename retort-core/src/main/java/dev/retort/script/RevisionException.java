package dev.retort.script;

import dev.retort.RetortException;

import java.util.List;

/** A problem with the revision graph or with a revision identifier given by the user. */
public class RevisionException extends RetortException {
    private static final long serialVersionUID = 1L;

    public RevisionException(String message) {
        super(message);
    }

    /** More than one head where one was asked for ({@code head} with branches). */
    public static final class MultipleHeads extends RevisionException {
        private static final long serialVersionUID = 1L;
        private final List<String> heads;
        private final String argument;

        public MultipleHeads(List<String> heads, String argument) {
            super("Multiple heads are present for given argument '" + argument + "'; "
                    + String.join(", ", heads));
            this.heads = List.copyOf(heads);
            this.argument = argument;
        }

        public List<String> heads() {
            return heads;
        }

        public String argument() {
            return argument;
        }
    }

    /** An identifier that names no revision, or several. */
    public static final class Resolution extends RevisionException {
        private static final long serialVersionUID = 1L;
        private final String argument;

        public Resolution(String message, String argument) {
            super(message);
            this.argument = argument;
        }

        public String argument() {
            return argument;
        }
    }

    /** A range whose lower end is not an ancestor of its upper end. */
    public static final class RangeNotAncestor extends RevisionException {
        private static final long serialVersionUID = 1L;
        private final String lower;
        private final String upper;

        public RangeNotAncestor(String lower, String upper) {
            super("Revision " + (lower == null ? "base" : lower) + " is not an ancestor of revision "
                    + (upper == null ? "base" : upper));
            this.lower = lower;
            this.upper = upper;
        }

        public String lower() {
            return lower;
        }

        public String upper() {
            return upper;
        }
    }

    /** A cycle or self-loop through down revisions or dependencies. */
    public static final class Cycle extends RevisionException {
        private static final long serialVersionUID = 1L;
        public static final String CYCLE = "Cycle";
        public static final String DEPENDENCY_CYCLE = "Dependency cycle";
        public static final String SELF_LOOP = "Self-loop";
        public static final String DEPENDENCY_SELF_LOOP = "Dependency self-loop";
        private final String kind;
        private final List<String> revisions;

        public Cycle(String kind, List<String> revisions) {
            super(kind + " is detected in revisions (" + String.join(", ", revisions) + ")");
            this.kind = kind;
            this.revisions = List.copyOf(revisions);
        }

        public String kind() {
            return kind;
        }

        public List<String> revisions() {
            return revisions;
        }
    }
}
