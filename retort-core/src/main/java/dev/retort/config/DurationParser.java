package dev.retort.config;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations written {@code 250ms}, {@code 60s}, {@code 2m} or plain seconds {@code 30}. */
public final class DurationParser {
    /** The accepted forms, for error messages. */
    public static final String ACCEPTED_FORMS = "a whole number with ms, s or m (250ms, 60s, 2m) or plain seconds (30)";

    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})\\s*(ms|s|m)?");

    private DurationParser() {
    }

    /** The duration, or empty when {@code text} is in none of the accepted forms. */
    public static Optional<Duration> parse(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return Optional.of(switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        });
    }
}
