package dev.retort.maven;

import dev.retort.command.Project;
import dev.retort.command.VerifyCommand;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code retort verify}: the built-in migration test suite on an empty, throwaway database (the
 * configured URL: give it with {@code -Dretort.url=...}): single head, upgrade from empty one
 * revision at a time, every downgrade restores the schema, the model matches at head, downgrade
 * to base leaves only the version tables. Fails the build when a check fails.
 */
@Mojo(name = "verify", threadSafe = true)
public class VerifyMojo extends RetortMojo {
    @Override
    String goal() {
        return "verify";
    }

    @Override
    void run(Project project, MavenOutput out) throws MojoFailureException {
        VerifyCommand.Result result = VerifyCommand.run(project, new LogProgress(out));
        out.report(result, goal());
        if (!result.passed()) {
            throw new MojoFailureException(out.mask(result.summary()));
        }
    }
}
