package dev.retort.maven;

import dev.retort.dialect.LockHolder;
import dev.retort.dialect.LockMessages;
import dev.retort.runtime.Progress;
import java.time.Duration;

/**
 * The CLI's progress lines through Maven's log: {@code Running upgrade  -> a1, create account ...
 * done in 12 ms} once the step has finished (a log line cannot be continued, so the CLI's one
 * line is written whole at the end), the reminder to back up before drops as a warning, and the
 * line saying who holds the migration lock.
 */
final class LogProgress implements Progress {
    private final MavenOutput out;

    LogProgress(MavenOutput out) {
        this.out = out;
    }

    @Override
    public void started(String step) {
        // written with its outcome, in finished() or failed()
    }

    @Override
    public void finished(String step, Duration elapsed) {
        out.info("Running " + step + " ... done in " + elapsed.toMillis() + " ms");
    }

    @Override
    public void failed(String step, Duration elapsed) {
        out.error("Running " + step + " ... failed after " + elapsed.toMillis() + " ms");
    }

    @Override
    public void warning(String message) {
        out.warn(message);
    }

    @Override
    public void waitingForLock(LockHolder holder, Duration timeout) {
        out.info(LockMessages.waiting(holder, timeout));
    }
}
