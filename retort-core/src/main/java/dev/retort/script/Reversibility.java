package dev.retort.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a revision can be undone, read from its file as text (nothing is compiled). A revision is
 * irreversible when its header declares it ({@code @Revision(irreversible = true)}), when an SQL
 * file has no {@code -- retort: downgrade} section, or when a Java file's {@code downgrade} method
 * is empty (while its {@code upgrade} is not: an empty merge revision is undone by doing nothing) or only
 * throws {@link UnsupportedOperationException}. Stateless.
 */
public final class Reversibility {
    private static final Pattern SQL_DOWNGRADE = Pattern.compile("(?m)^[ \\t]*--[ \\t]*retort:[ \\t]*downgrade[ \\t]*\\r?$");
    private static final Pattern JAVA_DOWNGRADE = Pattern.compile(
            "\\bvoid\\s+downgrade\\s*\\([^)]*\\)\\s*(?:throws[^{]*)?\\{");
    private static final Pattern JAVA_UPGRADE = Pattern.compile(
            "\\bvoid\\s+upgrade\\s*\\([^)]*\\)\\s*(?:throws[^{]*)?\\{");
    private static final Pattern ONLY_THROWS = Pattern.compile(
            "throw\\s+new\\s+(?:java\\.lang\\.)?UnsupportedOperationException\\s*\\([^;]*\\)\\s*;");

    private Reversibility() {
    }

    /**
     * Why the revision cannot be undone ({@code declared irreversible}, {@code no downgrade},
     * {@code empty downgrade}, {@code downgrade throws UnsupportedOperationException}), or empty
     * when it can, or when its file cannot be read (a revision compiled into an application).
     */
    public static Optional<String> irreversible(RevisionScript script) {
        if (script.irreversible()) {
            return Optional.of("declared irreversible");
        }
        String text;
        try {
            text = new String(Files.readAllBytes(script.path()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        return script.format() == ScriptFormat.SQL ? sql(text) : java(text);
    }

    static Optional<String> sql(String text) {
        return SQL_DOWNGRADE.matcher(text).find() ? Optional.empty() : Optional.of("no downgrade");
    }

    static Optional<String> java(String text) {
        String code = JavaCode.blankCommentsAndStrings(text);
        Matcher m = JAVA_DOWNGRADE.matcher(code);
        if (!m.find()) {
            return Optional.empty();
        }
        String body = JavaCode.bracedBody(code, m.end() - 1).strip();
        if (body.isEmpty()) {
            // an empty upgrade (a merge, a placeholder) is undone by doing nothing
            return emptyBody(code, JAVA_UPGRADE) ? Optional.empty() : Optional.of("empty downgrade");
        }
        return ONLY_THROWS.matcher(body).matches()
                ? Optional.of("downgrade throws UnsupportedOperationException") : Optional.empty();
    }

    private static boolean emptyBody(String code, Pattern method) {
        Matcher m = method.matcher(code);
        return m.find() && JavaCode.bracedBody(code, m.end() - 1).isBlank();
    }
}
