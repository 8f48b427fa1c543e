package dev.retort.cli;

import dev.retort.command.BranchesCommand;
import dev.retort.command.HeadsCommand;
import dev.retort.command.HistoryCommand;
import dev.retort.command.ShowCommand;

/** Commands that read the revision graph only: heads, branches, history, show. */
final class GraphCommands {
    private GraphCommands() {
    }

    static final class Heads implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("heads",
                "Show current available heads in the script directory.",
                CliOption.flag("Treat dependency versions as down revisions.", "--resolve-dependencies"));

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            return cli.print(HeadsCommand.run(cli.project(), cli.verbose(), args.has("--resolve-dependencies")),
                    "heads");
        }
    }

    static final class Branches implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("branches", "Show current branch points.");

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            return cli.print(BranchesCommand.run(cli.project(), cli.verbose()), "branches");
        }
    }

    static final class History implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("history",
                "List changeset scripts in chronological order.",
                CliOption.valued("RANGE", "Range of revisions: [start]:[end], [start]: or :[end].",
                        "-r", "--rev-range"),
                CliOption.flag("Indicate the current revision(s) of the database.", "-i", "--indicate-current"));

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            return cli.print(HistoryCommand.run(cli.project(), HistoryCommand.Range.parse(args.value("--rev-range", null)),
                    cli.verbose(), args.has("--indicate-current")), "history");
        }
    }

    static final class Show implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("show",
                "Show the revision(s) denoted by the given symbol.")
                .withArgs("REV", "Revision id, partial id or symbol (head, label@head).", 1, 1);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            return cli.print(ShowCommand.run(cli.project(), args.positional()), "show");
        }
    }
}
