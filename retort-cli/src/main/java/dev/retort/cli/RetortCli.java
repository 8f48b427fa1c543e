package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.command.Project;
import dev.retort.command.Report;
import dev.retort.command.Reports;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigRequest;
import dev.retort.config.RetortConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code retort} command and its global options. Global options may stand before
 * the command or after it ({@code retort -v upgrade head} or {@code retort upgrade head -v}).
 */
@Command(name = "retort", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Database schema migrations for the JVM, in the model of Alembic.")
public final class RetortCli {
    /** Every command, in the order help lists them. */
    private static final Map<String, Class<?>> COMMANDS = commands(
            ScriptCommands.Init.class, ScriptCommands.ListTemplates.class, ScriptCommands.NewRevision.class,
            ScriptCommands.Merge.class, GraphCommands.Heads.class, GraphCommands.Branches.class,
            GraphCommands.History.class, GraphCommands.Show.class, ScriptCommands.Edit.class,
            CommandLine.HelpCommand.class);
    /** Global options that take a value, so the value is not mistaken for the command. */
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of("-c", "--config", "-n", "--name", "-x", "--url",
            "--format");

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Config file (default: $RETORT_CONFIG, else ./retort.toml).")
    Path configFile;

    @Option(names = {"-n", "--name"}, paramLabel = "SECTION", scope = ScopeType.INHERIT,
            description = "Section of the config file to read (default: retort).")
    String section;

    @Option(names = "-x", paramLabel = "KEY=VALUE", scope = ScopeType.INHERIT,
            description = "Value for ${KEY} in the config; repeatable. -x url=... sets the database URL.")
    Map<String, String> xArguments = new LinkedHashMap<>();

    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Database URL (JDBC or SQLAlchemy style); overrides the config.")
    String url;

    @Option(names = "--format", paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            description = "Output format: text (default) or json; for revision also the file format, java or sql. "
                    + "Repeatable: revision --format sql --format json.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print no progress lines.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print more; on an error, the stack trace too.")
    boolean verbose;

    CliContext context;

    @Spec
    CommandSpec spec;

    /** Parses and runs one command line; returns the exit code. */
    static int execute(String[] args, CliContext context) {
        RetortCli root = new RetortCli();
        root.context = context;
        CommandLine cli = new CommandLine(root);
        // Building picocli's model of a command costs reflection; build only the one being run
        // (all of them for help or a mistyped command), which halves start-up time.
        Class<?> invoked = COMMANDS.get(commandName(args));
        for (Class<?> command : invoked != null ? List.<Class<?>>of(invoked) : COMMANDS.values()) {
            cli.addSubcommand(command);
        }
        cli.setOut(new PrintWriter(context.out(), true));
        cli.setErr(new PrintWriter(context.err(), true));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(root, ex));
        return cli.execute(args);
    }

    private static Map<String, Class<?>> commands(Class<?>... classes) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            byName.put(c.getAnnotation(Command.class).name(), c);
        }
        return byName;
    }

    /** The first argument that is not a global option or an option's value, or null. */
    static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUES.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return "help".equals(arg) ? null : arg;
            }
        }
        return null;
    }

    private static int failed(RetortCli root, Exception ex) {
        String message = ex instanceof RetortException ? ex.getMessage()
                : ex.getClass().getSimpleName() + ": " + ex.getMessage()
                + (root.verbose ? "" : " (run with -v for the stack trace)");
        if (root.verbose) {
            ex.printStackTrace(root.context.err());
        }
        root.context.err().println("FAILED: " + message);
        return 1;
    }

    /** Loads the config the global options name. */
    RetortConfig config() {
        ConfigRequest.Builder request = ConfigRequest.builder(context.workingDirectory())
                .environment(context.environment())
                .xArguments(xArguments)
                .section(section)
                .url(url);
        if (configFile != null) {
            request.configFile(configFile);
        }
        RetortConfig config = new ConfigLoader().load(request.build());
        context.secretsSink().accept(config.secrets());
        return config;
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
        for (String f : formats) {
            switch (f.toLowerCase(Locale.ROOT)) {
                case "text" -> chosen = Reports.Format.TEXT;
                case "json" -> chosen = Reports.Format.JSON;
                case "java", "sql" -> {
                    // a revision file format, read by the revision command
                }
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "Invalid value for option '--format': '" + f + "' (expected text, json, java or sql)");
            }
        }
        return chosen;
    }

    /** The last of java/sql given with --format, or null. */
    String revisionFormat() {
        String chosen = null;
        for (String f : formats) {
            String lower = f.toLowerCase(Locale.ROOT);
            if (lower.equals("java") || lower.equals("sql")) {
                chosen = lower;
            }
        }
        return chosen;
    }
}
