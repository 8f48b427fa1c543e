package dev.retort.script;

import java.util.List;

/**
 * One {@code init} template: a directory of resources under {@code dev/retort/templates/NAME/}
 * with a {@code manifest} of what to create, a {@code README} whose first line is the
 * description, and the {@code retort.toml} that init writes.
 *
 * @param name        e.g. {@code generic}
 * @param description the first line of its README
 * @param directories directories to create in the target, relative, in order
 * @param files       files to create in the target, in order
 */
public record ProjectTemplate(String name, String description, List<String> directories, List<FileEntry> files) {

    public ProjectTemplate {
        directories = List.copyOf(directories);
        files = List.copyOf(files);
    }

    /**
     * A file init writes.
     *
     * @param target   its path relative to the new directory
     * @param resource the classpath resource it comes from
     */
    public record FileEntry(String target, String resource) {
    }

    /** The classpath resource of this template's {@code retort.toml}. */
    public String configResource() {
        return TemplateCatalog.ROOT + name + "/retort.toml";
    }
}
