package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.shop.domain.Customer;
import com.example.shop.repository.CustomerRepository;
import com.example.shop.domain.PurchaseOrder;
import com.example.shop.repository.PurchaseOrderRepository;
import dev.retort.Retort;
import dev.retort.config.DatabaseKind;
import dev.retort.script.Revision;
import dev.retort.spring.RetortStartup;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the shop application as it is deployed (its application.properties: ddl-auto=validate,
 * retort upgrading at start-up with the revisions compiled into it) on H2 and PostgreSQL.
 */
class ShopApplicationTest {
    @TempDir
    Path dir;

    private static ConfigurableApplicationContext start(TestDatabase db, String... more) {
        String[] args = new String[more.length + 1];
        args[0] = "--spring.datasource.url=" + db.jdbcUrl();
        System.arraycopy(more, 0, args, 1, more.length);
        return new SpringApplicationBuilder(ShopApplication.class).run(args);
    }

    private static TestDatabase database(DatabaseKind kind, Path dir) throws SQLException {
        TestDatabase db = TestDatabases.of(kind, dir);
        if (kind == DatabaseKind.H2) {
            // Spring Boot connects to an embedded H2 as sa; the harness created the database as another user
            try (Connection c = db.connect()) {
                c.createStatement().execute("CREATE USER IF NOT EXISTS SA PASSWORD '' ADMIN");
            }
        }
        return db;
    }

    @ParameterizedTest
    @EnumSource(names = {"H2", "POSTGRESQL"})
    void upgradesAtStartUpAndHibernateValidatesTheSchema(DatabaseKind kind) throws Exception {
        try (TestDatabase db = database(kind, dir)) {
            try (ConfigurableApplicationContext app = start(db)) {
                assertThat(app.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
                Retort retort = app.getBean(Retort.class);
                RetortStartup startup = app.getBean(RetortStartup.class);
                assertThat(startup.result().steps()).isNotEmpty();
                assertThat(startup.result().rowsAfter())
                        .containsExactlyElementsOf(retort.heads().stream().map(Revision::id).toList());

                CustomerRepository customers = app.getBean(CustomerRepository.class);
                PurchaseOrderRepository orders = app.getBean(PurchaseOrderRepository.class);
                Customer ada = customers.save(new Customer("ada@example.com", "Ada"));
                orders.save(new PurchaseOrder(ada, new BigDecimal("12.50"), LocalDateTime.of(2026, 1, 2, 3, 4)));
                orders.save(new PurchaseOrder(ada, new BigDecimal("7.25"), LocalDateTime.of(2026, 1, 1, 0, 0)));

                assertThat(customers.findByEmail("ada@example.com")).get().extracting(Customer::getName)
                        .isEqualTo("Ada");
                assertThat(orders.findByCustomerOrderByPlacedAt(ada)).extracting(PurchaseOrder::getTotal)
                        .containsExactly(new BigDecimal("7.25"), new BigDecimal("12.50"));
                assertThat(orders.totalSpentBy(ada)).isEqualByComparingTo("19.75");
                assertThatThrownBy(() -> customers.saveAndFlush(new Customer("ada@example.com", "Other Ada")))
                        .as("the unique key retort created").isInstanceOf(
                                org.springframework.dao.DataIntegrityViolationException.class);
                assertThat(new JdbcTemplate(app.getBean(javax.sql.DataSource.class))
                        .queryForObject("SELECT count(*) FROM retort_version", Integer.class)).isEqualTo(1);
            }
            try (ConfigurableApplicationContext again = start(db)) {
                assertThat(again.getBean(RetortStartup.class).result().steps()).as("at head: nothing to run").isEmpty();
                assertThat(again.getBean(CustomerRepository.class).count()).isEqualTo(1);
            }
        }
    }

    /** The committed revisions are what autogenerate makes of the entities: at head, check finds no difference. */
    @ParameterizedTest
    @EnumSource(names = {"H2", "POSTGRESQL"})
    void theRevisionsMatchTheEntities(DatabaseKind kind) throws Exception {
        try (TestDatabase db = database(kind, dir)) {
            Retort retort = Retort.configure().configFile(Path.of("retort.toml")).url(db.url()).classpathRevisions().load();
            retort.upgrade("head");
            assertThat(retort.check()).isEmpty();
        }
    }

    /** Without retort the empty database fails Hibernate's validation: retort is what made the schema. */
    @ParameterizedTest
    @EnumSource(names = {"H2", "POSTGRESQL"})
    void withoutRetortHibernateRefusesTheEmptyDatabase(DatabaseKind kind) throws Exception {
        try (TestDatabase db = database(kind, dir)) {
            assertThatThrownBy(() -> start(db, "--retort.enabled=false").close())
                    .hasStackTraceContaining("Schema-validation: missing table");
        }
    }
}
