package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model sources that are Java classes, end to end on SQLite: classes compiled into the
 * project's {@code target/classes}, {@code revision --autogenerate} against an empty database,
 * {@code upgrade head}, and a {@code check} that finds nothing left to do.
 */
class ModelSourcesE2eTest {
    private static final String SCHEMA_CLASS = """
            package com.example.db;

            import static dev.retort.migration.Types.*;

            import dev.retort.migration.Op;
            import dev.retort.migration.SchemaDefinition;
            import java.util.List;

            public final class AppSchema implements SchemaDefinition {
                @Override
                public void define(Op op) {
                    op.createTable("customer",
                            column("id", integer()).primaryKey(),
                            column("name", varchar(100)),
                            column("email", varchar(200)).nullable());
                    op.createTable("orders",
                            column("id", integer()).primaryKey(),
                            column("customer_id", integer()),
                            column("total", numeric(10, 2)).nullable(),
                            foreignKey("fk_orders_customer", List.of("customer_id"), "customer", List.of("id")));
                    op.createIndex("ix_orders_customer", "orders", "customer_id");
                }
            }
            """;

    private static final String CUSTOMER = """
            package com.example.domain;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "customer")
            public class Customer {
                @Id
                Long id;

                @Column(nullable = false, length = 100)
                String name;
            }
            """;

    private static final String ORDER = """
            package com.example.domain;

            import jakarta.persistence.*;
            import java.math.BigDecimal;

            @Entity
            @Table(name = "orders", indexes = @Index(name = "ix_orders_customer", columnList = "customer_id"))
            public class Order {
                @Id
                Long id;

                @ManyToOne(optional = false)
                @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_orders_customer"))
                Customer customer;

                @Column(precision = 10, scale = 2)
                BigDecimal total;
            }
            """;

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void init() {
        cli = new CliRunner(dir);
        ok("init", "migrations");
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private void model(String commentedKey, String key, Map<String, String> sources) throws IOException {
        Path toml = dir.resolve("retort.toml");
        String config = Files.readString(toml);
        assertThat(config).contains(commentedKey);
        Files.writeString(toml, config.replace(commentedKey, key));
        ModelClasses.compile(dir.resolve("target/classes"), sources);
    }

    private void roundTrip(String... created) throws IOException {
        CliRunner.Result generated = ok("revision", "--autogenerate", "-m", "initial");
        assertThat(generated.err()).doesNotContain("HHH", "INFO");
        String revision;
        try (var files = Files.list(dir.resolve("migrations/versions"))) {
            revision = Files.readString(files.findFirst().orElseThrow());
        }
        for (String table : created) {
            assertThat(revision).contains("op.createTable(\"" + table + "\"");
        }
        ok("upgrade", "head");
        assertThat(ok("check").out()).isEqualTo("No new upgrade operations detected.\n");
    }

    @Test
    void schemaClassRoundTrips() throws IOException {
        model("# schema_class = \"com.example.db.AppSchema\"", "schema_class = \"com.example.db.AppSchema\"",
                Map.of("com.example.db.AppSchema", SCHEMA_CLASS));
        roundTrip("customer", "orders");
    }

    @Test
    void jpaPackagesRoundTrip() throws IOException {
        model("# jpa_packages = [\"com.example.domain\"]", "jpa_packages = [\"com.example.domain\"]",
                Map.of("com.example.domain.Customer", CUSTOMER, "com.example.domain.Order", ORDER));
        roundTrip("customer", "orders");
    }
}
