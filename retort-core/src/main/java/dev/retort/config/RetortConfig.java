package dev.retort.config;

import dev.retort.script.ScriptFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One section of retort.toml, interpolated, typed and with defaults applied; paths absolute.
 * Immutable. {@link #toString()} shows passwords as {@code ***}.
 *
 * @param configFile              the file read, absent for a config built in code
 * @param here                    the config file's directory ({@code ${here}})
 * @param section                 the section read ({@code -n})
 * @param scriptLocation          {@code script_location}, default {@code migrations}
 * @param url                     the database URL by precedence: {@code --url}, {@code -x url=},
 *                                {@code $RETORT_URL}, {@code url}
 * @param schema                  {@code schema}: default schema for DDL and reflection
 * @param versionTable            {@code version_table}, default {@code retort_version}
 * @param versionTableSchema      {@code version_table_schema}
 * @param lockTimeout             {@code lock_timeout}, default 60 s
 * @param versionLocations        {@code version_locations}, default {@code [script_location/versions]}
 * @param fileTemplate            {@code file_template}, default {@code {rev}_{slug}}
 * @param truncateSlugLength      {@code truncate_slug_length}, default 40
 * @param revisionFormat          {@code revision_format}, default Java
 * @param transactionPerMigration {@code transaction_per_migration}, default false
 * @param timezone                {@code timezone}, default UTC
 * @param hooks                   {@code [SECTION.hooks]}
 * @param model                   {@code [SECTION.model]}
 * @param xArguments              every {@code -x key=value}, for later layers (Alembic's {@code get_x_argument})
 * @param workingDirectory        the process's working directory: base of relative SQLite URLs
 * @param urlProblem              why {@code url} could not be interpolated (an undefined
 *                                variable), or null; reported only when a database is needed, so
 *                                graph commands work without {@code DATABASE_URL} set
 */
public record RetortConfig(
        Optional<Path> configFile,
        Path here,
        String section,
        Path scriptLocation,
        Optional<String> url,
        Optional<String> schema,
        String versionTable,
        Optional<String> versionTableSchema,
        Duration lockTimeout,
        List<Path> versionLocations,
        String fileTemplate,
        int truncateSlugLength,
        ScriptFormat revisionFormat,
        boolean transactionPerMigration,
        ZoneId timezone,
        HooksConfig hooks,
        ModelConfig model,
        Map<String, String> xArguments,
        Path workingDirectory,
        String urlProblem) {

    public static final String DEFAULT_SCRIPT_LOCATION = "migrations";
    public static final String DEFAULT_VERSION_TABLE = "retort_version";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);
    public static final String DEFAULT_FILE_TEMPLATE = "{rev}_{slug}";
    public static final int DEFAULT_TRUNCATE_SLUG_LENGTH = 40;
    public static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("UTC");

    public RetortConfig {
        Objects.requireNonNull(configFile);
        Objects.requireNonNull(here);
        Objects.requireNonNull(section);
        Objects.requireNonNull(scriptLocation);
        Objects.requireNonNull(versionTable);
        Objects.requireNonNull(lockTimeout);
        Objects.requireNonNull(fileTemplate);
        Objects.requireNonNull(revisionFormat);
        Objects.requireNonNull(timezone);
        Objects.requireNonNull(hooks);
        Objects.requireNonNull(model);
        Objects.requireNonNull(workingDirectory);
        versionLocations = List.copyOf(versionLocations);
        xArguments = Collections.unmodifiableMap(new TreeMap<>(xArguments));
    }

    /**
     * A config with every default and no file, for the Java API: paths relative to {@code here}.
     */
    public static RetortConfig defaults(Path here, Path workingDirectory) {
        Path base = here.toAbsolutePath().normalize();
        Path scripts = base.resolve(DEFAULT_SCRIPT_LOCATION);
        return new RetortConfig(Optional.empty(), base, ConfigRequest.DEFAULT_SECTION, scripts, Optional.empty(),
                Optional.empty(), DEFAULT_VERSION_TABLE, Optional.empty(), DEFAULT_LOCK_TIMEOUT,
                List.of(scripts.resolve("versions")), DEFAULT_FILE_TEMPLATE, DEFAULT_TRUNCATE_SLUG_LENGTH,
                ScriptFormat.JAVA, false, DEFAULT_TIMEZONE, HooksConfig.none(), ModelConfig.none(), Map.of(),
                workingDirectory.toAbsolutePath().normalize(), null);
    }

    /** A {@code -x} argument (Alembic's {@code get_x_argument}). */
    public Optional<String> xArgument(String name) {
        return Optional.ofNullable(xArguments.get(name));
    }

    /** The database URL parsed, if one is configured; a bad URL is an error. */
    public Optional<DatabaseUrl> databaseUrl() {
        if (urlProblem != null) {
            throw new ConfigException(urlProblem);
        }
        return url.map(text -> DatabaseUrl.parse(text, workingDirectory));
    }

    /** The database URL parsed; an error saying how to give one when none is configured. */
    public DatabaseUrl requireDatabaseUrl() {
        return databaseUrl().orElseThrow(() -> new ConfigException("No database URL: set 'url' in [" + section + "]"
                + configFile.map(file -> " of " + file + ", or pass --url URL or -x url=URL, or set RETORT_URL")
                .orElse(", or pass --url URL or -x url=URL")));
    }

    /** Every password this config holds (database URL, model URL, {@code -x} arguments), for masking output. */
    public Secrets secrets() {
        return Secrets.inUrl(url.orElse(null))
                .and(Secrets.inUrl(model.url().orElse(null)))
                .and(Secrets.inArguments(xArguments));
    }

    /** Every value, passwords shown as {@code ***}. */
    @Override
    public String toString() {
        return secrets().mask("RetortConfig[configFile=" + configFile + ", here=" + here + ", section=" + section
                + ", scriptLocation=" + scriptLocation + ", url=" + url + ", schema=" + schema + ", versionTable="
                + versionTable + ", versionTableSchema=" + versionTableSchema + ", lockTimeout=" + lockTimeout
                + ", versionLocations=" + versionLocations + ", fileTemplate=" + fileTemplate
                + ", truncateSlugLength=" + truncateSlugLength + ", revisionFormat=" + revisionFormat
                + ", transactionPerMigration=" + transactionPerMigration + ", timezone=" + timezone + ", hooks="
                + hooks + ", model=" + model + ", xArguments=" + xArguments + ", workingDirectory="
                + workingDirectory + "]");
    }
}
