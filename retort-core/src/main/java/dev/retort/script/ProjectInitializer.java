package dev.retort.script;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code init} command's work, as Alembic's {@code command.init}: creates a script directory
 * from a template and writes the config file, printing a status line per directory and file.
 */
public final class ProjectInitializer {
    private static final Pattern PACKAGE = Pattern.compile(
            "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");
    private static final String REVISION_JAVA = "templates/revision.java";

    private final TemplateCatalog catalog;
    private final Consumer<String> out;

    /**
     * @param catalog the templates
     * @param out     receives each line of output
     */
    public ProjectInitializer(TemplateCatalog catalog, Consumer<String> out) {
        this.catalog = catalog;
        this.out = out;
    }

    /**
     * Creates {@code directory} from the template {@code templateName} and writes
     * {@code configFile} unless it exists.
     *
     * @param javaPackage the package new Java revisions are in (written into
     *                    {@code templates/revision.java}), or null for none
     * @throws RetortException when the directory exists and is not empty, the template is
     *                         unknown, the package is not a Java package name, or writing fails
     */
    public void init(Path directory, String templateName, Path configFile, String javaPackage) {
        if (Files.exists(directory) && !isEmptyDirectory(directory)) {
            throw new RetortException("Directory " + directory + " already exists and is not empty");
        }
        ProjectTemplate template = catalog.get(templateName);
        if (javaPackage != null && !PACKAGE.matcher(javaPackage).matches()) {
            throw new RetortException("'" + javaPackage + "' is not a Java package name");
        }
        Path dir = directory.toAbsolutePath().normalize();
        Path config = configFile.toAbsolutePath().normalize();
        if (!Files.exists(dir)) {
            status("Creating directory " + dir, () -> Files.createDirectories(dir));
        }
        for (String sub : template.directories()) {
            Path path = dir.resolve(sub);
            status("Creating directory " + path, () -> Files.createDirectories(path));
        }
        for (ProjectTemplate.FileEntry file : template.files()) {
            String content = TemplateCatalog.text(file.resource());
            if (file.target().equals(REVISION_JAVA) && javaPackage != null) {
                content = TemplateRenderer.render(content, Map.of("package_line", "package " + javaPackage + ";"));
            }
            generate(dir.resolve(file.target()), content);
        }
        if (Files.exists(config)) {
            out.accept("  File " + config + " already exists, skipping");
        } else {
            String toml = TemplateCatalog.text(template.configResource());
            generate(config, TemplateRenderer.render(toml, Map.of("script_location", tomlPath(config, dir))));
        }
        generate(dir.resolve(".gitignore"), "# compiled revisions, rebuilt when a file changes\n.retort-cache/\n");
        out.accept("  Please edit configuration/connection settings in '" + config + "' before proceeding.");
    }

    /** The script location as the config file will say it: relative to the config's directory. */
    private static String tomlPath(Path config, Path dir) {
        Path base = config.getParent();
        String path = base != null && dir.getRoot().equals(base.getRoot()) ? base.relativize(dir).toString() : dir.toString();
        path = path.isEmpty() ? "." : path.replace('\\', '/');
        return path.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private void generate(Path file, String content) {
        status("Generating " + file, () -> {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        });
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private void status(String message, IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            out.accept("  " + message + " ...  FAILED");
            throw new RetortException(message + " failed: " + e, e);
        }
        out.accept("  " + message + " ...  done");
    }

    private static boolean isEmptyDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new RetortException("Cannot read directory " + directory + ": " + e.getMessage(), e);
        }
    }
}
