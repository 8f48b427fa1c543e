package dev.retort.maven;

import dev.retort.RetortException;
import dev.retort.command.MigrateCommand;
import dev.retort.command.Project;
import java.time.Clock;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code retort downgrade TARGET}: runs the downgrades down to the target, under the migration
 * lock; with {@code sql}, writes their SQL instead ({@code FROM:TO}).
 */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends MigrateMojo {
    /** {@code -1}, {@code base}, a revision id or prefix, {@code label@-N}; {@code FROM:TO} with {@code sql}. No default. */
    @Parameter(property = "retort.target", required = true)
    String target;

    /** Downgrade across irreversible revisions ({@code --force}). */
    @Parameter(property = "retort.force", defaultValue = "false")
    boolean force;

    @Override
    String goal() {
        return "downgrade";
    }

    @Override
    void run(Project project, MavenOutput out) {
        if (!isSet(target)) {
            throw new RetortException("downgrade needs a target: -Dretort.target=-1, base or a revision id");
        }
        var request = new MigrateCommand.Request(false, target, sql, tag, force, false);
        MigrateCommand.Result result = MigrateCommand.run(project, request, new LogProgress(out), Clock.systemUTC());
        report(result, count(result.steps().size(), "revision") + " reverted", out);
    }
}
