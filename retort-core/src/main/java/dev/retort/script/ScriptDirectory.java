package dev.retort.script;

import dev.retort.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's script directory: where its templates and its revision files are. Lists the
 * {@code .java} and {@code .sql} files of each version location (not recursively; hidden files
 * and other files ignored), sorted by file name within a location, locations in the configured
 * order, and reads their headers in that order. Building the graph is {@code RevisionMap}'s job.
 */
public final class ScriptDirectory {
    /** Where retort keeps what it can rebuild from the files (git-ignored by {@code init}). */
    public static final String CACHE_DIRECTORY = ".retort-cache";

    private final Path scriptLocation;
    private final List<Path> versionLocations;
    private final HeaderCache headers;

    private ScriptDirectory(Path scriptLocation, List<Path> versionLocations, HeaderCache headers) {
        this.scriptLocation = scriptLocation;
        this.versionLocations = versionLocations;
        this.headers = headers;
    }

    /**
     * A script directory. An empty {@code versionLocations} means {@code scriptLocation/versions},
     * as in Alembic.
     *
     * @throws RetortException when the script location does not exist
     */
    public static ScriptDirectory of(Path scriptLocation, List<Path> versionLocations) {
        if (!Files.isDirectory(scriptLocation)) {
            throw new RetortException("Path doesn't exist: '" + scriptLocation
                    + "'.  Please use the 'init' command to create a new scripts folder.");
        }
        List<Path> locations = versionLocations.isEmpty()
                ? List.of(scriptLocation.resolve("versions"))
                : List.copyOf(versionLocations);
        return new ScriptDirectory(scriptLocation, locations,
                new HeaderCache(scriptLocation.resolve(CACHE_DIRECTORY).resolve("headers"), new HeaderReader()));
    }

    /** The directory given as {@code script_location}. */
    public Path scriptLocation() {
        return scriptLocation;
    }

    /** {@code script_location/templates}, where {@code revision.java} and {@code revision.sql} are. */
    public Path templateDirectory() {
        return scriptLocation.resolve("templates");
    }

    /** The version locations, in the configured order. */
    public List<Path> versionLocations() {
        return versionLocations;
    }

    /**
     * The revision files: each location's {@code *.java} and {@code *.sql} files sorted by name,
     * locations in order.
     *
     * @throws RetortException naming a version location that does not exist
     */
    public List<Path> revisionFiles() {
        List<Path> files = new ArrayList<>();
        for (Path location : versionLocations) {
            files.addAll(filesOf(location));
        }
        return files;
    }

    /**
     * Reads the header of every revision file, in the order of {@link #revisionFiles()}: from
     * the header cache when the file is unchanged, else from the file (in parallel when there are
     * many).
     *
     * @throws RetortException on a bad header, or an id defined in two files
     */
    public List<RevisionScript> loadScripts() {
        List<RevisionScript> scripts = headers.readAll(revisionFiles());
        Map<String, Path> seen = new HashMap<>();
        for (RevisionScript script : scripts) {
            Path earlier = seen.putIfAbsent(script.id(), script.path());
            if (earlier != null) {
                throw new RevisionException("Revision " + script.id() + " is defined in both "
                        + earlier + " and " + script.path());
            }
        }
        return scripts;
    }

    private static List<Path> filesOf(Path location) {
        if (!Files.isDirectory(location)) {
            throw new RetortException("Version location " + location
                    + " does not exist; create it or fix version_locations");
        }
        // java.io's list() is several times faster than a DirectoryStream on a cold JVM, and no
        // file is stat'ed: a directory named x.java fails later as an unreadable revision file
        String[] names = location.toFile().list();
        if (names == null) {
            throw new RetortException("Cannot list version location " + location);
        }
        Arrays.sort(names);
        List<Path> files = new ArrayList<>(names.length);
        for (String name : names) {
            if (!name.startsWith(".") && (name.endsWith(".java") || name.endsWith(".sql"))) {
                files.add(location.resolve(name));
            }
        }
        return files;
    }
}
