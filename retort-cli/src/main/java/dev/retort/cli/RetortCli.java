package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.command.ErrorReport;
import dev.retort.command.Project;
import dev.retort.command.Report;
import dev.retort.command.Reports;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigRequest;
import dev.retort.config.RetortConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code retort} command line: the global options, the choice of command, help, version and
 * the exit code. Global options may stand before the command or after it
 * ({@code retort -v upgrade head} or {@code retort upgrade head -v}).
 */
public final class RetortCli {
    static final String DESCRIPTION = "Database schema migrations for the JVM, in the model of Alembic.";
    static final List<CliOption> GLOBAL_OPTIONS = List.of(
            CliOption.valued("FILE", "Config file (default: $RETORT_CONFIG, else ./retort.toml).", "-c", "--config"),
            CliOption.valued("SECTION", "Section of the config file to read (default: retort).", "-n", "--name"),
            CliOption.valued("KEY=VALUE", "Value for ${KEY} in the config; repeatable. -x url=... sets the "
                    + "database URL.", "-x"),
            CliOption.valued("URL", "Database URL (JDBC or SQLAlchemy style); overrides $RETORT_URL and the config.", "--url"),
            CliOption.valued("FORMAT", "Output format: text (default) or json; for revision also the file format, "
                    + "java or sql. Repeatable: revision --format sql --format json.", "--format"),
            CliOption.flag("Print no progress lines.", "-q", "--quiet"),
            CliOption.flag("Print more; on an error, the stack trace too.", "-v", "--verbose"),
            CliOption.flag("Show this help and exit.", "-h", "--help"),
            CliOption.flag("Print the version and exit.", "-V", "--version"));
    /** Every command, in the order help lists them. */
    static final Map<String, CliCommand> COMMANDS = byName(new ScriptCommands.Init(),
            new ScriptCommands.ListTemplates(), new ScriptCommands.NewRevision(), new ScriptCommands.Merge(),
            new GraphCommands.Heads(), new GraphCommands.Branches(), new GraphCommands.History(),
            new GraphCommands.Show(), new ScriptCommands.Edit(), new RuntimeCommands.Upgrade(),
            new RuntimeCommands.Downgrade(), new RuntimeCommands.Stamp(), new RuntimeCommands.Current(),
            new RuntimeCommands.Validate(), new RuntimeCommands.EnsureVersion(), new RuntimeCommands.Check(), new Verify(), new HelpCommand());

    final CliContext context;
    final ParsedArgs args;

    private RetortCli(CliContext context, ParsedArgs args) {
        this.context = context;
        this.args = args;
    }

    /** Parses and runs one command line; returns the exit code. */
    static int execute(String[] arguments, CliContext context) {
        try {
            ParsedArgs args = ArgParser.parse(arguments, GLOBAL_OPTIONS, COMMANDS);
            RetortCli cli = new RetortCli(context, args);
            if (args.has("--version")) {
                checkValues(args);
                return cli.print(new Version.Report(Version.number()), "version");
            }
            if (args.has("--help")) {
                checkValues(args);
                return cli.print(new HelpCommand.Report(args.command() == null ? null : args.command().spec()), "help");
            }
            if (args.command() == null) {
                throw new UsageException("no command given", null);
            }
            ArgParser.checkPositionals(args);
            checkValues(args);
            try {
                return args.command().run(cli, args);
            } catch (RuntimeException e) {
                return cli.failed(e);
            }
        } catch (UsageException e) {
            context.err().println("retort: " + e.getMessage());
            context.err().println(e.hint());
            if (ArgParser.lastOutputFormat(arguments, GLOBAL_OPTIONS, COMMANDS) == Reports.Format.JSON) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("hint", e.hint());
                Reports.printJson(e.command(), null, new ErrorReport(ErrorReport.USAGE, e.getMessage(), details),
                        context.out());
            }
            return 2;
        }
    }

    private static Map<String, CliCommand> byName(CliCommand... commands) {
        Map<String, CliCommand> byName = new LinkedHashMap<>();
        for (CliCommand command : commands) {
            byName.put(command.spec().name(), command);
        }
        return byName;
    }

    private static void checkValues(ParsedArgs args) throws UsageException {
        for (String pair : args.values("-x")) {
            if (pair.indexOf('=') < 0) {
                throw new UsageException("option '-x' takes KEY=VALUE, not '" + pair + "'", null);
            }
        }
        for (String format : args.values("--format")) {
            switch (format.toLowerCase(Locale.ROOT)) {
                case "text", "json", "java", "sql" -> {
                }
                default -> throw new UsageException("invalid value for option '--format': '" + format
                        + "' (expected text, json, java or sql)", null);
            }
        }
    }

    private int failed(RuntimeException ex) {
        String message = ex instanceof RetortException ? ex.getMessage()
                : ex.getClass().getSimpleName() + ": " + ex.getMessage()
                + (verbose() ? "" : " (run with -v for the stack trace)");
        if (verbose()) {
            ex.printStackTrace(context.err());
        }
        context.err().println("FAILED: " + message);
        if (outputFormat() == Reports.Format.JSON) {
            Reports.printJson(args.command().spec().name(), null, ErrorReport.of(ex, message), context.out());
        }
        return 1;
    }

    /**
     * A command that ran and found a problem (check, validate, verify): its report, then in text
     * the {@code FAILED: } line on stderr (when there is one), in JSON the report's document with an
     * {@code error} beside its fields. Exit 1.
     *
     * @param kind       the error's kind in JSON (docs/json.md)
     * @param failedLine the text after {@code FAILED: }, or null when the text report says it all
     * @param message    the error's message in JSON
     */
    int printFailure(Report report, String command, String kind, String failedLine, String message) {
        if (outputFormat() == Reports.Format.JSON) {
            Reports.printJson(command, report, ErrorReport.of(kind, message), context.out());
        } else {
            print(report, command);
        }
        if (failedLine != null) {
            context.err().println("FAILED: " + failedLine);
        }
        return 1;
    }

    boolean verbose() {
        return args.has("--verbose");
    }

    boolean quiet() {
        return args.has("--quiet");
    }

    /** The config file named with -c, or null. */
    Path configFile() {
        String file = args.value("--config", null);
        return file == null ? null : Path.of(file);
    }

    /** Loads the config the global options name. */
    RetortConfig config() {
        ConfigRequest.Builder request = ConfigRequest.builder(context.workingDirectory())
                .environment(context.environment())
                .xArguments(xArguments())
                .section(args.value("--name", null))
                .url(args.value("--url", null));
        if (configFile() != null) {
            request.configFile(configFile());
        }
        RetortConfig config = new ConfigLoader().load(request.build());
        context.secretsSink().accept(config.secrets());
        return config;
    }

    private Map<String, String> xArguments() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : args.values("-x")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }

    Project project() {
        return Project.of(config());
    }

    int print(Report report, String command) {
        Reports.print(report, command, outputFormat(), context.out());
        return 0;
    }

    /** The last of text/json given with --format; text by default. */
    Reports.Format outputFormat() {
        Reports.Format chosen = Reports.Format.TEXT;
        for (String f : args.values("--format")) {
            switch (f.toLowerCase(Locale.ROOT)) {
                case "text" -> chosen = Reports.Format.TEXT;
                case "json" -> chosen = Reports.Format.JSON;
                default -> {
                    // java or sql: a revision file format, read by the revision command
                }
            }
        }
        return chosen;
    }

    /** The last of java/sql given with --format, or null. */
    String revisionFormat() {
        String chosen = null;
        for (String f : args.values("--format")) {
            String lower = f.toLowerCase(Locale.ROOT);
            if (lower.equals("java") || lower.equals("sql")) {
                chosen = lower;
            }
        }
        return chosen;
    }
}
