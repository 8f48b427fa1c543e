package dev.retort;

import dev.retort.command.Project;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigRequest;
import dev.retort.config.RetortConfig;
import dev.retort.runtime.ConnectionSource;
import dev.retort.runtime.Progress;
import dev.retort.runtime.load.ClasspathRevisions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Configures a {@link Retort}: from a retort.toml ({@link #configFile(Path)}) or from defaults,
 * with the values set here taking precedence over the file's. Relative paths are relative to
 * {@link #baseDirectory(Path)} (the file's directory when a file is read).
 */
public final class RetortBuilder {
    private Path baseDirectory = Path.of("").toAbsolutePath();
    private Path configFile;
    private String section;
    private Map<String, String> environment = System.getenv();
    private final Map<String, String> xArguments = new TreeMap<>();
    private String url;
    private String scriptLocation;
    private String schema;
    private String versionTable;
    private String versionTableSchema;
    private Duration lockTimeout;
    private DataSource dataSource;
    private ClassLoader classpathRevisions;
    private Progress progress = Progress.NONE;

    RetortBuilder() {
    }

    /** What relative paths are relative to without a config file, and the base of relative SQLite URLs. */
    public RetortBuilder baseDirectory(Path directory) {
        this.baseDirectory = directory.toAbsolutePath().normalize();
        return this;
    }

    /** Reads this retort.toml (section {@code retort}); the builder's other values override it. */
    public RetortBuilder configFile(Path file) {
        this.configFile = file;
        return this;
    }

    /** The section of the config file to read ({@code -n}). */
    public RetortBuilder section(String name) {
        this.section = name;
        return this;
    }

    /** The variables {@code ${NAME}} in the config file reads; default the process's environment. */
    public RetortBuilder environment(Map<String, String> variables) {
        this.environment = Map.copyOf(variables);
        return this;
    }

    /** {@code -x key=value}: for {@code ${key}} in the config file and for revisions to read. */
    public RetortBuilder xArgument(String key, String value) {
        xArguments.put(key, value);
        return this;
    }

    /** The database URL, JDBC or SQLAlchemy style ({@code --url}). */
    public RetortBuilder url(String url) {
        this.url = url;
        return this;
    }

    /**
     * Connect through an application's {@code DataSource} (a connection pool) instead of a URL;
     * when both are set the DataSource is used. The kind of database, and so the dialect, is read
     * from a connection's {@code DatabaseMetaData.getURL()}. Connections are borrowed and given
     * back with their default schema and autocommit as they were; a migration on PostgreSQL,
     * MySQL/MariaDB or SQL Server borrows two at once (the lock's and the work's).
     */
    public RetortBuilder dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource);
        return this;
    }

    /** {@code lock_timeout}: how long a migration waits for another's lock before it fails. */
    public RetortBuilder lockTimeout(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("lock timeout must not be negative: " + timeout);
        }
        this.lockTimeout = timeout;
        return this;
    }

    /** {@code script_location}; its {@code versions} directory holds the revisions. */
    public RetortBuilder scriptLocation(String location) {
        this.scriptLocation = location;
        return this;
    }

    /** {@code schema}: where unqualified DDL goes. */
    public RetortBuilder schema(String schema) {
        this.schema = schema;
        return this;
    }

    /** {@code version_table}. */
    public RetortBuilder versionTable(String table) {
        this.versionTable = table;
        return this;
    }

    /** {@code version_table_schema}. */
    public RetortBuilder versionTableSchema(String schema) {
        this.versionTableSchema = schema;
        return this;
    }

    /**
     * Classpath mode: the revisions are the {@code @Revision} classes compiled into the
     * application and indexed by retort's annotation processor, found through the thread's
     * context class loader; no revision file is read or compiled.
     */
    public RetortBuilder classpathRevisions() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return classpathRevisions(context != null ? context : Retort.class.getClassLoader());
    }

    /** Classpath mode with the revisions {@code loader} sees. */
    public RetortBuilder classpathRevisions(ClassLoader loader) {
        this.classpathRevisions = Objects.requireNonNull(loader);
        return this;
    }

    /** Hears about each step as it runs; default nothing. */
    public RetortBuilder progress(Progress listener) {
        this.progress = Objects.requireNonNull(listener);
        return this;
    }

    /**
     * Reads the config file, if one was given, and applies this builder's values.
     *
     * @throws RetortException for a missing or invalid config file, or an unreadable revision index
     */
    public Retort load() {
        RetortConfig config = overridden(configFile != null ? fromFile() : fromDefaults());
        Project project = classpathRevisions == null ? Project.of(config)
                : Project.of(config, ClasspathRevisions.of(classpathRevisions));
        if (dataSource != null) {
            project = project.connectingThrough(ConnectionSource.of(dataSource, config.workingDirectory()));
        }
        return new Retort(project, progress);
    }

    private RetortConfig fromFile() {
        ConfigRequest request = ConfigRequest.builder(baseDirectory).configFile(baseDirectory.resolve(configFile))
                .section(section).xArguments(xArguments).environment(environment).url(url).build();
        return new ConfigLoader().load(request);
    }

    private RetortConfig fromDefaults() {
        RetortConfig d = RetortConfig.defaults(baseDirectory, baseDirectory);
        Optional<String> givenUrl = Optional.ofNullable(url).or(() -> Optional.ofNullable(xArguments.get("url")));
        return new RetortConfig(d.configFile(), d.here(), d.section(), d.scriptLocation(), givenUrl, d.schema(),
                d.versionTable(), d.versionTableSchema(), d.lockTimeout(), d.versionLocations(), d.fileTemplate(),
                d.truncateSlugLength(), d.revisionFormat(), d.transactionPerMigration(), d.timezone(), d.hooks(),
                d.model(), new HashMap<>(xArguments), d.workingDirectory(), d.urlProblem());
    }

    /** {@code c} with the builder's script location, schema and version table settings. */
    private RetortConfig overridden(RetortConfig c) {
        Path scripts = scriptLocation == null ? c.scriptLocation() : c.here().resolve(scriptLocation).normalize();
        List<Path> versions = scriptLocation == null
                || !c.versionLocations().equals(List.of(c.scriptLocation().resolve("versions")))
                ? c.versionLocations() : List.of(scripts.resolve("versions"));
        return new RetortConfig(c.configFile(), c.here(), c.section(), scripts, c.url(),
                schema == null ? c.schema() : Optional.of(schema).filter(s -> !s.isEmpty()),
                versionTable == null ? c.versionTable() : versionTable,
                versionTableSchema == null ? c.versionTableSchema()
                        : Optional.of(versionTableSchema).filter(s -> !s.isEmpty()),
                lockTimeout == null ? c.lockTimeout() : lockTimeout, versions, c.fileTemplate(), c.truncateSlugLength(), c.revisionFormat(),
                c.transactionPerMigration(), c.timezone(), c.hooks(), c.model(), c.xArguments(),
                c.workingDirectory(), c.urlProblem());
    }
}
