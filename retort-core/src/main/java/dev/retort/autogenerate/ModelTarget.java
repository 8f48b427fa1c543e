package dev.retort.autogenerate;

import dev.retort.config.DatabaseUrl;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What a model source needs to know about the database it is compared with. Immutable.
 *
 * @param url        the target database (a scratch database is made on the same server)
 * @param schema     the configured schema, or null for the default
 * @param reflectors the reflector of each database kind
 * @param workingDirectory base of relative SQLite paths
 */
public record ModelTarget(DatabaseUrl url, String schema, Function<DatabaseUrl, SchemaReflector> reflectors,
                          Path workingDirectory) {
    /** The reflector for {@code url}'s database. */
    public SchemaReflector reflector(DatabaseUrl of) {
        return reflectors.apply(of);
    }
}
