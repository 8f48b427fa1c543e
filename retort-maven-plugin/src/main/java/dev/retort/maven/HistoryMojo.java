package dev.retort.maven;

import dev.retort.command.HistoryCommand;
import dev.retort.command.Project;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code retort history}: the revisions from the heads down to base, or within a range. */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends RetortMojo {
    /** {@code [start]:[end]}, {@code start:} or {@code :end}, e.g. {@code -3:current} ({@code -r}). */
    @Parameter(property = "retort.range")
    String range;

    /** Each revision's details ({@code -v}). */
    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    /** Mark the database's current revisions ({@code -i}); reads the database. */
    @Parameter(property = "retort.indicateCurrent", defaultValue = "false")
    boolean indicateCurrent;

    @Override
    String goal() {
        return "history";
    }

    @Override
    void run(Project project, MavenOutput out) {
        out.report(HistoryCommand.run(project, HistoryCommand.Range.parse(isSet(range) ? range : null), verbose,
                indicateCurrent), goal());
    }
}
