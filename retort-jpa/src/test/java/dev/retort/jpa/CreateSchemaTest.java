package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.DatabaseKind;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.migration.Operation;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Path;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The model of the shop entities, rendered by retort's dialects as createTable (and enum,
 * sequence, index) operations, runs on each database and leaves every table there.
 */
class CreateSchemaTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"H2", "SQLITE", "POSTGRESQL"})
    void theRenderedModelRunsOnTheDatabase(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabases.of(kind, dir); Connection c = db.connect()) {
            SchemaModel model = create(kind, c);
            assertThat(tables(c)).containsAll(model.tables().stream().map(Table::name).toList());
        }
    }

    /**
     * On H2 the schema passes Hibernate's own validation ({@code hbm2ddl.auto=validate}). Not on
     * SQLite, where an autoincrement key must be INTEGER where Hibernate expects BIGINT, nor on
     * PostgreSQL, where Hibernate keeps a {@code @Lob String} in an {@code oid} and the portable
     * model has TEXT.
     */
    @Test
    void hibernateValidatesTheSchemaRetortCreatedOnH2() throws Exception {
        try (TestDatabase db = TestDatabases.h2(); Connection c = db.connect()) {
            create(DatabaseKind.H2, c);
            validate(DatabaseKind.H2, db);
        }
    }

    private SchemaModel create(DatabaseKind kind, Connection c) throws Exception {
        SchemaModel model = new JpaModelSource().read(getClass().getClassLoader(), JpaModelSourceTest.SHOP, kind);
        Dialect dialect = Dialects.of(kind);
        try (Statement s = c.createStatement()) {
            for (Operation op : SchemaOperations.creating(model)) {
                for (String sql : dialect.render(op, null)) {
                    s.execute(sql);
                }
            }
        }
        return model;
    }

    /** Hibernate's schema validation of the entities against the database. */
    private static void validate(DatabaseKind kind, TestDatabase db) {
        MetadataSources sources = new MetadataSources(new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_JDBC_URL, db.jdbcUrl())
                .applySetting(AvailableSettings.DIALECT, HibernateDialects.className(kind))
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .build());
        new EntityScanner(CreateSchemaTest.class.getClassLoader()).scan(JpaModelSourceTest.SHOP)
                .forEach(sources::addAnnotatedClass);
        try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
            assertThat(factory.isOpen()).isTrue();
        }
    }

    private static List<String> tables(Connection c) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
