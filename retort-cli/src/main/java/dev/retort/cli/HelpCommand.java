package dev.retort.cli;

import java.io.PrintStream;

/** {@code retort help [COMMAND]}: the command list, or the help of one command. */
final class HelpCommand implements CliCommand {
    private static final CommandSpec SPEC = CommandSpec.of("help", "Show the help of a command.")
            .withArgs("COMMAND", "The command to explain (default: all of them).", 0, 1);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(RetortCli cli, ParsedArgs args) {
        String name = args.positional();
        if (name != null && !RetortCli.COMMANDS.containsKey(name)) {
            cli.context.err().println("retort: unknown command '" + name + "'");
            cli.context.err().println("Run 'retort --help' for usage.");
            return 2;
        }
        print(cli.context.out(), name == null ? null : RetortCli.COMMANDS.get(name).spec());
        return 0;
    }

    /** The help of one command, or the command list when {@code spec} is null. */
    static void print(PrintStream out, CommandSpec spec) {
        if (spec == null) {
            HelpText.printCommandList(out, RetortCli.DESCRIPTION, RetortCli.COMMANDS.values(),
                    RetortCli.GLOBAL_OPTIONS);
        } else {
            HelpText.printCommand(out, spec, RetortCli.GLOBAL_OPTIONS);
        }
    }
}
