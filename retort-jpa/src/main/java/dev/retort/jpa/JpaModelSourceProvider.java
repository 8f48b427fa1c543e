package dev.retort.jpa;

import dev.retort.RetortException;
import dev.retort.autogenerate.ModelSource;
import dev.retort.autogenerate.ModelSourceProvider;
import dev.retort.config.ModelConfig;

/**
 * {@code jpa_packages} in {@code [retort.model]}, found by retort-core's
 * {@code ModelSources} through {@link java.util.ServiceLoader}: the entities of those packages on
 * the model {@code classpath}, read with {@link JpaModelSource} for the target's dialect.
 */
public final class JpaModelSourceProvider implements ModelSourceProvider {
    @Override
    public String key() {
        return "jpa_packages";
    }

    @Override
    public ModelSource create(ModelConfig config) {
        return target -> {
            HibernateLogging.quiet();
            try {
                return new JpaModelSource().read(config, target.url().kind());
            } catch (JpaModelException e) {
                throw new RetortException("jpa_packages " + config.jpaPackages() + ": " + e.getMessage(), e);
            }
        };
    }
}
