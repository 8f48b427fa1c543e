package dev.retort.spring;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.RetortException;
import dev.retort.runtime.Progress;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Runs retort on the application's DataSource at start-up (docs/spring-boot.md): {@code upgrade},
 * {@code initialize} or {@code validate}, under the migration lock, before JPA's
 * EntityManagerFactory and every other bean that uses the database.
 *
 * <p>Ordered as Spring Boot orders Flyway: after the DataSource's auto-configuration, and made a
 * database initializer ({@link RetortStartupDetector} with
 * {@link DatabaseInitializationDependencyConfigurer}) that the beans depending on database
 * initialization wait for.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration")
@ConditionalOnClass(Retort.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBooleanProperty(name = "retort.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RetortProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class RetortAutoConfiguration {
    /** The Retort the start-up runs; an application that declares its own Retort bean replaces it. */
    @Bean
    @ConditionalOnMissingBean
    public Retort retort(DataSource dataSource, RetortProperties properties, ObjectProvider<Progress> progress) {
        RetortBuilder builder = Retort.configure().dataSource(dataSource)
                .progress(new RetortProgressLog(progress.orderedStream().toList()))
                .versionTable(properties.getVersionTable())
                .lockTimeout(properties.getLockTimeout());
        if (properties.getSchema() != null) {
            builder.schema(properties.getSchema());
        }
        if (properties.getVersionTableSchema() != null) {
            builder.versionTableSchema(properties.getVersionTableSchema());
        }
        String location = properties.getLocation();
        if (location == null || location.isBlank() || location.strip().equals(RetortProperties.CLASSPATH)) {
            builder.classpathRevisions();
        } else if (location.startsWith(RetortProperties.CLASSPATH)) {
            throw new RetortException("retort.location '" + location + "' names a class path location;"
                    + " retort reads every revision index on the class path: set retort.location=classpath:");
        } else {
            builder.scriptLocation(Path.of(location).toAbsolutePath().normalize().toString());
        }
        return builder.load();
    }

    @Bean
    @ConditionalOnMissingBean
    public RetortStartup retortStartup(Retort retort, RetortProperties properties) {
        return new RetortStartup(retort, properties.getMode(), properties.getTarget());
    }

    /** Tells Hibernate's default {@code ddl-auto} that retort manages the schema (none instead of create-drop). */
    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.jdbc.SchemaManagementProvider")
    public RetortSchemaManagementProvider retortSchemaManagementProvider(DataSource dataSource) {
        return new RetortSchemaManagementProvider(dataSource);
    }
}
