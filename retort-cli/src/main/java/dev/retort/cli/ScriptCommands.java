package dev.retort.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.command.EditCommand;
import dev.retort.command.InitCommand;
import dev.retort.command.ListTemplatesCommand;
import dev.retort.command.Report;
import dev.retort.command.Reports;
import dev.retort.command.RevisionCommand;
import dev.retort.config.ConfigRequest;
import dev.retort.script.ScriptFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Commands that write or open files of the script directory: init, list-templates, revision, merge, edit. */
final class ScriptCommands {
    private ScriptCommands() {
    }

    @Command(name = "init", description = "Initialize a new scripts directory.")
    static final class Init implements Callable<Integer> {
        @ParentCommand
        RetortCli root;

        @Parameters(paramLabel = "DIR", description = "Location of the scripts directory.")
        Path directory;

        @Option(names = {"-t", "--template"}, paramLabel = "TEMPLATE", defaultValue = "generic",
                description = "Setup template: generic (Java revisions), sql, multidb (default: ${DEFAULT-VALUE}).")
        String template;

        @Option(names = "--package", paramLabel = "PACKAGE", description = "Java package of new revisions.")
        String javaPackage;

        @Override
        public Integer call() {
            Path wd = root.context.workingDirectory();
            Path config = root.configFile != null ? root.configFile
                    : Path.of(root.context.environment().getOrDefault(ConfigRequest.CONFIG_VARIABLE, "retort.toml"));
            return root.print(InitCommand.run(wd.resolve(directory), template, wd.resolve(config), javaPackage), "init");
        }
    }

    @Command(name = "list-templates", description = "List available templates.")
    static final class ListTemplates implements Callable<Integer> {
        @ParentCommand
        RetortCli root;

        @Override
        public Integer call() {
            return root.print(ListTemplatesCommand.run(), "list-templates");
        }
    }

    @Command(name = "revision", description = "Create a new revision file.")
    static final class NewRevision implements Callable<Integer> {
        @ParentCommand
        RetortCli root;

        @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "Message string to use with the revision.")
        String message;

        @Option(names = "--head", paramLabel = "REV", defaultValue = "head",
                description = "Head revision to build the new revision upon as a parent (default: ${DEFAULT-VALUE}).")
        String head;

        @Option(names = "--splice", description = "Allow a non-head revision as the --head to splice onto.")
        boolean splice;

        @Option(names = "--branch-label", paramLabel = "LABEL", description = "Branch label to apply to the new revision.")
        List<String> branchLabels = new ArrayList<>();

        @Option(names = "--version-path", paramLabel = "DIR", description = "Version location to place the new revision in.")
        Path versionPath;

        @Option(names = "--rev-id", paramLabel = "ID", description = "Revision id to use instead of a generated one.")
        String revId;

        @Option(names = "--depends-on", paramLabel = "REV", description = "Revision this one depends on; repeatable.")
        List<String> dependsOn = new ArrayList<>();

        @Override
        public Integer call() {
            var request = new RevisionCommand.Request(message, List.of(head), splice, branchLabels, versionPath, revId,
                    dependsOn, root.revisionFormat() == null ? null : ScriptFormat.fromName(root.revisionFormat()));
            return write(root, request, "revision");
        }
    }

    @Command(name = "merge", description = "Merge two revisions together; creates a new revision file.")
    static final class Merge implements Callable<Integer> {
        @ParentCommand
        RetortCli root;

        @Parameters(paramLabel = "REVS", arity = "1..*", description = "Revisions to merge (ids, labels, or heads).")
        List<String> revisions;

        @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "Message string to use with the merge.")
        String message;

        @Option(names = "--branch-label", paramLabel = "LABEL", description = "Branch label to apply to the new revision.")
        List<String> branchLabels = new ArrayList<>();

        @Option(names = "--rev-id", paramLabel = "ID", description = "Revision id to use instead of a generated one.")
        String revId;

        @Override
        public Integer call() {
            var request = new RevisionCommand.Request(message, revisions, false, branchLabels, null, revId, List.of(), null);
            return write(root, request, "merge");
        }
    }

    private static int write(RetortCli root, RevisionCommand.Request request, String command) {
        root.outputFormat();
        PrintStream err = root.context.err();
        return root.print(RevisionCommand.run(root.project(), request, Clock.systemUTC(), err::println), command);
    }

    @Command(name = "edit", description = "Edit revision script(s) using $EDITOR.")
    static final class Edit implements Callable<Integer> {
        @ParentCommand
        RetortCli root;

        @Parameters(paramLabel = "REV", description = "Revision to edit.")
        String rev;

        @Override
        public Integer call() {
            List<Path> files = EditCommand.run(root.project(), rev, root.context.environment());
            return root.print(new Edited(files), "edit");
        }
    }

    /** The files {@code edit} opened: nothing to print in text, the paths in JSON. */
    record Edited(List<Path> files) implements Report {
        @Override
        public void printText(PrintStream out) {
            // Alembic prints nothing after the editor closes.
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            Reports.writeStrings(json, "files", files.stream().map(Path::toString).toList());
        }
    }
}
