package dev.retort.cli;

import dev.retort.command.VerifyCommand;

/**
 * {@code retort verify}: the built-in migration test suite on a throwaway database. Prints one
 * line per check (the failures under a failed one); exit 0 with {@code verify: N revisions, all
 * checks passed}, exit 1 with one {@code FAILED: } summary line on stderr.
 */
final class Verify implements CliCommand {
    private static final CommandSpec SPEC = CommandSpec.of("verify",
            "Check the migrations on an empty, throwaway database (--url): single head, upgrade from empty "
                    + "one revision at a time, each downgrade restores the schema, downgrade to base leaves only "
                    + "the version tables. The database is upgraded and downgraded.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(RetortCli cli, ParsedArgs args) {
        VerifyCommand.Result result = VerifyCommand.run(cli.project(), RuntimeCommands.progress(cli));
        if (result.passed()) {
            return cli.print(result, "verify");
        }
        return cli.printFailure(result, "verify", "verify", result.summary(), result.summary());
    }
}
