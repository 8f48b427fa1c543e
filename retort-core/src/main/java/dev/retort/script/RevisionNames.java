package dev.retort.script;

import dev.retort.RetortException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a new revision gets: the slug of its message, its file name from
 * {@code file_template}, and the Java class name. All as Alembic's {@code _rev_path} where
 * Alembic has one.
 */
public final class RevisionNames {
    /** Python's {@code \w+} on str: Unicode word characters. */
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");
    private static final String TOKENS = "rev, slug, year, month, day, hour, minute, second, epoch";

    private RevisionNames() {
    }

    /**
     * The words of {@code message} joined with {@code _}, lower-cased; when longer than
     * {@code truncateLength}, cut there, then back to the last {@code _}, and {@code _} appended.
     */
    public static String slug(String message, int truncateLength) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(message == null ? "" : message);
        while (m.find()) {
            words.add(m.group());
        }
        String slug = String.join("_", words).toLowerCase(java.util.Locale.ROOT);
        if (slug.codePointCount(0, slug.length()) > truncateLength) {
            String cut = slug.substring(0, slug.offsetByCodePoints(0, truncateLength));
            int underscore = cut.lastIndexOf('_');
            slug = (underscore < 0 ? cut : cut.substring(0, underscore)) + "_";
        }
        return slug;
    }

    /**
     * The file name, without extension, from a {@code file_template} such as
     * {@code {rev}_{slug}}; month, day, hour, minute and second are two digits.
     */
    public static String fileStem(String fileTemplate, String rev, String slug, ZonedDateTime date) {
        Matcher m = TOKEN.matcher(fileTemplate);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "rev" -> rev;
                case "slug" -> slug;
                case "year" -> Integer.toString(date.getYear());
                case "month" -> twoDigits(date.getMonthValue());
                case "day" -> twoDigits(date.getDayOfMonth());
                case "hour" -> twoDigits(date.getHour());
                case "minute" -> twoDigits(date.getMinute());
                case "second" -> twoDigits(date.getSecond());
                case "epoch" -> Long.toString(date.toEpochSecond());
                default -> throw new RetortException("Unknown token {" + m.group(1)
                        + "} in file_template '" + fileTemplate + "'; tokens: " + TOKENS);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String stem = out.toString();
        if (stem.isEmpty() || stem.contains("/") || stem.contains("\\")) {
            throw new RetortException("file_template '" + fileTemplate
                    + "' must give a file name without directories");
        }
        return stem;
    }

    /**
     * The Java class of a revision: the slug in CamelCase, {@code _}, the id
     * ({@code AddUserEmail_1a2b3c4d5e6f}); {@code Revision_<id>} for an empty slug. The id keeps
     * two revisions with the same message apart when they are compiled together.
     */
    public static String className(String slug, String rev) {
        StringBuilder camel = new StringBuilder();
        for (String word : slug.split("_")) {
            if (!word.isEmpty()) {
                int first = word.codePointAt(0);
                camel.appendCodePoint(Character.toTitleCase(first)).append(word.substring(Character.charCount(first)));
            }
        }
        StringBuilder name = new StringBuilder();
        camel.codePoints().filter(Character::isJavaIdentifierPart).forEach(name::appendCodePoint);
        if (name.length() == 0) {
            return "Revision_" + rev;
        }
        if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name.insert(0, "Revision");
        }
        return name + "_" + rev;
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
