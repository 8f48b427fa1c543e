package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.runtime.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code retort verify}: the built-in migration test suite, run against a throwaway database
 * that must be empty. It checks that the graph has a single head; upgrades from empty one
 * revision at a time; for every revision, that its downgrade leaves the schema as it was
 * before its upgrade and that upgrade, downgrade, upgrade leaves the same schema as one
 * upgrade; and that a downgrade to base leaves nothing but the version tables. Schemas are
 * compared as {@link dev.retort.runtime.snapshot.SchemaSnapshot}s. With a model configured
 * ({@code [retort.model]}), the database at head must also agree with it, as {@code check} sees
 * it; without one that check is reported as skipped. A run that passes leaves the database at base.
 */
public final class VerifyCommand {
    private VerifyCommand() {
    }

    /** The checks, in the order they run. */
    public enum Check {
        SINGLE_HEAD("single head"),
        UPGRADE("upgrade from empty to head, one revision at a time"),
        UP_DOWN_UP("each downgrade restores the schema; upgrade, downgrade, upgrade equals one upgrade"),
        MODEL("the model matches the database at head"),
        DOWNGRADE_TO_BASE("downgrade to base leaves only the version tables");

        private final String description;

        Check(String description) {
            this.description = description;
        }

        /** What the check asserts, as the report shows it. */
        public String description() {
            return description;
        }
    }

    /** Whether a check passed, failed, or did not run. */
    public enum Status {
        PASSED, FAILED, SKIPPED
    }

    /**
     * What one check found.
     *
     * @param failures one message per problem, naming the revision and the difference
     * @param reason   why it was skipped; empty otherwise
     */
    public record Outcome(Check check, Status status, List<String> failures, String reason) {
        public Outcome {
            failures = List.copyOf(failures);
        }
    }

    /** Runs every check. */
    public static Result run(Project project, Progress progress) {
        return run(project, EnumSet.allOf(Check.class), progress);
    }

    /**
     * Runs the chosen checks (those that migrate also upgrade from empty, which {@link Check#UPGRADE} reports).
     *
     * @throws dev.retort.RetortException when a check needs the database and it is not empty
     */
    public static Result run(Project project, Set<Check> checks, Progress progress) {
        return new Verification(project, checks, progress).run();
    }

    /**
     * @param revisions how many revisions the project has
     * @param outcomes  one per check run, in run order
     */
    public record Result(int revisions, List<Outcome> outcomes) implements Report {
        public Result {
            outcomes = List.copyOf(outcomes);
        }

        /** Whether no check failed. */
        public boolean passed() {
            return failures().isEmpty();
        }

        /** Every failure message, in the order found. */
        public List<String> failures() {
            return outcomes.stream().flatMap(o -> o.failures().stream()).toList();
        }

        /** The last line of a failed run (after {@code FAILED: }). */
        public String summary() {
            long failed = outcomes.stream().filter(o -> o.status() == Status.FAILED).count();
            return passed() ? "verify: " + revisions + " revisions, all checks passed"
                    : "verify: " + failed + " of " + outcomes.size() + " checks failed on " + revisions + " revisions";
        }

        @Override
        public void printText(PrintStream out) {
            for (Outcome o : outcomes) {
                switch (o.status()) {
                    case PASSED -> out.println("ok       " + o.check().description());
                    case SKIPPED -> out.println("skipped  " + o.check().description() + ": " + o.reason());
                    case FAILED -> {
                        out.println("FAILED   " + o.check().description());
                        o.failures().forEach(f -> out.println("  " + f));
                    }
                }
            }
            if (passed()) {
                out.println(summary());
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeNumberField("revisions", revisions);
            json.writeBooleanField("passed", passed());
            json.writeArrayFieldStart("checks");
            for (Outcome o : outcomes) {
                json.writeStartObject();
                json.writeStringField("check", o.check().name().toLowerCase(Locale.ROOT));
                json.writeStringField("status", o.status().name().toLowerCase(Locale.ROOT));
                Reports.writeStrings(json, "failures", o.failures());
                if (!o.reason().isEmpty()) {
                    json.writeStringField("reason", o.reason());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }
}
