package dev.retort.migration;

import dev.retort.schema.ColumnType;

/**
 * What {@code alterColumn} changes, and optionally what the column was before (the
 * {@code existing...} values), which makes the change reversible and lets dialects that must
 * restate the whole column (MySQL, SQL Server) do so. Immutable; build it with {@link Types#change()}.
 *
 * @param newName          rename to, or null
 * @param type             new type, or null
 * @param nullable         new nullability, or null
 * @param serverDefault    new default expression, or null for no change
 * @param dropsDefault     true to drop the default
 * @param comment          new comment, or null
 * @param existingType     the type before, or null if unknown
 * @param existingNullable nullability before, or null if unknown
 * @param existingDefault  default before, or null if unknown/none
 * @param existingComment  comment before, or null if unknown/none
 */
public record ColumnChange(String newName, ColumnType type, Boolean nullable, String serverDefault, boolean dropsDefault,
                           String comment, ColumnType existingType, Boolean existingNullable, String existingDefault,
                           String existingComment) {

    public static final ColumnChange NONE = new ColumnChange(null, null, null, null, false, null, null, null, null, null);

    public ColumnChange rename(String name) {
        return new ColumnChange(name, type, nullable, serverDefault, dropsDefault, comment, existingType,
                existingNullable, existingDefault, existingComment);
    }

    public ColumnChange type(ColumnType t) {
        return new ColumnChange(newName, t, nullable, serverDefault, dropsDefault, comment, existingType,
                existingNullable, existingDefault, existingComment);
    }

    public ColumnChange nullable(boolean n) {
        return new ColumnChange(newName, type, n, serverDefault, dropsDefault, comment, existingType,
                existingNullable, existingDefault, existingComment);
    }

    public ColumnChange defaultValue(String sqlExpression) {
        return new ColumnChange(newName, type, nullable, sqlExpression, false, comment, existingType,
                existingNullable, existingDefault, existingComment);
    }

    public ColumnChange dropDefault() {
        return new ColumnChange(newName, type, nullable, null, true, comment, existingType,
                existingNullable, existingDefault, existingComment);
    }

    public ColumnChange comment(String text) {
        return new ColumnChange(newName, type, nullable, serverDefault, dropsDefault, text, existingType,
                existingNullable, existingDefault, existingComment);
    }

    public ColumnChange existingType(ColumnType t) {
        return new ColumnChange(newName, type, nullable, serverDefault, dropsDefault, comment, t,
                existingNullable, existingDefault, existingComment);
    }

    public ColumnChange existingNullable(boolean n) {
        return new ColumnChange(newName, type, nullable, serverDefault, dropsDefault, comment, existingType,
                n, existingDefault, existingComment);
    }

    public ColumnChange existingDefault(String sqlExpression) {
        return new ColumnChange(newName, type, nullable, serverDefault, dropsDefault, comment, existingType,
                existingNullable, sqlExpression, existingComment);
    }

    public ColumnChange existingComment(String text) {
        return new ColumnChange(newName, type, nullable, serverDefault, dropsDefault, comment, existingType,
                existingNullable, existingDefault, text);
    }
}
