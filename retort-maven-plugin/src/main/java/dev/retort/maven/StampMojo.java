package dev.retort.maven;

import dev.retort.RetortException;
import dev.retort.command.MigrateCommand;
import dev.retort.command.Project;
import dev.retort.command.StampCommand;
import java.time.Clock;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code retort stamp REVS...}: sets the version rows without running any revision. */
@Mojo(name = "stamp", threadSafe = true)
public class StampMojo extends MigrateMojo {
    /** The revisions to stamp: {@code -Dretort.revisions=head} or {@code a1,b2}; {@code FROM:TO} with {@code sql}. */
    @Parameter(property = "retort.revisions", required = true)
    List<String> revisions;

    /** Delete every version row before stamping ({@code --purge}). */
    @Parameter(property = "retort.purge", defaultValue = "false")
    boolean purge;

    @Override
    String goal() {
        return "stamp";
    }

    @Override
    void run(Project project, MavenOutput out) {
        if (revisions == null || revisions.isEmpty()) {
            throw new RetortException("stamp needs the revisions to stamp: -Dretort.revisions=head (or base, or ids)");
        }
        var request = new StampCommand.Request(revisions, sql, purge, tag);
        MigrateCommand.Result result = StampCommand.run(project, request, new LogProgress(out), Clock.systemUTC());
        report(result, "Stamped", out);
    }
}
