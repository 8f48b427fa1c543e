package dev.retort.script;

import dev.retort.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code init} templates shipped in retort-core ({@code generic}, {@code sql},
 * {@code multidb}), read from classpath resources so they work from a jar.
 */
public final class TemplateCatalog {
    static final String ROOT = "dev/retort/templates/";

    private final List<ProjectTemplate> templates;

    private TemplateCatalog(List<ProjectTemplate> templates) {
        this.templates = List.copyOf(templates);
    }

    /** The templates that come with retort, in the order of {@code templates.list}. */
    public static TemplateCatalog builtIn() {
        List<ProjectTemplate> templates = new ArrayList<>();
        for (String name : lines(resource("templates.list"))) {
            templates.add(load(name));
        }
        return new TemplateCatalog(templates);
    }

    /** All templates, in listing order. */
    public List<ProjectTemplate> templates() {
        return templates;
    }

    /**
     * The template called {@code name}.
     *
     * @throws RetortException listing the known templates when there is none of that name
     */
    public ProjectTemplate get(String name) {
        for (ProjectTemplate t : templates) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new RetortException("No such template '" + name + "'; known templates: "
                + String.join(", ", templates.stream().map(ProjectTemplate::name).toList()));
    }

    /** Prints the {@code list-templates} text, one line per call, as Alembic's list_templates. */
    public void list(Consumer<String> out) {
        out.accept("Available templates:");
        out.accept("");
        for (ProjectTemplate t : templates) {
            out.accept(t.name() + " - " + t.description());
        }
        out.accept("");
        out.accept("Templates are used via the 'init' command, e.g.:");
        out.accept("");
        out.accept("  retort init --template generic ./scripts");
    }

    /** The text of a resource under {@code dev/retort/templates/}. */
    static String resource(String relative) {
        return text(ROOT + relative);
    }

    /** The text of a classpath resource. */
    static String text(String resource) {
        try (InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("retort is missing its resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProjectTemplate load(String name) {
        List<String> directories = new ArrayList<>();
        List<ProjectTemplate.FileEntry> files = new ArrayList<>();
        for (String line : lines(resource(name + "/manifest"))) {
            String[] words = line.split("\\s+");
            if (words[0].equals("dir") && words.length == 2) {
                directories.add(words[1]);
            } else if (words[0].equals("file") && words.length == 2) {
                files.add(new ProjectTemplate.FileEntry(words[1], ROOT + name + "/" + words[1]));
            } else if (words[0].equals("file") && words.length == 4 && words[2].equals("from")) {
                files.add(new ProjectTemplate.FileEntry(words[1], ROOT + words[3]));
            } else {
                throw new IllegalStateException("Bad line in " + ROOT + name + "/manifest: " + line);
            }
        }
        String readme = resource(name + "/README");
        int nl = readme.indexOf('\n');
        String description = (nl < 0 ? readme : readme.substring(0, nl)).strip();
        return new ProjectTemplate(name, description, directories, files);
    }

    /** Non-blank lines that are not {@code #} comments, stripped. */
    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
