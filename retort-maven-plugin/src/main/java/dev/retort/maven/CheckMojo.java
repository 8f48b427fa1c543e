package dev.retort.maven;

import dev.retort.command.CheckCommand;
import dev.retort.command.Project;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code retort check}: compares the model ({@code [retort.model]} of retort.toml) with the
 * database and fails the build, listing the differences, when they differ. Reads only.
 */
@Mojo(name = "check", threadSafe = true)
public class CheckMojo extends RetortMojo {
    @Override
    String goal() {
        return "check";
    }

    @Override
    void run(Project project, MavenOutput out) throws MojoFailureException {
        CheckCommand.Result result = CheckCommand.run(project, out::warn);
        out.report(result, goal());
        if (!result.clean()) {
            int n = result.differences().size();
            throw new MojoFailureException(out.mask("The model and the database differ (" + n + " difference"
                    + (n == 1 ? "" : "s") + ": " + String.join("; ", result.differences())
                    + "); write a revision for them (retort:revision -Dretort.autogenerate) or change the model"));
        }
    }
}
