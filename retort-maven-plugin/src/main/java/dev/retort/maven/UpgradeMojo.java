package dev.retort.maven;

import dev.retort.command.MigrateCommand;
import dev.retort.command.Project;
import java.time.Clock;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code retort upgrade TARGET}: runs the revisions up to the target, under the migration lock;
 * with {@code sql}, writes their SQL instead.
 */
@Mojo(name = "upgrade", threadSafe = true)
public class UpgradeMojo extends MigrateMojo {
    /** {@code head}, {@code heads}, a revision id or prefix, {@code label@head}, {@code +N}; {@code FROM:TO} with {@code sql}. */
    @Parameter(property = "retort.target", defaultValue = "head")
    String target;

    /** Upgrade although applied revision files were edited ({@code --ignore-checksums}). */
    @Parameter(property = "retort.ignoreChecksums", defaultValue = "false")
    boolean ignoreChecksums;

    @Override
    String goal() {
        return "upgrade";
    }

    @Override
    void run(Project project, MavenOutput out) {
        var request = new MigrateCommand.Request(true, isSet(target) ? target : "head", sql, tag, false,
                ignoreChecksums);
        MigrateCommand.Result result = MigrateCommand.run(project, request, new LogProgress(out), Clock.systemUTC());
        report(result, count(result.steps().size(), "revision") + " applied", out);
    }
}
