package dev.retort.autogenerate;

import dev.retort.RetortException;
import dev.retort.config.DatabaseUrl;

/**
 * The reflector of a database. Reflection is a dialect capability that lands separately; until
 * it does, every database answers that it cannot be reflected yet, and callers (tests, the Java
 * API) pass their own {@link SchemaReflector}.
 */
public final class Reflectors {
    private Reflectors() {
    }

    public static SchemaReflector of(DatabaseUrl url) {
        throw new RetortException("Reading the schema of a " + url.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " database is not available in this build yet; autogenerate and check need it");
    }
}
