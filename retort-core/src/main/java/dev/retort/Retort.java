package dev.retort;

import dev.retort.command.CheckCommand;
import dev.retort.command.CurrentCommand;
import dev.retort.command.HeadsCommand;
import dev.retort.command.HistoryCommand;
import dev.retort.command.MigrateCommand;
import dev.retort.command.Project;
import dev.retort.command.StampCommand;
import dev.retort.command.ValidateCommand;
import dev.retort.runtime.ChecksumCheck;
import dev.retort.config.RetortConfig;
import dev.retort.runtime.Progress;
import dev.retort.script.Revision;
import java.time.Clock;
import java.util.List;

/**
 * retort as a library: the commands as methods that return values instead of printing text.
 * Build one with {@link #configure()}:
 * <pre>{@code
 * Retort retort = Retort.configure().url("postgresql://localhost/app").scriptLocation("migrations").load();
 * retort.upgrade("head");
 * }</pre>
 * Immutable and safe to share; every call opens its own connection and closes it before it
 * returns. Errors are {@link RetortException}s with the message the CLI prints after
 * {@code FAILED:}.
 */
public final class Retort {
    private final Project project;
    private final Progress progress;

    Retort(Project project, Progress progress) {
        this.project = project;
        this.progress = progress;
    }

    /** A builder with every default: no URL, revisions in {@code migrations/versions} of the working directory. */
    public static RetortBuilder configure() {
        return new RetortBuilder();
    }

    /** The configuration in force. */
    public RetortConfig config() {
        return project.config();
    }

    /** The project the commands run on, for the command layer and {@code dev.retort.verify}. */
    public Project project() {
        return project;
    }

    /**
     * {@code upgrade TARGET}: {@code head}, {@code heads}, {@code +1}, a revision id, ...
     *
     * @return the steps run (as {@code upgrade a1 -> b2, message}) and the version rows after
     */
    public MigrateCommand.Result upgrade(String target) {
        return MigrateCommand.run(project, new MigrateCommand.Request(true, target, false, null), progress, clock());
    }

    /** {@code downgrade TARGET}: {@code -1}, {@code base}, a revision id, ... */
    public MigrateCommand.Result downgrade(String target) {
        return MigrateCommand.run(project, new MigrateCommand.Request(false, target, false, null), progress, clock());
    }

    /** {@code stamp REVS...}: sets the version rows without running any revision. */
    public MigrateCommand.Result stamp(String... revisions) {
        return StampCommand.run(project, new StampCommand.Request(List.of(revisions), false, false, null), progress,
                clock());
    }

    /**
     * Brings the database to the heads at application start-up (workflow 6): on an empty database
     * it runs every revision and leaves the version table at the heads; on an older one it
     * upgrades; at the heads it changes nothing. It is one {@code upgrade heads}, so it runs
     * under the migration lock an online upgrade takes: instances that start together wait for
     * each other, and each revision runs once.
     *
     * @return the steps this call ran (none when another instance ran them) and the rows after
     */
    public MigrateCommand.Result initialize() {
        return upgrade("heads");
    }

    /** {@code current}: the revisions the database is at (none at base); reads, creates nothing. */
    public List<Revision> current() {
        return CurrentCommand.run(project, false).current();
    }

    /** {@code history}: every revision, newest first. */
    public List<Revision> history() {
        return HistoryCommand.run(project, HistoryCommand.Range.ALL, false).revisions();
    }

    /** {@code heads}: the heads of the revision graph. */
    public List<Revision> heads() {
        return HeadsCommand.run(project, false, false).heads();
    }

    /**
     * {@code check}: the differences between the configured model ({@code [retort.model]}) and the
     * database, one line each (what {@code revision --autogenerate} would write); empty when they
     * agree. Reflection warnings (skipped expression indexes) are dropped.
     */
    public List<String> check() {
        return CheckCommand.run(project, warning -> { }).differences();
    }

    /**
     * {@code validate}: the applied revisions whose files (or, in classpath mode, compiled classes'
     * sources) changed since they ran, and version rows no revision has; empty when none.
     * Read-only.
     */
    public List<ChecksumCheck.Problem> validate() {
        return ValidateCommand.run(project, List.of(), clock()).problems();
    }

    private static Clock clock() {
        return Clock.systemUTC();
    }
}
