package dev.retort.cli;

/** One command of the command line: what it accepts, and how it runs. */
interface CliCommand {
    /** Its name, description, options and positional parameters. */
    CommandSpec spec();

    /**
     * Runs the command on parsed arguments.
     *
     * @return the exit code
     * @throws UsageException when the arguments make no sense together (exit 2)
     */
    int run(RetortCli cli, ParsedArgs args) throws UsageException;
}
