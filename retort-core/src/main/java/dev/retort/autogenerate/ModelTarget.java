package dev.retort.autogenerate;

import dev.retort.config.DatabaseUrl;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.ReflectOptions;
import dev.retort.schema.SchemaModel;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * What a model source needs to know about the database it is compared with. Immutable.
 *
 * @param url              the target database (a scratch database is made on the same server)
 * @param schema           the configured schema, or null for the default
 * @param reflectOptions   what reflection leaves out and where it warns
 * @param workingDirectory base of relative SQLite paths
 */
public record ModelTarget(DatabaseUrl url, String schema, ReflectOptions reflectOptions, Path workingDirectory) {

    /** The schema of the database {@code of} reached through {@code connection}, by that database's reflector. */
    public SchemaModel reflect(DatabaseUrl of, Connection connection, String inSchema) {
        return Dialects.of(of.kind()).reflector().reflect(connection, inSchema, reflectOptions);
    }
}
