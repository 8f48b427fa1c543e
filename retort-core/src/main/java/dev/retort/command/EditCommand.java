package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.script.Revision;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code retort edit REV}: opens the revision files a symbol names in the user's editor. */
public final class EditCommand {
    private static final List<String> FALLBACK_EDITORS = List.of("sensible-editor", "editor", "nano", "vim", "vi");

    private EditCommand() {
    }

    /** Opens each file and waits for the editor; returns the files opened. */
    public static List<Path> run(Project project, String rev, Map<String, String> environment) {
        if ("current".equals(rev)) {
            throw new RetortException("'edit current' reads the database's version table; give a revision id");
        }
        List<Path> files = new ArrayList<>();
        for (Revision r : project.plans().revisions(rev)) {
            if (r != null) {
                files.add(r.script().path());
            }
        }
        if (files.isEmpty()) {
            throw new RetortException("No revision files indicated by symbol '" + rev + "'");
        }
        List<String> editor = findEditor(environment);
        for (Path file : files) {
            List<String> command = new ArrayList<>(editor);
            command.add(file.toString());
            try {
                int code = new ProcessBuilder(command).inheritIO().start().waitFor();
                if (code != 0) {
                    throw new RetortException("Editor '" + String.join(" ", editor) + "' exited with " + code);
                }
            } catch (IOException e) {
                throw new RetortException("Cannot start editor '" + String.join(" ", editor) + "': " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetortException("Interrupted while waiting for the editor");
            }
        }
        return files;
    }

    /** $EDITOR, else $VISUAL (each may carry arguments), else a common editor on the PATH. */
    static List<String> findEditor(Map<String, String> environment) {
        for (String variable : List.of("EDITOR", "VISUAL")) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return List.of(value.strip().split("\\s+"));
            }
        }
        String path = environment.getOrDefault("PATH", "");
        for (String candidate : FALLBACK_EDITORS) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, candidate))) {
                    return List.of(candidate);
                }
            }
        }
        throw new RetortException("No suitable editor found. Please set the \"EDITOR\" or \"VISUAL\" environment "
                + "variables");
    }
}
