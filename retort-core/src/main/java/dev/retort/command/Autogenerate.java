package dev.retort.command;

import dev.retort.RetortException;
import dev.retort.autogenerate.Changes;
import dev.retort.autogenerate.CompareOptions;
import dev.retort.autogenerate.ModelSources;
import dev.retort.autogenerate.ModelTarget;
import dev.retort.autogenerate.Renames;
import dev.retort.autogenerate.SchemaDiff;
import dev.retort.config.DatabaseUrl;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.ReflectOptions;
import dev.retort.schema.SchemaModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The comparison {@code revision --autogenerate} and {@code check} share: the database (which
 * must be at head) reflected, the model read from {@code [retort.model]}, the two compared with
 * the version tables, {@code exclude_tables} and other schemas left out.
 */
final class Autogenerate {
    private Autogenerate() {
    }

    /** Compares; reflection's warnings (an expression index skipped, ...) go to {@code warnings}. */
    static Changes compare(Project project, List<String> renameHints, Consumer<String> warnings) {
        RetortConfig config = project.config();
        Renames renames = Renames.parse(renameHints);
        ReflectOptions reflectOptions = ReflectOptions.excludingVersionTables(config.versionTable(), warnings);
        SchemaModel database;
        DatabaseUrl url;
        try (Session session = Session.online(project)) {
            url = session.url();
            List<String> rows = session.currentRows(project.map());
            if (!new HashSet<>(rows).equals(new HashSet<>(project.map().heads()))) {
                throw new RetortException("Target database is not up to date.");
            }
            database = session.dialect().reflector().reflect(session.connection(), config.schema().orElse(null),
                    reflectOptions);
        }
        SchemaModel model = ModelSources.of(config.model()).read(new ModelTarget(url, config.schema().orElse(null),
                reflectOptions, config.workingDirectory()));
        String versionTable = config.versionTable();
        CompareOptions options = CompareOptions.defaults()
                .withVersionTables(Set.of(versionTable, versionTable + "_log"))
                .withExcludeTables(config.model().excludeTables())
                .withIncludeSchemas(config.model().includeSchemas())
                .withRenames(renames);
        return SchemaDiff.compare(database, model, options);
    }
}
