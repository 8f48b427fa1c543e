package dev.retort.runtime.load;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The compiled revisions of a script directory, in {@code <script_location>/.retort-cache/classes/},
 * one directory per source content hash holding that file's class files. An entry appears whole or
 * not at all: it is written in a staging directory and renamed into place, so several processes may
 * fill the cache at once and the first rename wins.
 */
final class ClassCache {
    private final Path root;

    ClassCache(Path scriptLocation) {
        this.root = scriptLocation.resolve(".retort-cache");
    }

    /** The directory of the classes compiled from a source with this content hash. */
    Path entry(String hash) {
        return root.resolve("classes").resolve(hash);
    }

    boolean contains(String hash) {
        return Files.isDirectory(entry(hash));
    }

    /** A new empty directory to compile into, on the cache's file system. */
    Path newStaging() {
        try {
            Files.createDirectories(root.resolve("classes"));
            return Files.createTempDirectory(root, "staging-");
        } catch (IOException e) {
            throw new RetortException("Cannot create the class cache in " + root + ": " + e.getMessage(), e);
        }
    }

    /** Moves {@code staged} into place as the entry for {@code hash}, unless another process was first. */
    void publish(Path staged, String hash) {
        Path target = entry(hash);
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(target)) {
                throw new RetortException("Cannot write the class cache entry " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /** Deletes a staging directory and whatever is left in it, as far as it can. */
    void discard(Path staging) {
        if (!Files.exists(staging)) {
            return;
        }
        try {
            Files.walkFileTree(staging, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a staging directory left behind holds nothing anyone reads; the next run is unaffected
        }
    }
}
