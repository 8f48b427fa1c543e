package dev.retort.script;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes new revision files from the project's template ({@code templates/revision.java} or
 * {@code templates/revision.sql}; the template's extension decides the format). File names come
 * from {@code file_template}; an existing file is never overwritten.
 */
public final class RevisionFileWriter {
    private final String fileTemplate;
    private final int truncateSlugLength;

    /**
     * @param fileTemplate       e.g. {@code {rev}_{slug}}
     * @param truncateSlugLength the longest slug (Alembic's default is 40)
     */
    public RevisionFileWriter(String fileTemplate, int truncateSlugLength) {
        if (truncateSlugLength < 1) {
            throw new RetortException("truncate_slug_length must be at least 1, not " + truncateSlugLength);
        }
        this.fileTemplate = fileTemplate;
        this.truncateSlugLength = truncateSlugLength;
    }

    /** The file name the revision gets in the given format, e.g. {@code 1a2b3c4d5e6f_add_user_email.java}. */
    public String fileName(NewRevision rev, ScriptFormat format) {
        return RevisionNames.fileStem(fileTemplate, rev.id(), slug(rev), rev.createDate()) + "." + format.extension();
    }

    /** The content of the new file, rendered from {@code templateFile}. */
    public String render(Path templateFile, NewRevision rev) {
        RevisionIds.validate(rev.id());
        ScriptFormat format = HeaderReader.formatOf(templateFile);
        String template;
        try {
            template = Files.readString(templateFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RetortException("Revision template " + templateFile + " does not exist; "
                    + "restore it from 'retort init' or fix script_location");
        } catch (IOException e) {
            throw new RetortException("Cannot read revision template " + templateFile + ": " + e.getMessage(), e);
        }
        return TemplateRenderer.render(template, RevisionTemplateValues.of(rev, format, slug(rev)));
    }

    /**
     * Writes the new revision into {@code directory} (created if missing).
     *
     * @return the file written
     * @throws RetortException when the file exists already or cannot be written
     */
    public Path write(Path directory, Path templateFile, NewRevision rev) {
        String content = render(templateFile, rev);
        Path file = directory.resolve(fileName(rev, HeaderReader.formatOf(templateFile)));
        try {
            Files.createDirectories(directory);
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new RetortException("File " + file + " already exists; refusing to overwrite it");
        } catch (IOException e) {
            throw new RetortException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private String slug(NewRevision rev) {
        return RevisionNames.slug(rev.message(), truncateSlugLength);
    }
}
