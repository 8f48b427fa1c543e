package dev.retort.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.command.AutogenerateCommand;
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
import java.util.List;

/** Commands that write or open files of the script directory: init, list-templates, revision, merge, edit. */
final class ScriptCommands {
    private static final CliOption BRANCH_LABEL = CliOption.valued("LABEL",
            "Branch label to apply to the new revision.", "--branch-label");
    private static final CliOption REV_ID = CliOption.valued("ID", "Revision id to use instead of a generated one.",
            "--rev-id");

    private ScriptCommands() {
    }

    static final class Init implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("init", "Initialize a new scripts directory.",
                CliOption.valued("TEMPLATE", "Setup template: generic (Java revisions), sql, multidb "
                        + "(default: generic).", "-t", "--template"),
                CliOption.valued("PACKAGE", "Java package of new revisions.", "--package"))
                .withArgs("DIR", "Location of the scripts directory.", 1, 1);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            Path wd = cli.context.workingDirectory();
            Path config = cli.configFile() != null ? cli.configFile()
                    : Path.of(cli.context.environment().getOrDefault(ConfigRequest.CONFIG_VARIABLE, "retort.toml"));
            return cli.print(InitCommand.run(wd.resolve(args.positional()), args.value("--template", "generic"),
                    wd.resolve(config), args.value("--package", null)), "init");
        }
    }

    static final class ListTemplates implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("list-templates", "List available templates.");

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            return cli.print(ListTemplatesCommand.run(), "list-templates");
        }
    }

    static final class NewRevision implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("revision", "Create a new revision file.",
                CliOption.valued("MSG", "Message string to use with the revision.", "-m", "--message"),
                CliOption.valued("REV", "Head revision to build the new revision upon as a parent (default: head).",
                        "--head"),
                CliOption.flag("Allow a non-head revision as the --head to splice onto.", "--splice"),
                BRANCH_LABEL,
                CliOption.valued("DIR", "Version location to place the new revision in.", "--version-path"),
                REV_ID,
                CliOption.valued("REV", "Revision this one depends on; repeatable.", "--depends-on"),
                CliOption.flag("Fill in upgrade and downgrade by comparing the model with the database.",
                        "--autogenerate"),
                CliOption.valued("OLD=NEW", "With --autogenerate: a table (old=new) or column (table.old=new) "
                        + "rename, instead of a drop and an add; repeatable.", "--rename"),
                CliOption.flag("With --autogenerate: print the new file instead of writing it.", "--sql"));

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            String versionPath = args.value("--version-path", null);
            String format = cli.revisionFormat();
            var request = new RevisionCommand.Request(args.value("--message", null),
                    List.of(args.value("--head", "head")), args.has("--splice"), args.values("--branch-label"),
                    versionPath == null ? null : Path.of(versionPath), args.value("--rev-id", null),
                    args.values("--depends-on"), format == null ? null : ScriptFormat.fromName(format));
            if (!args.has("--autogenerate")) {
                if (args.has("--sql") || !args.values("--rename").isEmpty()) {
                    throw new dev.retort.RetortException("--sql and --rename go with --autogenerate");
                }
                return write(cli, request, "revision");
            }
            var autogenerate = new AutogenerateCommand.Request(request, args.values("--rename"), args.has("--sql"));
            return cli.print(AutogenerateCommand.run(cli.project(), autogenerate, Clock.systemUTC(),
                    cli.context.err()::println), "revision");
        }
    }

    static final class Merge implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("merge",
                "Merge two revisions together; creates a new revision file.",
                CliOption.valued("MSG", "Message string to use with the merge.", "-m", "--message"),
                BRANCH_LABEL, REV_ID)
                .withArgs("REVS...", "Revisions to merge (ids, labels, or heads).", 1, Integer.MAX_VALUE);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            var request = new RevisionCommand.Request(args.value("--message", null), args.positionals(), false,
                    args.values("--branch-label"), null, args.value("--rev-id", null), List.of(), null);
            return write(cli, request, "merge");
        }
    }

    private static int write(RetortCli cli, RevisionCommand.Request request, String command) {
        PrintStream err = cli.context.err();
        return cli.print(RevisionCommand.run(cli.project(), request, Clock.systemUTC(), err::println), command);
    }

    static final class Edit implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("edit", "Edit revision script(s) using $EDITOR.")
                .withArgs("REV", "Revision to edit.", 1, 1);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            List<Path> files = EditCommand.run(cli.project(), args.positional(), cli.context.environment());
            return cli.print(new Edited(files), "edit");
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
