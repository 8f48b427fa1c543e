package dev.retort.autogenerate;

import dev.retort.RetortException;
import dev.retort.config.DatabaseUrl;
import dev.retort.runtime.Connections;
import dev.retort.schema.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;

/** {@code url = "..."}: a database that already has the wanted schema, reflected as it is. */
public final class ReferenceDatabaseSource implements ModelSource {
    private final String url;

    public ReferenceDatabaseSource(String url) {
        this.url = url;
    }

    @Override
    public SchemaModel read(ModelTarget target) {
        DatabaseUrl reference = DatabaseUrl.parse(url, target.workingDirectory());
        try (Connection c = Connections.open(reference)) {
            return target.reflect(reference, c, target.schema());
        } catch (SQLException e) {
            throw new RetortException("Cannot read the model from " + reference.masked() + ": " + e.getMessage(), e);
        }
    }
}
