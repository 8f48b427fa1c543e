package dev.retort.jpa;

import dev.retort.config.DatabaseKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Hibernate's boot metamodel of some mapped classes, built for a target database without a
 * connection: the dialect is named, JDBC metadata access is off and no DataSource or URL is
 * given. The metamodel is used while the registry is open; {@link #close()} releases it.
 */
final class BootMetamodel implements AutoCloseable {
    private final StandardServiceRegistry registry;
    private final Metadata metadata;

    private BootMetamodel(StandardServiceRegistry registry, Metadata metadata) {
        this.registry = registry;
        this.metadata = metadata;
    }

    /**
     * Builds the metamodel.
     *
     * @param classes  entities, embeddables, mapped superclasses and converters
     * @param loader   the class loader Hibernate resolves names with
     * @param kind     the target database, which picks the dialect
     * @param settings further Hibernate settings (a naming strategy, ...); they cannot turn a
     *                 connection on
     * @throws JpaModelException when Hibernate rejects the mapping
     */
    static BootMetamodel build(List<Class<?>> classes, ClassLoader loader, DatabaseKind kind,
                               Map<String, Object> settings) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySettings(offline(kind, settings))
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            return new BootMetamodel(registry, sources.buildMetadata());
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new JpaModelException("Hibernate cannot map the entities: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> offline(DatabaseKind kind, Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put(AvailableSettings.DIALECT, HibernateDialects.className(kind));
        all.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, false);
        all.keySet().removeIf(BootMetamodel::isConnectionSetting);
        return all;
    }

    /** A URL or DataSource setting, in its JPA or (deprecated, still honoured) Hibernate spelling. */
    private static boolean isConnectionSetting(String key) {
        return key.equals(AvailableSettings.JAKARTA_JDBC_URL) || key.equals("hibernate.connection.url")
                || key.equals(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE) || key.equals("hibernate.connection.datasource")
                || key.equals(AvailableSettings.JAKARTA_JTA_DATASOURCE);
    }

    /** The relational model and types of the mapping. */
    Metadata metadata() {
        return metadata;
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
