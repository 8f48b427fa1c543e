package dev.retort.runtime;

import dev.retort.config.DatabaseUrl;
import java.sql.Connection;

/** A new connection per {@link #open()}, through {@link Connections}. */
record UrlConnections(DatabaseUrl url) implements ConnectionSource {
    @Override
    public Connection open() {
        return Connections.open(url);
    }

    @Override
    public boolean lendsConnections() {
        return false;
    }
}
