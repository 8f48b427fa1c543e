package dev.retort.dialect;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Who holds the migration lock, as the waiting and timeout messages show it.
 *
 * @param who    {@code retort <pid>@<host>}, or what the database knows of the session
 * @param since  when it took the lock (ISO-8601), or null when unknown
 * @param remedy what to do if that process is gone, e.g. {@code end its session with ...}
 */
public record LockHolder(String who, String since, String remedy) {
    private static final String PREFIX = "retort ";
    private static final String SINCE = " since ";

    /** {@code who (since t)}, or just {@code who}. */
    public String describe() {
        return since == null ? who : who + " (since " + since + ")";
    }

    /** How this process names itself as holder: {@code retort <pid>@<host> since <now>}. */
    static String self() {
        return PREFIX + ProcessHandle.current().pid() + "@" + hostName() + SINCE
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Reads a {@link #self()} text back; null when {@code text} is not one. */
    static LockHolder parse(String text, String remedy) {
        String t = text == null ? "" : text.strip();
        int since = t.indexOf(SINCE);
        if (!t.startsWith(PREFIX) || since < 0) {
            return null;
        }
        return new LockHolder(t.substring(0, since), t.substring(since + SINCE.length()), remedy);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
    }
}
