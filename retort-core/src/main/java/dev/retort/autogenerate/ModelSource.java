package dev.retort.autogenerate;

import dev.retort.schema.SchemaModel;

/**
 * Where autogenerate and check find the schema the application wants ({@code [retort.model]}):
 * a reference database, a reference DDL script, and later JPA entities or a schema class.
 */
public interface ModelSource {
    /** The model, as it would be in a database of {@code target}'s dialect. */
    SchemaModel read(ModelTarget target);
}
