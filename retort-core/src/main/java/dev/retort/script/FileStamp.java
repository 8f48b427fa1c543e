package dev.retort.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What says a file is unchanged: its size and its modification time in nanoseconds. Compare
 * with {@link #sameAs}: a record's own {@code equals} is bootstrapped through method handles,
 * ~13 ms on first use in a fresh JVM.
 *
 * @param size       bytes
 * @param mtimeNanos modification time, nanoseconds since the epoch
 */
record FileStamp(long size, long mtimeNanos) {
    boolean sameAs(FileStamp other) {
        return other != null && size == other.size && mtimeNanos == other.mtimeNanos;
    }

    /** The stamp of a regular file, or null when it cannot be read (gone, a directory, no access). */
    static FileStamp of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return null;
            }
            return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            return null;
        }
    }
}
