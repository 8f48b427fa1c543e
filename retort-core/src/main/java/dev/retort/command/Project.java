package dev.retort.command;

import dev.retort.config.DatabaseKind;
import dev.retort.config.RetortConfig;
import dev.retort.runtime.load.LoadedRevision;
import dev.retort.runtime.load.RevisionLoader;
import dev.retort.runtime.load.SqlSyntax;
import dev.retort.script.RevisionScript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.retort.script.Plans;
import dev.retort.script.RevisionMap;
import dev.retort.script.ScriptDirectory;

/**
 * A configured project: its config, its script directory and, read on first use, its revision
 * graph. Commands take one; nothing here touches a database.
 */
public final class Project {
    private final RetortConfig config;
    private ScriptDirectory scripts;
    private RevisionMap map;

    private Project(RetortConfig config) {
        this.config = config;
    }

    public static Project of(RetortConfig config) {
        return new Project(config);
    }

    public RetortConfig config() {
        return config;
    }

    public ScriptDirectory scripts() {
        if (scripts == null) {
            scripts = ScriptDirectory.of(config.scriptLocation(), config.versionLocations());
        }
        return scripts;
    }

    /** The revision graph, read from the revision files' headers (never compiled). */
    public RevisionMap map() {
        if (map == null) {
            map = RevisionMap.fromScripts(scripts().loadScripts());
        }
        return map;
    }

    /** Forgets the graph so the next {@link #map()} reads the files again (after writing one). */
    void refresh() {
        map = null;
    }

    public Plans plans() {
        return new Plans(map());
    }

    /**
     * The bodies of these revisions, by id: SQL split for the database's syntax, Java compiled
     * (only what is not cached, in one compiler task) against retort and the model classpath.
     */
    public Map<String, LoadedRevision> load(List<RevisionScript> scripts, DatabaseKind kind) {
        List<LoadedRevision> loaded = new RevisionLoader(config.scriptLocation(), SqlSyntax.of(kind),
                config.model().classpath()).load(scripts);
        Map<String, LoadedRevision> byId = new LinkedHashMap<>();
        for (LoadedRevision r : loaded) {
            byId.put(r.id(), r);
        }
        return byId;
    }
}
