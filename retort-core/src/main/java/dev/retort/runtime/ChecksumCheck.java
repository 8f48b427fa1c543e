package dev.retort.runtime;

import dev.retort.RetortException;
import dev.retort.runtime.load.Checksums;
import dev.retort.script.Revision;
import dev.retort.script.RevisionMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares the revisions a database has applied with their files: a file edited since it was
 * applied (its checksum differs from the one the log table recorded with its newest upgrade or
 * accepted edit), and a version row no revision file has. The applied revisions are the version
 * rows and their ancestors (down revisions and dependencies). A revision the log table has no row
 * for (applied by Alembic, or before the log table existed) is not checked. Files are read as
 * bytes, never compiled.
 */
public final class ChecksumCheck {
    private ChecksumCheck() {
    }

    /** One problem: {@code file} is null when no revision file has the revision. */
    public record Problem(String revision, Path file, String applied, String current) {
        /** The revision was applied, and its file has gone. */
        public boolean missing() {
            return file == null;
        }

        /** One line naming the revision and its file. */
        public String text() {
            return missing() ? revision + ": applied but no revision file has it"
                    : revision + " " + file + ": edited after it was applied (applied " + applied + ", file " + current
                    + ")";
        }
    }

    /** The problems of the database on {@code c} against {@code map}, read from its version and log tables. */
    public static List<Problem> check(Connection c, VersionTable versions, RevisionMap map) {
        return check(c, versions, map, versions.rows(c), ChecksumCheck::checksumOf);
    }

    /**
     * The same for version rows the caller has already read, with the current checksum of each
     * revision from {@code checksumOf} (by the path its header names): the file's bytes, or for
     * revisions compiled into the application, the checksum the annotation processor recorded.
     */
    public static List<Problem> check(Connection c, VersionTable versions, RevisionMap map, List<String> rows,
                                      Function<Path, String> checksumOf) {
        try {
            return compare(map, rows, new StepLog(versions).appliedChecksums(c), checksumOf);
        } catch (SQLException e) {
            throw new RetortException("Can't read the log table " + new StepLog(versions).name() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The problems, version rows without a file first, then edited files in the map's order.
     *
     * @param rows       the version rows
     * @param recorded   the checksum each revision was last applied or accepted with
     * @param checksumOf the checksum of a revision file as it is now
     */
    public static List<Problem> compare(RevisionMap map, List<String> rows, Map<String, String> recorded,
                                        Function<Path, String> checksumOf) {
        List<Problem> problems = new ArrayList<>();
        for (String row : rows) {
            if (map.byId(row) == null) {
                problems.add(new Problem(row, null, recorded.get(row), null));
            }
        }
        Set<String> applied = applied(map, rows);
        for (Revision rev : map.revisions()) {
            String was = recorded.get(rev.id());
            if (was == null || !applied.contains(rev.id()) || rev.script() == null) {
                continue;
            }
            String now = checksumOf.apply(rev.script().path());
            if (now != null && !was.equals(now)) {
                problems.add(new Problem(rev.id(), rev.script().path(), was, now));
            }
        }
        return problems;
    }

    /** The ids of the version rows the map knows and of all their ancestors. */
    public static Set<String> applied(RevisionMap map, List<String> rows) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(rows);
        while (!todo.isEmpty()) {
            Revision rev = map.byId(todo.pop());
            if (rev != null && seen.add(rev.id())) {
                todo.addAll(rev.downRevisions());
                todo.addAll(rev.resolvedDependencies());
            }
        }
        return seen;
    }

    /** The checksum of a revision file as it is now. */
    public static String checksumOf(Path file) {
        try {
            return Checksums.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new RetortException("Cannot read revision file " + file + ": " + e.getMessage(), e);
        }
    }
}
