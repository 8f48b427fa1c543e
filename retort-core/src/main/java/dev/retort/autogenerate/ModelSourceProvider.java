package dev.retort.autogenerate;

import dev.retort.config.ModelConfig;

/**
 * A model source that lives in another module, found with {@link java.util.ServiceLoader} so
 * that retort-core does not depend on it: retort-jpa provides {@code jpa_packages} this way,
 * keeping Hibernate out of core. Implementations are listed in
 * {@code META-INF/services/dev.retort.autogenerate.ModelSourceProvider}.
 */
public interface ModelSourceProvider {
    /** The {@code [retort.model]} key this provider reads, such as {@code jpa_packages}. */
    String key();

    /** The source for {@code config}, whose {@link #key()} is set. */
    ModelSource create(ModelConfig config);
}
