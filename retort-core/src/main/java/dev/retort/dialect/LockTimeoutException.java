package dev.retort.dialect;

import dev.retort.RetortException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Another retort held the migration lock for longer than {@code lock_timeout}. */
public class LockTimeoutException extends RetortException {
    private static final long serialVersionUID = 1L;
    private final Duration timeout;
    private final transient LockHolder holder;

    /** @param holder who holds the lock, or null when the database does not say */
    public LockTimeoutException(Duration timeout, LockHolder holder) {
        super(LockMessages.timedOut(timeout, holder));
        this.timeout = timeout;
        this.holder = holder;
    }

    @Override
    public String kind() {
        return "lock_timeout";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("timeout_ms", timeout.toMillis());
        details.put("holder", holder == null ? null : holder.who());
        details.put("holder_since", holder == null ? null : holder.since());
        return details;
    }
}
