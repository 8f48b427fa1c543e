package dev.retort.command;

import dev.retort.config.DatabaseKind;
import dev.retort.config.RetortConfig;
import dev.retort.runtime.ChecksumCheck;
import dev.retort.runtime.ConnectionSource;
import dev.retort.runtime.load.ClasspathRevisions;
import dev.retort.runtime.load.IndexedRevision;
import dev.retort.runtime.load.LoadedRevision;
import dev.retort.runtime.load.RevisionLoader;
import dev.retort.runtime.load.SqlSyntax;
import dev.retort.script.RevisionScript;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import dev.retort.script.Plans;
import dev.retort.script.RevisionMap;
import dev.retort.script.ScriptDirectory;

/**
 * A configured project: its config, its script directory and, read on first use, its revision
 * graph. Commands take one; nothing here touches a database. In classpath mode the revisions are
 * the classes compiled into the application instead of the script directory's files.
 */
public final class Project {
    private final RetortConfig config;
    private final ClasspathRevisions classpath;
    private final ConnectionSource connections;
    private ScriptDirectory scripts;
    private RevisionMap map;

    private Project(RetortConfig config, ClasspathRevisions classpath, ConnectionSource connections) {
        this.config = config;
        this.classpath = classpath;
        this.connections = connections;
    }

    public static Project of(RetortConfig config) {
        return new Project(config, null, null);
    }

    /** A project whose revisions are the indexed classes {@code classpath} holds, not files. */
    public static Project of(RetortConfig config, ClasspathRevisions classpath) {
        return new Project(config, Objects.requireNonNull(classpath), null);
    }

    /**
     * This project, its commands connecting through {@code source} (an application's DataSource)
     * instead of the config's URL.
     */
    public Project connectingThrough(ConnectionSource source) {
        return new Project(config, classpath, Objects.requireNonNull(source));
    }

    public RetortConfig config() {
        return config;
    }

    /**
     * Where the commands' connections come from: the source given to
     * {@link #connectingThrough}, else the config's URL.
     *
     * @throws dev.retort.RetortException when neither is there (no URL configured)
     */
    public ConnectionSource connections() {
        return connections != null ? connections : ConnectionSource.of(config.requireDatabaseUrl());
    }

    public ScriptDirectory scripts() {
        if (scripts == null) {
            scripts = ScriptDirectory.of(config.scriptLocation(), config.versionLocations());
        }
        return scripts;
    }

    /** The revision graph, read from the revision files' headers (never compiled), or from the classpath index. */
    public RevisionMap map() {
        if (map == null) {
            map = RevisionMap.fromScripts(classpath != null ? classpath.scripts() : scripts().loadScripts());
        }
        return map;
    }

    /** Forgets the graph so the next {@link #map()} reads the files again (after writing one). */
    void refresh() {
        map = null;
    }

    /**
     * The current checksum of a revision by the path its header names: the file's bytes, or in
     * classpath mode the checksum recorded in the index when the application was compiled.
     */
    public Function<Path, String> checksums() {
        if (classpath == null) {
            return ChecksumCheck::checksumOf;
        }
        Map<Path, String> byPath = new HashMap<>();
        for (IndexedRevision indexed : classpath.index()) {
            byPath.put(indexed.script().path(), indexed.checksum());
        }
        return byPath::get;
    }

    public Plans plans() {
        return new Plans(map());
    }

    /**
     * The bodies of these revisions, by id: SQL split for the database's syntax, Java compiled
     * (only what is not cached, in one compiler task) against retort and the model classpath; in
     * classpath mode, the indexed classes instantiated.
     */
    public Map<String, LoadedRevision> load(List<RevisionScript> scripts, DatabaseKind kind) {
        List<LoadedRevision> loaded = classpath != null ? classpath.load(scripts)
                : new RevisionLoader(config.scriptLocation(), SqlSyntax.of(kind), config.model().classpath()).load(scripts);
        Map<String, LoadedRevision> byId = new LinkedHashMap<>();
        for (LoadedRevision r : loaded) {
            byId.put(r.id(), r);
        }
        return byId;
    }
}
