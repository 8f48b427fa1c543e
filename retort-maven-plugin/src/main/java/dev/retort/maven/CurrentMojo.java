package dev.retort.maven;

import dev.retort.command.CurrentCommand;
import dev.retort.command.Project;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code retort current}: the revisions the database is at. Reads only; creates nothing. */
@Mojo(name = "current", threadSafe = true)
public class CurrentMojo extends RetortMojo {
    /** The URL and each revision's details ({@code -v}). */
    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    String goal() {
        return "current";
    }

    @Override
    void run(Project project, MavenOutput out) {
        CurrentCommand.Result result = CurrentCommand.run(project, verbose);
        if (result.current().isEmpty() && !verbose) {
            // the CLI prints nothing at base, as Alembic does; a build log line should say so
            out.info("The database is at base (no revision applied)");
            return;
        }
        out.report(result, goal());
    }
}
