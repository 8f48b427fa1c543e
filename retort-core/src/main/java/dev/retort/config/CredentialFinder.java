package dev.retort.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds passwords in URL-like free text: the password of a {@code scheme://user:password@host}
 * authority and the value of a {@code password=} (also {@code pwd=}, {@code sslpassword=},
 * {@code trustStorePassword=} ...) parameter after {@code ?}, {@code &}, {@code ;}, a space or
 * the start of the text. Used to mask JDBC URLs and text of unknown origin (a driver's message).
 * It errs on the side of masking too much.
 */
final class CredentialFinder {
    static final String MASK = "***";

    /** Compiled on first use only: text without {@code ://} or {@code =} never needs them. */
    private static final class Patterns {
        static final Pattern USERINFO = Pattern.compile("://[^:/@\\s]*:([^@\\s]*)@");
        static final Pattern PARAMETER = Pattern.compile(
                "(?i)(?:^|(?<=[?&;\\s,({]))([a-z0-9_.\\-]*password|pwd)=(\\{(?:[^}]|\\}\\})*\\}|[^&;\\s,)}\\]]*)");
    }

    /** Where a password is written, and how. */
    enum Style {
        /** {@code user:password@}: percent-encoded. */
        USERINFO,
        /** {@code ?password=} or {@code &password=}: percent-encoded. */
        QUERY,
        /** {@code ;password=} or free text: taken literally, SQL Server braces removed. */
        LITERAL
    }

    /**
     * One password found.
     *
     * @param start index of the first character of the value
     * @param end   index after the last character
     * @param key   the parameter name in lower case, or {@code ""} for an authority's password
     * @param style how the value is written
     */
    record Found(int start, int end, String key, Style style) {
        /** True for the connection's own password rather than e.g. a key store's. */
        boolean isLoginPassword() {
            return key.isEmpty() || key.equals("password") || key.equals("pwd");
        }

        String rawIn(String text) {
            return text.substring(start, end);
        }

        /** The password as the driver will see it. */
        String decodedIn(String text) {
            String raw = rawIn(text);
            return switch (style) {
                case USERINFO -> PercentCodec.decode(raw, false).orElse(raw);
                case QUERY -> PercentCodec.decode(raw, true).orElse(raw);
                case LITERAL -> raw.startsWith("{") && raw.endsWith("}") && raw.length() >= 2
                        ? raw.substring(1, raw.length() - 1).replace("}}", "}")
                        : raw;
            };
        }
    }

    private CredentialFinder() {
    }

    static List<Found> find(String text) {
        // both patterns need one of these; most text (every argument of a graph command) has
        // neither, and then no regex is compiled (the first costs ~5 ms at start-up)
        if (!text.contains("://") && text.indexOf('=') < 0) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        Matcher userinfo = Patterns.USERINFO.matcher(text);
        while (userinfo.find()) {
            found.add(new Found(userinfo.start(1), userinfo.end(1), "", Style.USERINFO));
        }
        Matcher parameter = Patterns.PARAMETER.matcher(text);
        while (parameter.find()) {
            int keyStart = parameter.start(1);
            char before = keyStart == 0 ? ' ' : text.charAt(keyStart - 1);
            Style style = before == '?' || before == '&' ? Style.QUERY : Style.LITERAL;
            found.add(new Found(parameter.start(2), parameter.end(2),
                    parameter.group(1).toLowerCase(Locale.ROOT), style));
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** The text with every password found replaced by {@code ***}. */
    static String maskAll(String text) {
        return replace(text, find(text));
    }

    /** The text with the given (sorted, possibly overlapping) spans replaced by {@code ***}. */
    static String replace(String text, List<Found> spans) {
        StringBuilder out = new StringBuilder();
        int position = 0;
        for (Found span : spans) {
            if (span.start() < position) {
                continue;
            }
            out.append(text, position, span.start()).append(MASK);
            position = span.end();
        }
        return out.append(text.substring(position)).toString();
    }
}
