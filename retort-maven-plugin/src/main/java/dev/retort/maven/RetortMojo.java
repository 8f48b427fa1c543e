package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.RetortException;
import dev.retort.command.Project;
import dev.retort.config.Secrets;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the configuration, read from a retort.toml when there is one (the
 * {@code configFile} parameter, else {@code retort.toml} in the project's directory) with the
 * parameters set in the pom or as {@code -Dretort.*} overriding its keys; the error handling (a
 * {@link RetortException} fails the build with its one line, no stack trace); and the masking of
 * passwords in everything logged.
 */
abstract class RetortMojo extends AbstractMojo {
    /** The config file read when {@code configFile} is not set, if it exists in the project's directory. */
    static final String DEFAULT_CONFIG_FILE = "retort.toml";

    /** The project's directory: relative paths, and relative SQLite URLs, are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** retort.toml to read ({@code -c}); default {@code retort.toml} in the project's directory, when it exists. */
    @Parameter(property = "retort.configFile")
    File configFile;

    /** Section of the config file to read ({@code -n}); default {@code retort}. */
    @Parameter(property = "retort.section")
    String section;

    /** The database URL, JDBC or SQLAlchemy style ({@code --url}); overrides {@code url} of the config file. */
    @Parameter(property = "retort.url")
    String url;

    /** {@code script_location}: the directory whose {@code versions/} holds the revisions; default {@code migrations}. */
    @Parameter(property = "retort.scriptLocation")
    String scriptLocation;

    /** {@code schema}: where operations that name no schema go, and the connection's default schema. */
    @Parameter(property = "retort.schema")
    String schema;

    /** {@code version_table}; default {@code retort_version}. */
    @Parameter(property = "retort.versionTable")
    String versionTable;

    /** {@code version_table_schema}: the schema of the version tables. */
    @Parameter(property = "retort.versionTableSchema")
    String versionTableSchema;

    /** {@code -x key=value} arguments, for {@code ${key}} in the config file and for revisions to read. */
    @Parameter
    Map<String, String> xArguments;

    /** {@code -x} arguments from the command line: {@code -Dretort.x=schema=app,tenant=acme}. */
    @Parameter(property = "retort.x")
    List<String> x;

    /** Skip the goal. */
    @Parameter(property = "retort.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping retort:" + goal() + " (retort.skip)");
            return;
        }
        quietMariaDbDriver();
        MavenOutput out = new MavenOutput(getLog(), parameterSecrets());
        Map<String, String> arguments;
        try {
            arguments = arguments();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(out.mask(e.getMessage()));
        }
        try {
            Retort retort = builder(arguments).load();
            out.addSecrets(retort.config().secrets());
            run(retort.project(), out);
        } catch (RetortException e) {
            throw new MojoFailureException(out.mask(e.getMessage()), out.masked(e));
        } catch (RuntimeException e) {
            throw new MojoExecutionException(out.mask(e.getClass().getSimpleName() + ": " + e.getMessage()),
                    out.masked(e));
        }
    }

    /** The goal's name, as in {@code retort:NAME}. */
    abstract String goal();

    /**
     * Runs the goal on the configured project.
     *
     * @throws MojoFailureException when the goal's outcome fails the build (check found
     *                              differences, verify failed)
     */
    abstract void run(Project project, MavenOutput out) throws MojoFailureException;

    /** The builder for this goal's configuration: the config file, if any, and the parameters over it. */
    RetortBuilder builder(Map<String, String> arguments) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        RetortBuilder builder = Retort.configure().baseDirectory(base);
        Path file = configFile(base);
        if (file != null) {
            builder.configFile(file);
        }
        arguments.forEach(builder::xArgument);
        if (section != null && !section.isBlank()) {
            builder.section(section);
        }
        if (isSet(url)) {
            builder.url(url);
        }
        if (isSet(scriptLocation)) {
            builder.scriptLocation(scriptLocation);
        }
        if (schema != null) {
            builder.schema(schema);
        }
        if (isSet(versionTable)) {
            builder.versionTable(versionTable);
        }
        if (versionTableSchema != null) {
            builder.versionTableSchema(versionTableSchema);
        }
        return builder;
    }

    /** {@code configFile}, else retort.toml in the project's directory when it exists, else none. */
    Path configFile(Path base) {
        if (configFile != null) {
            return base.resolve(configFile.toPath());
        }
        Path conventional = base.resolve(DEFAULT_CONFIG_FILE);
        return Files.isRegularFile(conventional) ? conventional : null;
    }

    /** The {@code -x} arguments: {@code xArguments} from the pom, then {@code retort.x} (which wins). */
    Map<String, String> arguments() {
        Map<String, String> all = new LinkedHashMap<>();
        if (xArguments != null) {
            xArguments.forEach((k, v) -> all.put(k, v == null ? "" : v));
        }
        if (x != null) {
            for (String pair : x) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("retort.x takes key=value pairs separated by commas, not '"
                            + pair + "'");
                }
                all.put(pair.substring(0, eq).strip(), pair.substring(eq + 1));
            }
        }
        return all;
    }

    /** The passwords in the parameters, masked even when the config cannot be read. */
    private Secrets parameterSecrets() {
        Secrets secrets = Secrets.inUrl(url);
        if (xArguments != null) {
            Map<String, String> nonNull = new LinkedHashMap<>();
            xArguments.forEach((k, v) -> nonNull.put(k, v == null ? "" : v));
            secrets = secrets.and(Secrets.inArguments(nonNull));
        }
        if (x != null) {
            for (String pair : x) {
                secrets = secrets.and(Secrets.foundIn(pair));
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    secrets = secrets.and(Secrets.inArguments(Map.of(pair.substring(0, eq), pair.substring(eq + 1))));
                }
            }
        }
        return secrets;
    }

    /**
     * MariaDB Connector/J logs through SLF4J, which Maven provides: a failed probe would print a
     * driver warning beside retort's own one-line error. The CLI turns it off the same way.
     */
    private static void quietMariaDbDriver() {
        if (System.getProperty("mariadb.logging.disable") == null) {
            System.setProperty("mariadb.logging.disable", "true");
        }
    }

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
