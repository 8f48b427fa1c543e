package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.config.DatabaseKind;
import dev.retort.config.ModelConfig;
import dev.retort.jpa.naming.LineItem;
import dev.retort.jpa.shop.Tag;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shop entities read for PostgreSQL, table by table; then what changes with the target and the settings. */
class JpaModelSourceTest {
    static final List<String> SHOP = List.of("dev.retort.jpa.shop");
    static final ColumnType STATUS = new ColumnType(Kind.ENUM, null, null, null, "customerstatus",
            List.of("ACTIVE", "SUSPENDED", "CLOSED"));

    static SchemaModel model;

    @BeforeAll
    static void read() {
        model = new JpaModelSource().read(JpaModelSourceTest.class.getClassLoader(), SHOP, DatabaseKind.POSTGRESQL);
    }

    @Test
    void readsThePhysicalTablesByName() {
        assertThat(model.tables()).extracting(Table::name).containsExactly(
                "customers", "invoices", "order_tags", "orders", "payments", "tags", "trucks", "vehicles");
    }

    @Test
    void customersHaveIdentityEnumsEmbeddedColumnsAndMappedSuperclassColumns() {
        Table t = model.table(null, "customers");
        assertThat(t.comment()).isEqualTo("people who order");
        assertThat(t.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
        assertThat(t.column("id")).isEqualTo(Column.of("id", ColumnType.of(Kind.BIGINT)).primaryKey().identity());
        assertThat(t.column("email")).isEqualTo(Column.of("email", varchar(120)));
        assertThat(t.column("code")).isEqualTo(Column.of("code", varchar(12)).nullable());
        assertThat(t.column("status")).isEqualTo(Column.of("status", STATUS));
        assertThat(t.column("tier")).isEqualTo(Column.of("tier", ColumnType.of(Kind.SMALLINT)).nullable());
        assertThat(t.column("active")).isEqualTo(Column.of("active", ColumnType.of(Kind.BOOLEAN))
                .defaultValue("true").comment("false once closed"));
        // @Embedded Address
        assertThat(t.column("city")).isEqualTo(Column.of("city", varchar(80)));
        assertThat(t.column("street")).isEqualTo(Column.of("street", varchar(200)).nullable());
        assertThat(t.column("zip")).isEqualTo(Column.of("zip", varchar(10)).nullable());
        // @MappedSuperclass Audited
        assertThat(t.column("created_at")).isEqualTo(Column.of("created_at", ColumnType.of(Kind.TIMESTAMPTZ)));
        assertThat(t.column("version")).isEqualTo(Column.of("version", ColumnType.of(Kind.BIGINT)));
        assertThat(t.columns()).hasSize(13);

        assertThat(t.uniques()).containsExactly(
                new UniqueConstraint("UKmkwx1x9mthieapj92cpxq5msc", List.of("code")),
                new UniqueConstraint("uq_customers_name", List.of("first_name", "last_name")));
        assertThat(t.indexes()).containsExactly(new Index("ix_customers_email", List.of("email"), false, null));
        assertThat(t.foreignKeys()).isEmpty();
        // the ordinal's range stays; the enum's IN list is the ENUM type's
        assertThat(t.checks()).containsExactly(new CheckConstraint(null, "tier between 0 and 2"));
    }

    @Test
    void ordersHaveASequenceAForeignKeyWithOnDeleteAndSizedTypes() {
        Table t = model.table(null, "orders");
        assertThat(t.column("id")).isEqualTo(Column.of("id", ColumnType.of(Kind.BIGINT)).primaryKey());
        assertThat(t.column("customer_id")).isEqualTo(Column.of("customer_id", ColumnType.of(Kind.BIGINT)));
        assertThat(t.column("total").type()).isEqualTo(new ColumnType(Kind.NUMERIC, null, 12, 2, null, null));
        assertThat(t.column("total").isNullable()).isFalse();
        assertThat(t.column("placed_at").type()).isEqualTo(ColumnType.of(Kind.TIMESTAMPTZ));
        assertThat(t.column("ship_by").type()).isEqualTo(ColumnType.of(Kind.DATE));
        assertThat(t.column("reference").type()).isEqualTo(ColumnType.of(Kind.UUID));
        assertThat(t.column("notes").type()).isEqualTo(ColumnType.of(Kind.TEXT));
        assertThat(t.column("weight").type()).isEqualTo(ColumnType.of(Kind.DOUBLE));
        assertThat(t.foreignKeys()).containsExactly(new ForeignKey("FKpxtb8awmi0dk6smoh2vp1litg",
                List.of("customer_id"), null, "customers", List.of("id"), "CASCADE", null));
        assertThat(model.sequences()).containsExactly(new Sequence(null, "order_seq", 100L, 10L));
    }

    @Test
    void aManyToManyIsAJoinTableKeyedByBothForeignKeys() {
        Table t = model.table(null, "order_tags");
        assertThat(t.columns()).containsExactly(Column.of("order_id", ColumnType.of(Kind.BIGINT)).primaryKey(),
                Column.of("tag_id", ColumnType.of(Kind.INTEGER)).primaryKey());
        assertThat(t.primaryKey().columns()).containsExactly("order_id", "tag_id");
        assertThat(t.foreignKeys()).extracting(ForeignKey::columns, ForeignKey::referredTable, ForeignKey::onDelete)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(List.of("order_id"), "orders", null),
                        org.assertj.core.groups.Tuple.tuple(List.of("tag_id"), "tags", null));
        assertThat(model.table(null, "tags").uniques()).extracting(UniqueConstraint::columns)
                .containsExactly(List.of("label"));
    }

    @Test
    void singleTableInheritanceHasTheDiscriminatorAndNullableSubclassColumns() {
        Table t = model.table(null, "payments");
        assertThat(t.columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("id", "kind", "amount", "card_last4", "iban");
        assertThat(t.column("kind")).isEqualTo(Column.of("kind", varchar(10)));
        assertThat(t.column("amount").type()).isEqualTo(new ColumnType(Kind.NUMERIC, null, 10, 2, null, null));
        assertThat(t.column("card_last4")).isEqualTo(Column.of("card_last4", varchar(4)).nullable());
        assertThat(t.column("iban")).isEqualTo(Column.of("iban", varchar(34)).nullable());
    }

    @Test
    void joinedInheritanceKeysTheSubclassTableToTheParent() {
        assertThat(model.table(null, "vehicles").columns()).extracting(Column::name).containsExactly("id", "make");
        Table trucks = model.table(null, "trucks");
        assertThat(trucks.columns()).extracting(Column::name).containsExactlyInAnyOrder("vehicle_id", "payload_kg");
        assertThat(trucks.primaryKey().columns()).containsExactly("vehicle_id");
        assertThat(trucks.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("vehicle_id");
            assertThat(fk.referredTable()).isEqualTo("vehicles");
            assertThat(fk.referredColumns()).containsExactly("id");
        });
    }

    @Test
    void tablePerClassGivesEachConcreteClassAllColumnsAndTheAbstractRootNoTable() {
        Table t = model.table(null, "invoices");
        assertThat(t.columns()).containsExactly(Column.of("id", ColumnType.of(Kind.BIGINT)).primaryKey(),
                Column.of("title", varchar(100)), Column.of("due", ColumnType.of(Kind.DATE)));
        assertThat(model.table(null, "Document")).isNull();
    }

    @Test
    void anEnumStoredByNameIsAnEnumTypeNamedAfterTheClass() {
        assertThat(model.enums()).containsExactly(new EnumType(null, "customerstatus", STATUS.enumValues()));
    }

    @Test
    void withoutSequencesHibernateUsesATableAndSoDoesTheModel() {
        SchemaModel mysql = new JpaModelSource().read(getClass().getClassLoader(), SHOP, DatabaseKind.MYSQL);
        assertThat(mysql.sequences()).isEmpty();
        assertThat(mysql.table(null, "order_seq").columns())
                .containsExactly(Column.of("next_val", ColumnType.of(Kind.BIGINT)).nullable());
        // MySQL stores a UUID as Hibernate's binary(16)
        assertThat(mysql.table(null, "orders").column("reference").type())
                .isEqualTo(new ColumnType(Kind.BINARY, 16, null, null, null, null));
    }

    @Test
    void readsAListOfClassesWithTheGivenSettings() {
        SchemaModel m = new JpaModelSource(Map.of(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
                CamelCaseToUnderscoresNamingStrategy.class.getName())).read(List.of(LineItem.class, Tag.class),
                DatabaseKind.H2);
        assertThat(m.tables()).extracting(Table::name).containsExactly("line_item", "tags");
        Table t = m.table(null, "line_item");
        assertThat(t.column("unit_price").type()).isEqualTo(new ColumnType(Kind.NUMERIC, null, 38, 2, null, null));
        assertThat(t.column("discount_rate").type()).isEqualTo(ColumnType.of(Kind.REAL));
    }

    @Test
    void readsTheConfiguredPackagesFromTheModelClassPath() throws Exception {
        Path classes = Path.of(LineItem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModelConfig config = new ModelConfig(List.of(classes), List.of("dev.retort.jpa.naming"), Optional.empty(),
                Optional.empty(), Optional.empty(), false, List.of());
        assertThat(new JpaModelSource().read(config, DatabaseKind.POSTGRESQL).tables()).extracting(Table::name)
                .containsExactly("LineItem");
    }

    @Test
    void aPackageWithoutEntitiesIsAnError() {
        assertThatThrownBy(() -> new JpaModelSource().read(getClass().getClassLoader(), List.of("no.such.pkg"),
                DatabaseKind.H2)).isInstanceOf(JpaModelException.class).hasMessageContaining("no.such.pkg");
    }

    static ColumnType varchar(int length) {
        return new ColumnType(Kind.VARCHAR, length, null, null, null, null);
    }
}
