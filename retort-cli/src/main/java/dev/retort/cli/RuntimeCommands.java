package dev.retort.cli;

import dev.retort.command.CheckCommand;
import dev.retort.command.CurrentCommand;
import dev.retort.command.EnsureVersionCommand;
import dev.retort.command.MigrateCommand;
import dev.retort.command.MigrationRefusedException;
import dev.retort.command.StampCommand;
import dev.retort.command.ValidateCommand;
import dev.retort.dialect.LockHolder;
import dev.retort.dialect.LockMessages;
import dev.retort.runtime.Progress;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

/** Commands that read or change a database: upgrade, downgrade, stamp, current, validate, ensure-version. */
final class RuntimeCommands {
    private static final CliOption SQL = CliOption.flag("Write the SQL instead of running it (no connection).", "--sql");
    private static final CliOption TAG = CliOption.valued("TAG", "A tag written at the head of --sql output.", "--tag");

    private RuntimeCommands() {
    }

    /**
     * One progress line per step on stderr, with its elapsed time, and one when waiting for the
     * migration lock; nothing with -q or --format json.
     */
    static Progress progress(RetortCli cli) {
        if (cli.quiet() || cli.outputFormat() != dev.retort.command.Reports.Format.TEXT) {
            return Progress.NONE;
        }
        PrintStream err = cli.context.err();
        return new Progress() {
            @Override
            public void started(String step) {
                err.print("Running " + step + " ...");
                err.flush();
            }

            @Override
            public void warning(String message) {
                err.println(message);
            }

            @Override
            public void finished(String step, Duration elapsed) {
                err.println(" done in " + elapsed.toMillis() + " ms");
            }

            @Override
            public void failed(String step, Duration elapsed) {
                err.println(" failed after " + elapsed.toMillis() + " ms");
            }

            @Override
            public void waitingForLock(LockHolder holder, Duration timeout) {
                err.println(LockMessages.waiting(holder, timeout));
            }
        };
    }

    static final class Upgrade implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("upgrade", "Upgrade to a later version.", SQL, TAG,
                        CliOption.flag("Upgrade although applied revision files were edited (see validate).",
                                "--ignore-checksums"))
                .withArgs("TARGET", "head, heads, an id, label@head, +N, or FROM:TO with --sql.", 1, 1);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            return migrate(cli, args, true, "upgrade");
        }
    }

    static final class Downgrade implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("downgrade", "Revert to a previous version.", SQL, TAG,
                        CliOption.flag("Downgrade across irreversible revisions: their version rows move, "
                                + "their missing downgrades do nothing.", "--force"))
                .withArgs("TARGET", "base, an id, -N, label@-N, or FROM:TO with --sql.", 1, 1);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            return migrate(cli, args, false, "downgrade");
        }
    }

    private static int migrate(RetortCli cli, ParsedArgs args, boolean upgrade, String name) {
        var request = new MigrateCommand.Request(upgrade, args.positional(), args.has("--sql"), args.value("--tag", null),
                args.has("--force"), args.has("--ignore-checksums"));
        return cli.print(MigrateCommand.run(cli.project(), request, progress(cli), Clock.systemUTC()), name);
    }

    static final class Stamp implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("stamp",
                        "'stamp' the revision table with the given revision; don't run any migrations.", SQL, TAG,
                        CliOption.flag("Delete all entries in the version table before stamping.", "--purge"))
                .withArgs("REVS", "Revisions to stamp (FROM:TO with --sql).", 1, Integer.MAX_VALUE);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            var request = new StampCommand.Request(args.positionals(), args.has("--sql"), args.has("--purge"),
                    args.value("--tag", null));
            return cli.print(StampCommand.run(cli.project(), request, progress(cli), Clock.systemUTC()), "stamp");
        }
    }

    static final class Validate implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("validate",
                "Report applied revisions whose files were edited or have gone; exit 1 if any.",
                CliOption.valued("REV", "Accept the edit of an applied revision's file first: record its "
                        + "checksum as applied. Repeatable.", "--accept"));

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            ValidateCommand.Result result = ValidateCommand.run(cli.project(), args.values("--accept"),
                    Clock.systemUTC());
            if (result.ok()) {
                return cli.print(result, "validate");
            }
            String message = result.problems().size() + " applied revision"
                    + (result.problems().size() == 1 ? " does" : "s do") + " not match the revision files";
            return cli.printFailure(result, "validate", MigrationRefusedException.CHECKSUM, message, message);
        }
    }

    static final class Current implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("current",
                "Display the current revision for a database.");

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            return cli.print(CurrentCommand.run(cli.project(), cli.verbose()), "current");
        }
    }

    static final class EnsureVersion implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("ensure-version",
                "Create the version table if it doesn't exist already.", SQL);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            return cli.print(EnsureVersionCommand.run(cli.project(), args.has("--sql")), "ensure-version");
        }
    }

    static final class Check implements CliCommand {
        private static final CommandSpec SPEC = CommandSpec.of("check",
                "Check whether the model and the database differ (what --autogenerate would write); exit 1 if so.");

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int run(RetortCli cli, ParsedArgs args) {
            CheckCommand.Result result = CheckCommand.run(cli.project(), cli.context.err()::println);
            if (result.clean()) {
                return cli.print(result, "check");
            }
            int count = result.differences().size();
            return cli.printFailure(result, "check", "differences", null, count + " difference"
                    + (count == 1 ? "" : "s") + " between the model and the database; run 'retort revision "
                    + "--autogenerate' to write a revision for them");
        }
    }
}
