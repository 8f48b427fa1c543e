package dev.retort.cli;

/** One command of the command line: what it accepts, and how it runs. */
interface CliCommand {
    /** Its name, description, options and positional parameters. */
    CommandSpec spec();

    /**
     * Runs the command on parsed arguments.
     *
     * @return the exit code
     */
    int run(RetortCli cli, ParsedArgs args);
}
