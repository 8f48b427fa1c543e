package dev.retort.dialect;

import java.time.Duration;

/** The texts a waiting process prints: one while it waits, one when it gives up. */
public final class LockMessages {
    private LockMessages() {
    }

    /** {@code Waiting for the migration lock held by <who> (since <t>); up to 60s}. */
    public static String waiting(LockHolder holder, Duration timeout) {
        return "Waiting for the migration lock held by " + holder.describe() + "; up to " + text(timeout);
    }

    /** The one-line failure after {@code timeout}; {@code holder} may be null when never seen. */
    static String timedOut(Duration timeout, LockHolder holder) {
        String who = holder == null ? "another process" : holder.describe();
        String remedy = holder == null ? "" : "if that process is gone, " + holder.remedy() + "; ";
        return "Timed out after " + text(timeout) + " waiting for the migration lock held by " + who + "; " + remedy
                + "otherwise let it finish, or raise lock_timeout (retort.toml, or -x lock_timeout=5m)";
    }

    /** {@code 60s}, {@code 2m} (whole minutes above one), {@code 1500ms}. */
    static String text(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1000;
        return s > 60 && s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
