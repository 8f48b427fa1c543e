package dev.retort.runtime;

import dev.retort.dialect.LockHolder;
import dev.retort.dialect.LockWaitListener;
import java.time.Duration;

/**
 * Hears about each step as it runs, and about waiting for the migration lock (the CLI prints a
 * line for each; -q prints nothing).
 */
public interface Progress extends LockWaitListener {
    Progress NONE = new Progress() {
        @Override
        public void started(String step) {
        }

        @Override
        public void finished(String step, Duration elapsed) {
        }
    };

    void started(String step);

    void finished(String step, Duration elapsed);

    /** A reminder before a step runs (to back up before drops); a line of its own. */
    default void warning(String message) {
    }

    /** The step failed; the error follows. */
    default void failed(String step, Duration elapsed) {
    }

    @Override
    default void waitingForLock(LockHolder holder, Duration timeout) {
    }
}
