package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.autogenerate.DiffLines;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code retort check}: whether autogenerate would write anything, for CI. The differences are
 * listed one per line ({@code add_column account.email varchar(255)}); none means exit 0.
 */
public final class CheckCommand {
    private CheckCommand() {
    }

    /** Compares; reflection's warnings go to {@code warnings}. */
    public static Result run(Project project, Consumer<String> warnings) {
        return new Result(DiffLines.of(Autogenerate.compare(project, List.of(), warnings)));
    }

    /** The differences found, one line each; empty when the model and the database agree. */
    public record Result(List<String> differences) implements Report {
        public Result {
            differences = List.copyOf(differences);
        }

        public boolean clean() {
            return differences.isEmpty();
        }

        @Override
        public void printText(PrintStream out) {
            if (clean()) {
                out.println("No new upgrade operations detected.");
                return;
            }
            out.println("New upgrade operations detected:");
            for (String line : differences) {
                out.println("  " + line);
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeBooleanField("clean", clean());
            Reports.writeStrings(json, "differences", differences);
        }
    }
}
