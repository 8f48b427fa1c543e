package dev.retort.dialect;

import java.time.Duration;

/** Hears that the migration lock is held by another process, once per wait. */
@FunctionalInterface
public interface LockWaitListener {
    /**
     * @param holder  who holds the lock
     * @param timeout how long this process will wait for it
     */
    void waitingForLock(LockHolder holder, Duration timeout);
}
