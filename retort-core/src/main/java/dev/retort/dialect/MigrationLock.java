package dev.retort.dialect;

import java.time.Duration;

/**
 * The lock a migration run holds so that no second retort migrates the same database at once.
 * Each dialect supplies its own ({@link Dialect#migrationLock}): a PostgreSQL session advisory
 * lock, MySQL/MariaDB {@code GET_LOCK}, SQL Server {@code sp_getapplock}, a lock file beside a
 * SQLite or H2 file. Every kind ends with the process that holds it: a killed holder leaves
 * nothing behind.
 */
public interface MigrationLock extends AutoCloseable {
    /** No lock, for databases only this process can reach (SQLite and H2 in memory). */
    MigrationLock NONE = new MigrationLock() {
        @Override
        public void acquire(Duration timeout, LockWaitListener listener) {
        }

        @Override
        public void close() {
        }
    };

    /**
     * Takes the lock, trying again with a bounded backoff while another process holds it (never a
     * blocking wait on the server: see {@link PollingLock}).
     *
     * @param timeout  how long to wait at most ({@code lock_timeout}); zero tries once
     * @param listener told once, when the lock is found held, who holds it
     * @throws dev.retort.RetortException on timeout (one line naming the holder and what to do),
     *                                    or when the lock can't be asked for at all
     */
    void acquire(Duration timeout, LockWaitListener listener);

    /** Releases the lock if held, and closes what it opened. Never throws. */
    @Override
    void close();
}
