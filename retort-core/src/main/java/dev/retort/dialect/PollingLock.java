package dev.retort.dialect;

import dev.retort.RetortException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A lock taken by trying it without waiting, again and again with a bounded backoff (25 ms
 * doubling to 1 s, with jitter) until the timeout. Never a blocking wait inside the database: on
 * PostgreSQL a session blocked in {@code pg_advisory_lock} keeps a transaction open, and the
 * holder's {@code CREATE INDEX CONCURRENTLY} waits for it forever (flyway#1654,
 * golang-migrate#960). Each try here is a statement of its own that ends at once.
 */
abstract class PollingLock implements MigrationLock {
    private static final long FIRST_PAUSE_MS = 25;
    private static final long LONGEST_PAUSE_MS = 1000;

    /** One try; true when this process now holds the lock. */
    protected abstract boolean tryAcquire() throws Exception;

    /** Who holds the lock now; null when that can't be told (or it was just released). */
    protected abstract LockHolder holder() throws Exception;

    /** Releases a held lock and closes what the lock opened. */
    protected abstract void release() throws Exception;

    /** Where the lock is, for error messages: {@code PostgreSQL advisory lock ...}. */
    protected abstract String description();

    @Override
    public final void acquire(Duration timeout, LockWaitListener listener) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_MS;
        LockHolder seen = null;
        try {
            while (!tryAcquire()) {
                LockHolder holder = holder();
                if (holder != null && seen == null) {
                    listener.waitingForLock(holder, timeout);
                }
                seen = holder != null ? holder : seen;
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new LockTimeoutException(timeout, seen);
                }
                Thread.sleep(Math.min(left, pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1)));
                pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException("Interrupted while waiting for the migration lock (" + description() + ")", e);
        } catch (RetortException e) {
            throw e;
        } catch (Exception e) {
            throw new RetortException("Can't take the migration lock (" + description() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public final void close() {
        try {
            release();
        } catch (Exception ignored) {
            // the lock ends with its connection or file handle, which release closed or the JVM will
        }
    }
}
