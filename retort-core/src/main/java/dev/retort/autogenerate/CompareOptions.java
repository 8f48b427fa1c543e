package dev.retort.autogenerate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a comparison looks at. Immutable.
 *
 * @param includeSchemas compare tables in every schema; false compares only the default schema
 *                       (tables whose schema is null)
 * @param excludeTables  tables never compared: names or {@code schema.name}, {@code *} matching any run
 *                       of characters ({@code exclude_tables})
 * @param versionTables  retort's own tables (version and log table), never compared
 * @param renames        the {@code --rename} hints
 */
public record CompareOptions(boolean includeSchemas, List<String> excludeTables, Set<String> versionTables,
                             Renames renames) {

    public CompareOptions {
        excludeTables = List.copyOf(excludeTables);
        versionTables = Set.copyOf(versionTables);
    }

    /** The default schema only, nothing excluded but {@code retort_version} and its log table. */
    public static CompareOptions defaults() {
        return new CompareOptions(false, List.of(), Set.of("retort_version", "retort_version_log"), Renames.NONE);
    }

    public CompareOptions withRenames(Renames hints) {
        return new CompareOptions(includeSchemas, excludeTables, versionTables, hints);
    }

    public CompareOptions withExcludeTables(List<String> patterns) {
        return new CompareOptions(includeSchemas, patterns, versionTables, renames);
    }

    public CompareOptions withVersionTables(Set<String> tables) {
        return new CompareOptions(includeSchemas, excludeTables, tables, renames);
    }

    public CompareOptions withIncludeSchemas(boolean include) {
        return new CompareOptions(include, excludeTables, versionTables, renames);
    }

    /** Whether the table {@code schema.name} (schema null for the default) takes part. */
    public boolean compares(String schema, String name) {
        if (schema != null && !includeSchemas) {
            return false;
        }
        if (versionTables.contains(name.toLowerCase(Locale.ROOT)) || versionTables.contains(name)) {
            return false;
        }
        String qualified = schema == null ? name : schema + "." + name;
        for (String pattern : excludeTables) {
            if (matches(pattern, name) || matches(pattern, qualified)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(String pattern, String name) {
        StringBuilder regex = new StringBuilder();
        String[] parts = pattern.toLowerCase(Locale.ROOT).split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(java.util.regex.Pattern.quote(parts[i]));
        }
        return name.toLowerCase(Locale.ROOT).matches(regex.toString());
    }
}
