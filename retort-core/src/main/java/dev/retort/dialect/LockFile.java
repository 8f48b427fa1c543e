package dev.retort.dialect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * SQLite and H2 files: an operating-system lock ({@code fcntl}, through
 * {@link FileChannel#tryLock()}) on a file beside the database, {@code <database>.retort-lock},
 * which holds {@code retort <pid>@<host> since <time>} while locked. The operating system frees
 * the lock when the process ends however it ends, so the file may stay but never holds a stale
 * lock. The file is never deleted: a process could lock a file another has just unlinked.
 * Processes on different machines sharing the file over a network file system are only as safe
 * as that file system's locks.
 */
final class LockFile extends PollingLock {
    private final Path file;
    private FileChannel channel;
    private FileLock lock;

    LockFile(Path file) {
        this.file = file;
    }

    /** The lock file of the database file {@code database}. */
    static LockFile beside(Path database) {
        return new LockFile(database.resolveSibling(database.getFileName() + ".retort-lock"));
    }

    Path file() {
        return file;
    }

    @Override
    protected boolean tryAcquire() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        }
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return false; // held by this JVM, through another channel
        }
        if (lock == null) {
            return false;
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((LockHolder.self() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return true;
    }

    @Override
    protected LockHolder holder() throws IOException {
        return LockHolder.parse(Files.readString(file, StandardCharsets.UTF_8),
                "the operating system freed its lock, unless " + file
                        + " is on a network file system that keeps locks of dead clients: then delete that file");
    }

    @Override
    protected void release() throws IOException {
        if (channel == null) {
            return;
        }
        try {
            if (lock != null) {
                channel.truncate(0);
                lock.release();
            }
        } finally {
            lock = null;
            channel.close();
            channel = null;
        }
    }

    @Override
    protected String description() {
        return "lock file " + file;
    }
}
