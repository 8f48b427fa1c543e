package dev.retort.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code retort.*} properties (docs/spring-boot.md). */
@ConfigurationProperties(prefix = "retort")
public class RetortProperties {
    /** The prefix of {@link #getLocation()} that selects the revisions compiled into the application. */
    public static final String CLASSPATH = "classpath:";

    /** Whether retort runs at start-up. */
    private boolean enabled = true;

    /** What retort does at start-up: upgrade to the target, initialize (upgrade to every head), or validate. */
    private Mode mode = Mode.UPGRADE;

    /**
     * Where the revisions are: "classpath:" for the @Revision classes compiled into the application
     * (indexed by retort's annotation processor), else the script directory on the file system
     * (its versions/ directory holds .java and .sql revisions, compiled at start-up; relative to the
     * working directory).
     */
    private String location = CLASSPATH;

    /** The revision upgrade goes to and validate expects: head, heads, a revision id, label@head. */
    private String target = "head";

    /** The schema unqualified DDL goes to, and retort's connections' default schema (none: the DataSource's). */
    private String schema;

    /** The version table (its log table is this name with _log). */
    private String versionTable = "retort_version";

    /** The schema of the version tables (none: the default schema). */
    private String versionTableSchema;

    /** How long start-up waits for the migration lock another instance holds before it fails. */
    private Duration lockTimeout = Duration.ofSeconds(60);

    /** What retort does at start-up. */
    public enum Mode {
        /** Upgrade to {@code retort.target}. */
        UPGRADE,
        /** Upgrade to every head (retort's initialize(): an empty database gets everything). */
        INITIALIZE,
        /** Change nothing; fail start-up unless the database is at the target with no edited revisions. */
        VALIDATE
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getVersionTableSchema() {
        return versionTableSchema;
    }

    public void setVersionTableSchema(String versionTableSchema) {
        this.versionTableSchema = versionTableSchema;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }
}
