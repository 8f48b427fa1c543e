package dev.retort.spring;

import dev.retort.dialect.LockHolder;
import dev.retort.runtime.Progress;
import java.time.Duration;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Each step in the application's log (logger {@code dev.retort.spring}), as the CLI prints them on
 * stderr, and then to the application's own {@link Progress} beans.
 */
final class RetortProgressLog implements Progress {
    private static final Log LOG = LogFactory.getLog(RetortStartup.class);

    private final List<Progress> listeners;

    RetortProgressLog(List<Progress> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void started(String step) {
        LOG.info("retort: running " + step);
        listeners.forEach(l -> l.started(step));
    }

    @Override
    public void finished(String step, Duration elapsed) {
        LOG.info("retort: finished " + step + " in " + elapsed.toMillis() + " ms");
        listeners.forEach(l -> l.finished(step, elapsed));
    }

    @Override
    public void warning(String message) {
        LOG.warn("retort: " + message);
        listeners.forEach(l -> l.warning(message));
    }

    @Override
    public void failed(String step, Duration elapsed) {
        LOG.error("retort: failed " + step + " after " + elapsed.toMillis() + " ms");
        listeners.forEach(l -> l.failed(step, elapsed));
    }

    @Override
    public void waitingForLock(LockHolder holder, Duration timeout) {
        LOG.info("retort: waiting for the migration lock held by " + holder.describe() + "; up to "
                + timeout.toSeconds() + "s");
        listeners.forEach(l -> l.waitingForLock(holder, timeout));
    }
}
