package dev.retort.autogenerate;

import dev.retort.RetortException;
import dev.retort.config.ModelConfig;
import java.util.List;
import java.util.ServiceLoader;

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
        if (config.schemaClass().isPresent()) {
            return new SchemaClassSource(config.schemaClass().get(), config.classpath());
        }
        ClassLoader loader = ModuleJars.loader("jpa").orElse(ModelSources.class.getClassLoader());
        return provider("jpa_packages", "retort-jpa", loader).create(config);
    }

    /**
     * The {@link ModelSourceProvider} for {@code key} that {@code loader} finds: on retort's class
     * path, or in the distribution's {@code lib/jpa/} (see {@link ModuleJars}).
     *
     * @param module the module that provides it, named when it is missing
     * @throws RetortException when none is on the class path
     */
    static ModelSourceProvider provider(String key, String module, ClassLoader loader) {
        for (ModelSourceProvider p : ServiceLoader.load(ModelSourceProvider.class, loader)) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        throw new RetortException(key + " needs " + module + " on the class path: add the dev.retort:" + module
                + " dependency (the retort distribution carries it in lib/jpa/)");
    }
}
