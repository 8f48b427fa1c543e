package dev.retort.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link RetortStartup} initializes the database, so that the beans that
 * use it (JPA's EntityManagerFactory, JdbcTemplate, anything marked
 * {@code @DependsOnDatabaseInitialization}) are created after it: the schema exists before
 * Hibernate validates it. Registered in META-INF/spring.factories, as Flyway's is.
 */
public class RetortStartupDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(RetortStartup.class);
    }
}
