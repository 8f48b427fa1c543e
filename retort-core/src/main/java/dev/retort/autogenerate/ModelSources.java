package dev.retort.autogenerate;

import dev.retort.RetortException;
import dev.retort.config.ModelConfig;
import java.util.List;

/** The {@link ModelSource} that {@code [retort.model]} names; exactly one source key must be set. */
public final class ModelSources {
    private ModelSources() {
    }

    public static ModelSource of(ModelConfig config) {
        List<String> sources = config.sources();
        if (sources.isEmpty()) {
            throw new RetortException("No model to compare with: set one of url, sql, schema_class or jpa_packages "
                    + "in [retort.model]");
        }
        if (sources.size() > 1) {
            throw new RetortException("[retort.model] names " + sources + "; set only one of them");
        }
        if (config.url().isPresent()) {
            return new ReferenceDatabaseSource(config.url().get());
        }
        if (config.sql().isPresent()) {
            return new SqlScriptSource(config.sql().get());
        }
        throw new RetortException("[retort.model] " + sources.get(0) + " is not supported yet; use url or sql");
    }
}
