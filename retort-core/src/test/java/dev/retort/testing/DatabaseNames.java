package dev.retort.testing;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of test databases: {@code retort_test_<epoch seconds>_<8 random hex>}, unique across
 * parallel test JVMs and carrying their creation time, so that leftovers of a killed run can be
 * recognised as stale by name alone (PostgreSQL keeps no creation time for a database).
 */
final class DatabaseNames {
    /** Every test database's name starts with this; nothing else may use it. */
    static final String PREFIX = "retort_test_";
    /** A leftover older than this is dropped at first use of its server. */
    static final Duration STALE_AFTER = Duration.ofDays(1);

    private static final Pattern NAME = Pattern.compile("^" + PREFIX + "(\\d{1,12})_[0-9a-f]+(_.*)?$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabaseNames() {
    }

    /** A fresh name, created now. */
    static String next() {
        return next(Instant.now());
    }

    static String next(Instant now) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return PREFIX + now.getEpochSecond() + "_" + HexFormat.of().formatHex(bytes);
    }

    /** When a name made by {@link #next()} (or one derived from it by a suffix) was made. */
    static Optional<Instant> createdAt(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Optional.of(Instant.ofEpochSecond(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    /** Whether a name is a test database's left over from a run more than a day ago. */
    static boolean isStale(String name, Instant now) {
        return createdAt(name).map(t -> t.plus(STALE_AFTER).isBefore(now)).orElse(false);
    }
}
