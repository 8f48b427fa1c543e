package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.script.ProjectTemplate;
import dev.retort.script.TemplateCatalog;
import java.io.IOException;
import java.io.PrintStream;

/** {@code retort list-templates}: the templates {@code init} can use. */
public final class ListTemplatesCommand {
    private ListTemplatesCommand() {
    }

    public static Result run() {
        return new Result(TemplateCatalog.builtIn());
    }

    public record Result(TemplateCatalog catalog) implements Report {
        @Override
        public void printText(PrintStream out) {
            catalog.list(out::println);
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeArrayFieldStart("templates");
            for (ProjectTemplate t : catalog.templates()) {
                json.writeStartObject();
                json.writeStringField("name", t.name());
                json.writeStringField("description", t.description());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }
}
