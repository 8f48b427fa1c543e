package dev.retort.cli;

import dev.retort.command.BranchesCommand;
import dev.retort.command.HeadsCommand;
import dev.retort.command.HistoryCommand;
import dev.retort.command.ShowCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Commands that read the revision graph only: heads, branches, history, show. */
final class GraphCommands {
    private GraphCommands() {
    }

    @Command(name = "heads", description = "Show current available heads in the script directory.")
    static final class Heads implements Callable<Integer> {
        @ParentCommand
        RetortCli root;

        @Option(names = "--resolve-dependencies", description = "Treat dependency versions as down revisions.")
        boolean resolveDependencies;

        @Override
        public Integer call() {
            return root.print(HeadsCommand.run(root.project(), root.verbose, resolveDependencies), "heads");
        }
    }

    @Command(name = "branches", description = "Show current branch points.")
    static final class Branches implements Callable<Integer> {
        @ParentCommand
        RetortCli root;

        @Override
        public Integer call() {
            return root.print(BranchesCommand.run(root.project(), root.verbose), "branches");
        }
    }

    @Command(name = "history", description = "List changeset scripts in chronological order.")
    static final class History implements Callable<Integer> {
        @ParentCommand
        RetortCli root;

        @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
                description = "Range of revisions: [start]:[end], [start]: or :[end].")
        String range;

        @Override
        public Integer call() {
            return root.print(HistoryCommand.run(root.project(), HistoryCommand.Range.parse(range), root.verbose),
                    "history");
        }
    }

    @Command(name = "show", description = "Show the revision(s) denoted by the given symbol.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        RetortCli root;

        @Parameters(paramLabel = "REV", description = "Revision id, partial id or symbol (head, label@head).")
        String rev;

        @Override
        public Integer call() {
            return root.print(ShowCommand.run(root.project(), rev), "show");
        }
    }
}
