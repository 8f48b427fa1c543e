package dev.retort.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Collection;
import java.util.List;

/** {@code retort help [COMMAND]}: the command list, or the help of one command. */
final class HelpCommand implements CliCommand {
    private static final CommandSpec SPEC = CommandSpec.of("help", "Show the help of a command.")
            .withArgs("COMMAND", "The command to explain (default: all of them).", 0, 1);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(RetortCli cli, ParsedArgs args) throws UsageException {
        String name = args.positional();
        if (name != null && !RetortCli.COMMANDS.containsKey(name)) {
            throw new UsageException("unknown command '" + name + "'", null);
        }
        return cli.print(new Report(name == null ? null : RetortCli.COMMANDS.get(name).spec()), "help");
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

    /**
     * The help as text, or in JSON every command (or the one asked for) with its options and
     * arguments, and the global options.
     *
     * @param spec the command asked for, or null for all
     */
    record Report(CommandSpec spec) implements dev.retort.command.Report {
        @Override
        public void printText(PrintStream out) {
            print(out, spec);
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            Collection<CommandSpec> specs = spec != null ? List.of(spec)
                    : RetortCli.COMMANDS.values().stream().map(CliCommand::spec).toList();
            json.writeArrayFieldStart("commands");
            for (CommandSpec s : specs) {
                json.writeStartObject();
                json.writeStringField("name", s.name());
                json.writeStringField("description", s.description());
                writeOptions(json, "options", s.options());
                if (s.argsLabel() == null) {
                    json.writeNullField("arguments");
                } else {
                    json.writeObjectFieldStart("arguments");
                    json.writeStringField("label", s.argsLabel());
                    json.writeStringField("description", s.argsDescription());
                    json.writeNumberField("min", s.minArgs());
                    if (s.maxArgs() == Integer.MAX_VALUE) {
                        json.writeNullField("max");
                    } else {
                        json.writeNumberField("max", s.maxArgs());
                    }
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            writeOptions(json, "global_options", RetortCli.GLOBAL_OPTIONS);
        }

        private static void writeOptions(JsonGenerator json, String field, List<CliOption> options)
                throws IOException {
            json.writeArrayFieldStart(field);
            for (CliOption o : options) {
                json.writeStartObject();
                json.writeArrayFieldStart("names");
                for (String n : o.names()) {
                    json.writeString(n);
                }
                json.writeEndArray();
                json.writeStringField("value", o.valueLabel());
                json.writeStringField("description", o.description());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }
}
