package dev.retort.script;

import dev.retort.RetortException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A problem with the revision graph or with a revision identifier given by the user. */
public class RevisionException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> details;

    public RevisionException(String message) {
        this(message, Map.of());
    }

    /** A message of its own with the details of the error it explains (see {@link Plans#translate}). */
    public RevisionException(String message, Map<String, Object> details) {
        super(message);
        this.details = details;
    }

    @Override
    public Map<String, Object> details() {
        return details;
    }

    @Override
    public String kind() {
        return "revision";
    }

    /** A revision file whose header is malformed: the file and the line, as a compiler names them. */
    public static final class InFile extends RevisionException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;
        private final int line;

        public InFile(Path file, int line, String message) {
            super(file + ":" + line + ": " + message);
            this.file = file;
            this.line = line;
        }

        public Path file() {
            return file;
        }

        public int line() {
            return line;
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("file", file.toString());
            details.put("line", line);
            return details;
        }
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

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("argument", argument);
            details.put("heads", heads);
            return details;
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

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("argument", argument);
            return details;
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

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("lower", lower);
            details.put("upper", upper);
            return details;
        }
    }

    /** A cycle or self-loop through down revisions or dependencies. */
    public static final class Cycle extends RevisionException {
        private static final long serialVersionUID = 1L;
        public static final String CYCLE = "Cycle";
        public static final String DEPENDENCY_CYCLE = "Dependency cycle";
        public static final String SELF_LOOP = "Self-loop";
        public static final String DEPENDENCY_SELF_LOOP = "Dependency self-loop";
        private final String cycle;
        private final List<String> revisions;

        public Cycle(String cycle, List<String> revisions) {
            super(cycle + " is detected in revisions (" + String.join(", ", revisions) + ")");
            this.cycle = cycle;
            this.revisions = List.copyOf(revisions);
        }

        /** {@link #CYCLE}, {@link #DEPENDENCY_CYCLE}, {@link #SELF_LOOP} or {@link #DEPENDENCY_SELF_LOOP}. */
        public String cycle() {
            return cycle;
        }

        public List<String> revisions() {
            return revisions;
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("cycle", cycle);
            details.put("revisions", revisions);
            return details;
        }
    }
}
