package dev.retort.spring;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Says that retort manages the schema of its DataSource, so that Spring Boot's default
 * {@code spring.jpa.hibernate.ddl-auto} for an embedded database is {@code none} rather than
 * {@code create-drop} (Hibernate would otherwise drop and recreate retort's tables).
 */
public class RetortSchemaManagementProvider implements SchemaManagementProvider {
    private final DataSource dataSource;

    public RetortSchemaManagementProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return this.dataSource == dataSource ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
