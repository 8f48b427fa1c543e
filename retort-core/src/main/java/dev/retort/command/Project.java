package dev.retort.command;

import dev.retort.config.RetortConfig;
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
}
