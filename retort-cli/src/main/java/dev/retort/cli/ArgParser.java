package dev.retort.cli;

import dev.retort.command.Reports;
import java.util.List;
import java.util.Map;

/**
 * Parses a command line: global options before or after the command, {@code --opt value},
 * {@code --opt=value}, {@code -o value}, {@code -ovalue}, clustered flags ({@code -qv}),
 * repeatable options, positionals, and {@code --} before positionals that start with a dash.
 * {@code -o=value} (as picocli read it). An option's value is the next argument whatever it looks
 * like ({@code -r -3:}).
 */
final class ArgParser {
    private final List<CliOption> globalOptions;
    private final Map<String, CliCommand> commands;
    private final ParsedArgs parsed = new ParsedArgs();

    private ArgParser(List<CliOption> globalOptions, Map<String, CliCommand> commands) {
        this.globalOptions = globalOptions;
        this.commands = commands;
    }

    /**
     * Parses options, the command and its positionals; see {@link #checkPositionals} for their count.
     *
     * @param commands by name
     * @throws UsageException on an unknown command or option, or a missing value
     */
    static ParsedArgs parse(String[] args, List<CliOption> globalOptions, Map<String, CliCommand> commands)
            throws UsageException {
        ArgParser parser = new ArgParser(globalOptions, commands);
        parser.parseAll(args);
        return parser.parsed;
    }

    private void parseAll(String[] args) throws UsageException {
        boolean onlyPositionals = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (onlyPositionals || !looksLikeOption(arg)) {
                positional(arg);
            } else if (arg.equals("--")) {
                onlyPositionals = true;
            } else if (option(arg, i + 1 < args.length ? args[i + 1] : null)) {
                i++;
            }
        }
    }

    /** A dash and more, but not a negative number such as a relative revision {@code -1}. */
    private static boolean looksLikeOption(String arg) {
        return arg.length() > 1 && arg.charAt(0) == '-' && !Character.isDigit(arg.charAt(1));
    }

    private void positional(String arg) throws UsageException {
        if (parsed.command() != null) {
            parsed.addPositional(arg);
            return;
        }
        CliCommand command = commands.get(arg);
        if (command == null) {
            throw new UsageException("unknown command '" + arg + "'", null);
        }
        parsed.command(command);
    }

    /** Records one option argument; returns whether it took {@code next} as its value. */
    private boolean option(String arg, String next) throws UsageException {
        int eq = arg.indexOf('=');
        String name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
        CliOption option = find(name);
        if (option != null) {
            String inline = name.length() < arg.length() ? arg.substring(eq + 1) : null;
            return takeValue(option, name, inline, next);
        }
        if (!arg.startsWith("--") && arg.length() > 2 && (option = find(arg.substring(0, 2))) != null) {
            if (option.takesValue()) {
                String value = arg.charAt(2) == '=' ? arg.substring(3) : arg.substring(2);
                return takeValue(option, arg.substring(0, 2), value, next);
            }
            parsed.add(option, "");
            return option("-" + arg.substring(2), next);
        }
        throw new UsageException("unknown option '" + name + "'", commandName());
    }

    private boolean takeValue(CliOption option, String name, String inline, String next) throws UsageException {
        if (!option.takesValue()) {
            if (inline != null) {
                throw new UsageException("option '" + name + "' takes no value", commandName());
            }
            parsed.add(option, "");
            return false;
        }
        if (inline != null) {
            parsed.add(option, inline);
            return false;
        }
        if (next == null) {
            throw new UsageException("option '" + name + "' needs a value (" + option.valueLabel() + ")",
                    commandName());
        }
        parsed.add(option, next);
        return true;
    }

    private CliOption find(String name) {
        for (CliOption option : globalOptions) {
            if (option.names().contains(name)) {
                return option;
            }
        }
        return parsed.command() == null ? null : parsed.command().spec().option(name);
    }

    private String commandName() {
        return parsed.command() == null ? null : parsed.command().spec().name();
    }

    /** Checks that the command got as many positionals as it accepts. */
    static void checkPositionals(ParsedArgs parsed) throws UsageException {
        CommandSpec spec = parsed.command().spec();
        int count = parsed.positionals().size();
        if (count < spec.minArgs()) {
            throw new UsageException("missing " + spec.argsLabel(), spec.name());
        }
        if (count > spec.maxArgs()) {
            throw new UsageException("unexpected argument '" + parsed.positionals().get(spec.maxArgs()) + "'",
                    spec.name());
        }
    }

    /**
     * The output format the last {@code --format text|json} of a command line asks for, read
     * leniently for a command line that did not parse: so that a usage error is reported as JSON
     * when JSON was asked for. Skips the values of the options it knows (so {@code -m --format}
     * is a message), stops at {@code --}.
     */
    static Reports.Format lastOutputFormat(String[] args, List<CliOption> globalOptions,
                                           Map<String, CliCommand> commands) {
        Reports.Format format = Reports.Format.TEXT;
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            String arg = args[i];
            String value = null;
            if (arg.equals("--format") && i + 1 < args.length) {
                value = args[++i];
            } else if (arg.startsWith("--format=")) {
                value = arg.substring("--format=".length());
            } else if (looksLikeOption(arg) && arg.indexOf('=') < 0 && takesValue(arg, globalOptions, commands)) {
                i++;
            }
            if ("json".equalsIgnoreCase(value)) {
                format = Reports.Format.JSON;
            } else if ("text".equalsIgnoreCase(value)) {
                format = Reports.Format.TEXT;
            }
        }
        return format;
    }

    private static boolean takesValue(String name, List<CliOption> globalOptions, Map<String, CliCommand> commands) {
        for (CliOption option : globalOptions) {
            if (option.names().contains(name)) {
                return option.takesValue();
            }
        }
        for (CliCommand command : commands.values()) {
            CliOption option = command.spec().option(name);
            if (option != null) {
                return option.takesValue();
            }
        }
        return false;
    }
}
