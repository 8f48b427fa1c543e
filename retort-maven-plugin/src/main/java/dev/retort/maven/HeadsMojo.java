package dev.retort.maven;

import dev.retort.command.HeadsCommand;
import dev.retort.command.Project;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code retort heads}: the heads of the revision graph. Reads the revision files only. */
@Mojo(name = "heads", threadSafe = true)
public class HeadsMojo extends RetortMojo {
    /** Each head's details ({@code -v}). */
    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    /** Treat dependencies as down revisions ({@code --resolve-dependencies}). */
    @Parameter(property = "retort.resolveDependencies", defaultValue = "false")
    boolean resolveDependencies;

    @Override
    String goal() {
        return "heads";
    }

    @Override
    void run(Project project, MavenOutput out) {
        out.report(HeadsCommand.run(project, verbose, resolveDependencies), goal());
    }
}
