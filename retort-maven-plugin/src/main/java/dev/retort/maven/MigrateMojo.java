package dev.retort.maven;

import dev.retort.RetortException;
import dev.retort.command.MigrateCommand;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** What upgrade, downgrade and stamp share: offline SQL and the closing line of an online run. */
abstract class MigrateMojo extends RetortMojo {
    /** Write the SQL instead of running it ({@code --sql}): no connection is opened. */
    @Parameter(property = "retort.sql", defaultValue = "false")
    boolean sql;

    /** With {@code sql}: a tag written at the head of the SQL ({@code --tag}). */
    @Parameter(property = "retort.tag")
    String tag;

    /** With {@code sql}: the file to write the SQL to; without it the SQL is logged line by line. */
    @Parameter(property = "retort.outputFile")
    File outputFile;

    /**
     * Logs what an online run did, or writes (or logs) the SQL of an offline one.
     *
     * @param done what the steps were, as in {@code 2 revisions applied}
     */
    void report(MigrateCommand.Result result, String done, MavenOutput out) {
        if (result.sql() == null) {
            out.info(done + "; the database is at " + at(result.rowsAfter()));
            return;
        }
        if (outputFile == null) {
            out.report(result, goal());
            return;
        }
        Path file = basedir.toPath().resolve(outputFile.toPath());
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, out.mask(result.sql()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException("Can't write the SQL to " + file + ": " + e.getMessage(), e);
        }
        out.info("Wrote the SQL of " + result.steps().size() + " step" + (result.steps().size() == 1 ? "" : "s")
                + " to " + file);
    }

    static String at(List<String> rows) {
        return rows.isEmpty() ? "base" : String.join(", ", rows);
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
