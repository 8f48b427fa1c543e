package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.script.ProjectInitializer;
import dev.retort.script.TemplateCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code retort init DIR -t TEMPLATE}: a new script directory and config file. */
public final class InitCommand {
    private InitCommand() {
    }

    public static Result run(Path directory, String template, Path configFile, String javaPackage) {
        List<String> lines = new ArrayList<>();
        new ProjectInitializer(TemplateCatalog.builtIn(), lines::add)
                .init(directory, template, configFile, javaPackage);
        return new Result(directory.toAbsolutePath().normalize(), configFile.toAbsolutePath().normalize(), template,
                List.copyOf(lines));
    }

    /** What was created, and the status lines Alembic would print. */
    public record Result(Path directory, Path configFile, String template, List<String> lines) implements Report {
        @Override
        public void printText(PrintStream out) {
            lines.forEach(out::println);
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStringField("directory", directory.toString());
            json.writeStringField("config", configFile.toString());
            json.writeStringField("template", template);
        }
    }
}
