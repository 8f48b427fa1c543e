package dev.retort.maven;

import dev.retort.command.AutogenerateCommand;
import dev.retort.command.Project;
import dev.retort.command.Report;
import dev.retort.command.RevisionCommand;
import dev.retort.RetortException;
import dev.retort.script.ScriptFormat;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code retort revision}: a new revision file from the project's template; with
 * {@code autogenerate}, its upgrade and downgrade come from comparing the model with the database.
 */
@Mojo(name = "revision", threadSafe = true)
public class RevisionMojo extends RetortMojo {
    /** The revision's message ({@code -m}). */
    @Parameter(property = "retort.message")
    String message;

    /** Fill in upgrade and downgrade from the differences between the model and the database ({@code --autogenerate}). */
    @Parameter(property = "retort.autogenerate", defaultValue = "false")
    boolean autogenerate;

    /** With {@code autogenerate}: renames instead of a drop and an add, {@code old=new} or {@code table.old=new} ({@code --rename}). */
    @Parameter(property = "retort.renames")
    List<String> renames;

    /** With {@code autogenerate}: log the file instead of writing it ({@code --sql}). */
    @Parameter(property = "retort.sql", defaultValue = "false")
    boolean sql;

    /** The revision to build on ({@code --head}); default the single head. */
    @Parameter(property = "retort.head", defaultValue = "head")
    String head;

    /** Allow a non-head revision as {@code head} ({@code --splice}). */
    @Parameter(property = "retort.splice", defaultValue = "false")
    boolean splice;

    /** Branch labels of the new revision ({@code --branch-label}). */
    @Parameter(property = "retort.branchLabels")
    List<String> branchLabels;

    /** The version location to write the file in ({@code --version-path}), relative to the project's directory. */
    @Parameter(property = "retort.versionPath")
    String versionPath;

    /** The revision id instead of a generated one ({@code --rev-id}). */
    @Parameter(property = "retort.revId")
    String revId;

    /** Revisions the new one depends on ({@code --depends-on}). */
    @Parameter(property = "retort.dependsOn")
    List<String> dependsOn;

    /** {@code java} or {@code sql}; default {@code revision_format} of the config ({@code --format}). */
    @Parameter(property = "retort.format")
    String format;

    @Override
    String goal() {
        return "revision";
    }

    @Override
    void run(Project project, MavenOutput out) {
        var request = new RevisionCommand.Request(message, List.of(head), splice, orEmpty(branchLabels),
                isSet(versionPath) ? Path.of(versionPath) : null, isSet(revId) ? revId : null, orEmpty(dependsOn),
                isSet(format) ? ScriptFormat.fromName(format) : null);
        Report report;
        if (autogenerate) {
            report = AutogenerateCommand.run(project, new AutogenerateCommand.Request(request, orEmpty(renames), sql),
                    Clock.systemUTC(), out::info);
        } else {
            if (sql || !orEmpty(renames).isEmpty()) {
                throw new RetortException("sql and renames go with autogenerate (-Dretort.autogenerate)");
            }
            report = RevisionCommand.run(project, request, Clock.systemUTC(), out::info);
        }
        out.report(report, goal());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
