package dev.retort.script;

import dev.retort.RetortException;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Revision identifiers: generating new ones and checking user-given ones ({@code --rev-id}) and
 * those read from files.
 *
 * <p>A valid id has 1 to 32 characters (the version column is {@code VARCHAR(32)}), each an ASCII
 * letter, digit or {@code _}. DESIGN.md also lists {@code -} as allowed; it is not, because a
 * target such as {@code rev-1} would be read as a relative target ({@code rev} minus one).
 * Alembic forbids {@code -}, {@code +} and {@code @} for the same reason, and its error message
 * is reproduced exactly.
 */
public final class RevisionIds {
    /** Longest id the version table's {@code VARCHAR(32)} column holds. */
    public static final int MAX_LENGTH = 32;

    private RevisionIds() {
    }

    /** A new id: the last 12 hex digits of a random UUID, as Alembic's {@code uuid4().hex[-12:]}. */
    public static String generate() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return hex.substring(hex.length() - 12);
    }

    /**
     * Checks a user-given id.
     *
     * @return the id
     * @throws RetortException naming what is wrong with it
     */
    public static String validate(String id) {
        problem(id).ifPresent(message -> {
            throw new RevisionException(message);
        });
        return id;
    }

    /** Whether {@code id} is a valid revision id. */
    public static boolean isValid(String id) {
        return problem(id).isEmpty();
    }

    /** What is wrong with {@code id}, or empty when it is valid. */
    public static Optional<String> problem(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("A revision identifier must not be empty");
        }
        TreeSet<String> illegal = new TreeSet<>();
        id.codePoints()
                .filter(c -> !isIdChar(c))
                .forEach(c -> illegal.add(new String(Character.toChars(c))));
        if (!illegal.isEmpty()) {
            return Optional.of("Character(s) '" + String.join(", ", illegal)
                    + "' not allowed in revision identifier '" + id + "'");
        }
        if (id.length() > MAX_LENGTH) {
            return Optional.of("Revision identifier '" + id + "' has " + id.length()
                    + " characters; at most " + MAX_LENGTH + " fit the version table's VARCHAR("
                    + MAX_LENGTH + ") column");
        }
        return Optional.empty();
    }

    static boolean isIdChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
