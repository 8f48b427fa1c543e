package dev.retort.config;

import java.util.List;

/** The keys retort.toml knows, per table (a section and its {@code hooks} and {@code model} tables). */
final class ConfigKeys {
    static final String HOOKS = "hooks";
    static final String MODEL = "model";

    static final List<String> SECTION = List.of(
            "script_location", "url", "schema", "version_table", "version_table_schema", "lock_timeout",
            "version_locations", "file_template", "truncate_slug_length", "revision_format",
            "transaction_per_migration", "timezone", HOOKS, MODEL);
    static final List<String> HOOKS_TABLE = List.of("post_write");
    static final List<String> MODEL_TABLE = List.of(
            "classpath", "jpa_packages", "schema_class", "sql", "url", "include_schemas", "exclude_tables");

    private ConfigKeys() {
    }
}
