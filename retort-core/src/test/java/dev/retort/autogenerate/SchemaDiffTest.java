package dev.retort.autogenerate;

import static dev.retort.autogenerate.Schemas.schema;
import static dev.retort.autogenerate.Schemas.table;
import static dev.retort.migration.Types.column;
import static dev.retort.migration.Types.enumeration;
import static dev.retort.migration.Types.index;
import static dev.retort.migration.Types.integer;
import static dev.retort.migration.Types.text;
import static dev.retort.migration.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.migration.ColumnChange;
import dev.retort.migration.ConstraintKind;
import dev.retort.migration.Operation;
import dev.retort.migration.Operation.AddColumn;
import dev.retort.migration.Operation.AddConstraint;
import dev.retort.migration.Operation.AlterColumn;
import dev.retort.migration.Operation.CreateIndex;
import dev.retort.migration.Operation.CreateTable;
import dev.retort.migration.Operation.DropColumn;
import dev.retort.migration.Operation.DropConstraint;
import dev.retort.migration.Operation.DropIndex;
import dev.retort.migration.Operation.DropTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {
    private static final Column ID = column("id", integer());

    private static Changes compare(SchemaModel db, SchemaModel model) {
        return SchemaDiff.compare(db, model, CompareOptions.defaults());
    }

    private static Table account(Column... extra) {
        List<Column> cols = new java.util.ArrayList<>(List.of(ID));
        cols.addAll(List.of(extra));
        return table("account", cols.toArray(Column[]::new)).pk("account_pkey", "id").build();
    }

    private static Operation only(Changes changes) {
        assertThat(changes.upgrade()).hasSize(1);
        return changes.upgrade().get(0);
    }

    @Test
    void equalSchemasHaveNoChanges() {
        SchemaModel s = schema(account(column("name", varchar(50)).nullable().defaultValue("'x'")));
        Changes changes = compare(s, s);
        assertThat(changes.isEmpty()).isTrue();
        assertThat(DiffLines.of(changes)).isEmpty();
    }

    @Test
    void newTableIsCreatedWithItsIndexesAndComment() {
        Table t = table("account", ID, column("email", varchar(255))).pk("account_pkey", "id")
                .index(index("ix_email", "email")).comment("people").build();
        Changes changes = compare(SchemaModel.empty(), schema(t));
        assertThat(changes.upgrade()).containsExactly(
                new CreateTable(null, "account", t.elements()),
                new CreateIndex(null, "account", index("ix_email", "email")),
                new Operation.SetTableComment(null, "account", "people", null, true));
        assertThat(changes.downgrade()).as("the table takes its index and comment along (MySQL refuses to drop "
                + "an index a foreign key needs)").containsExactly(
                new DropTable(null, "account", new CreateTable(null, "account", t.elements())));
    }

    @Test
    void droppedTableCarriesItsDefinition() {
        Table t = table("old", ID).pk("old_pkey", "id").index(index("ix_old", "id")).build();
        Changes changes = compare(schema(t), SchemaModel.empty());
        assertThat(changes.upgrade()).as("the table takes its index along").containsExactly(
                new DropTable(null, "old", new CreateTable(null, "old", t.elements())));
        assertThat(changes.steps().get(1).reviews()).containsExactly("drops table old and its data");
        assertThat(changes.downgrade()).containsExactly(new CreateTable(null, "old", t.elements()),
                new CreateIndex(null, "old", index("ix_old", "id")));
    }

    @Test
    void addedAndDroppedColumns() {
        Column email = column("email", varchar(255)).nullable();
        Changes added = compare(schema(account()), schema(account(email)));
        assertThat(only(added)).isEqualTo(new AddColumn(null, "account", email));
        Changes dropped = compare(schema(account(email)), schema(account()));
        assertThat(only(dropped)).isEqualTo(new DropColumn(null, "account", "email", email));
        assertThat(dropped.downgrade()).containsExactly(new AddColumn(null, "account", email));
    }

    @Test
    void notNullColumnWithoutDefaultIsFlagged() {
        Changes changes = compare(schema(account()), schema(account(column("n", integer()))));
        assertThat(changes.steps().get(0).reviews()).singleElement().asString()
                .contains("NOT NULL column account.n without a default");
    }

    @Test
    void typeChangeKeepsTheExistingValues() {
        Changes changes = compare(schema(account(column("name", varchar(100)).nullable())),
                schema(account(column("name", varchar(50)).nullable())));
        AlterColumn alter = (AlterColumn) only(changes);
        assertThat(alter.change()).isEqualTo(ColumnChange.NONE.type(varchar(50)).existingType(varchar(100))
                .existingNullable(true));
        assertThat(changes.steps().get(0).reviews()).singleElement().asString()
                .contains("from varchar(100) to varchar(50)");
        assertThat(changes.downgrade()).containsExactly(new AlterColumn(null, "account", "name",
                ColumnChange.NONE.type(varchar(100)).existingType(varchar(50))));
    }

    @Test
    void wideningHasNoReview() {
        Changes changes = compare(schema(account(column("name", varchar(50)))), schema(account(column("name", text()))));
        assertThat(changes.steps().get(0).reviews()).isEmpty();
    }

    @Test
    void nullabilityChange() {
        Changes changes = compare(schema(account(column("n", integer()).nullable())),
                schema(account(column("n", integer()))));
        AlterColumn alter = (AlterColumn) only(changes);
        assertThat(alter.change().nullable()).isFalse();
        assertThat(alter.change().existingNullable()).isTrue();
        assertThat(changes.steps().get(0).reviews()).singleElement().asString().contains("becomes NOT NULL");
        assertThat(((AlterColumn) changes.downgrade().get(0)).change().nullable()).isTrue();
    }

    @Test
    void defaultChangesAndDrops() {
        Changes set = compare(schema(account(column("n", integer()))),
                schema(account(column("n", integer()).defaultValue("1"))));
        assertThat(((AlterColumn) only(set)).change().serverDefault()).isEqualTo("1");
        assertThat(((AlterColumn) set.downgrade().get(0)).change().dropsDefault()).isTrue();
        Changes drop = compare(schema(account(column("n", integer()).defaultValue("1"))),
                schema(account(column("n", integer()))));
        ColumnChange c = ((AlterColumn) only(drop)).change();
        assertThat(c.dropsDefault()).isTrue();
        assertThat(c.existingDefault()).isEqualTo("1");
        assertThat(((AlterColumn) drop.downgrade().get(0)).change().serverDefault()).isEqualTo("1");
    }

    @Test
    void defaultsAreNormalizedLightly() {
        assertThat(compare(schema(account(column("n", integer()).defaultValue("'0'"))),
                schema(account(column("n", integer()).defaultValue("0")))).isEmpty()).isTrue();
        assertThat(compare(schema(account(column("t", text()).defaultValue("CURRENT_TIMESTAMP"))),
                schema(account(column("t", text()).defaultValue("(current_timestamp)")))).isEmpty()).isTrue();
        assertThat(compare(schema(account(column("t", text()).defaultValue("'a'::character varying"))),
                schema(account(column("t", text()).defaultValue("'a'")))).isEmpty()).isTrue();
        assertThat(compare(schema(account(column("t", text()).defaultValue("'A'"))),
                schema(account(column("t", text()).defaultValue("'a'")))).isEmpty()).isFalse();
    }

    @Test
    void commentChangesAreReversible() {
        Changes set = compare(schema(account(column("n", integer()))),
                schema(account(column("n", integer()).comment("count"))));
        ColumnChange c = ((AlterColumn) only(set)).change();
        assertThat(c.comment()).isEqualTo("count");
        assertThat(c.existingComment()).isEmpty();
        assertThat(((AlterColumn) set.downgrade().get(0)).change().comment()).isEmpty();
        Changes removed = compare(schema(account(column("n", integer()).comment("count"))),
                schema(account(column("n", integer()))));
        assertThat(((AlterColumn) only(removed)).change().comment()).isEmpty();
    }

    @Test
    void tableComment() {
        Table without = account();
        Table with = new Table(null, "account", without.columns(), without.primaryKey(), List.of(), List.of(),
                List.of(), List.of(), "people");
        assertThat(only(compare(schema(without), schema(with))))
                .isEqualTo(new Operation.SetTableComment(null, "account", "people", null, true));
        assertThat(compare(schema(with), schema(without)).downgrade())
                .containsExactly(new Operation.SetTableComment(null, "account", "people", null, true));
    }

    @Test
    void primaryKeyChange() {
        Table db = table("t", ID, column("k", integer())).pk("t_pkey", "id").build();
        Table model = table("t", ID, column("k", integer())).pk("t_pkey", "id", "k").build();
        Changes changes = compare(schema(db), schema(model));
        assertThat(changes.upgrade()).containsExactly(
                new DropConstraint(null, "t", "t_pkey", ConstraintKind.PRIMARY_KEY, new PrimaryKey("t_pkey", List.of("id"))),
                new AddConstraint(null, "t", new PrimaryKey("t_pkey", List.of("id", "k"))));
    }

    @Test
    void uniqueConstraintsAddedAndDropped() {
        Table plain = account(column("email", text()));
        Table unique = new Table(null, "account", plain.columns(), plain.primaryKey(),
                List.of(new UniqueConstraint("uq_email", List.of("email"))), List.of(), List.of(), List.of(), null);
        assertThat(only(compare(schema(plain), schema(unique))))
                .isEqualTo(new AddConstraint(null, "account", new UniqueConstraint("uq_email", List.of("email"))));
        assertThat(only(compare(schema(unique), schema(plain)))).isEqualTo(new DropConstraint(null, "account",
                "uq_email", ConstraintKind.UNIQUE, new UniqueConstraint("uq_email", List.of("email"))));
    }

    @Test
    void checkConstraintsMatchByNameOrCondition() {
        Table db = table("t", ID).check("ck_pos", "(id > 0)").build();
        assertThat(compare(schema(db), schema(table("t", ID).check("ck_pos", "id>0").build())).isEmpty()).isTrue();
        assertThat(compare(schema(db), schema(table("t", ID).check(null, "ID > 0").build())).isEmpty()).isTrue();
        Changes changes = compare(schema(db), schema(table("t", ID).build()));
        assertThat(only(changes)).isEqualTo(new DropConstraint(null, "t", "ck_pos", ConstraintKind.CHECK,
                new CheckConstraint("ck_pos", "(id > 0)")));
    }

    @Test
    void foreignKeysOnKeptTablesComeAfterNewTables() {
        Table child = table("child", ID, column("parent_id", integer())).build();
        Table parent = table("parent", ID).pk("parent_pkey", "id").build();
        Table childWithFk = table("child", ID, column("parent_id", integer()))
                .fk("fk_parent", "parent_id", "parent", "id").build();
        Changes changes = compare(schema(child), schema(childWithFk, parent));
        assertThat(changes.upgrade()).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("CreateTable", "AddConstraint");
        ForeignKey fk = childWithFk.foreignKeys().get(0);
        assertThat(compare(schema(childWithFk, parent), schema(child)).upgrade()).containsExactly(
                new DropConstraint(null, "child", "fk_parent", ConstraintKind.FOREIGN_KEY, fk),
                new DropTable(null, "parent", new CreateTable(null, "parent", parent.elements())));
    }

    @Test
    void foreignKeyActionsDefaultToNoAction() {
        Table a = table("t", ID).fk("fk", "id", "t", "id").build();
        Table b = new Table(null, "t", a.columns(), null, List.of(),
                List.of(a.foreignKeys().get(0).onDelete("NO ACTION")), List.of(), List.of(), null);
        assertThat(compare(schema(a), schema(b)).isEmpty()).isTrue();
        Table c = new Table(null, "t", a.columns(), null, List.of(),
                List.of(a.foreignKeys().get(0).onDelete("CASCADE")), List.of(), List.of(), null);
        assertThat(compare(schema(a), schema(c)).upgrade()).hasSize(2);
    }

    @Test
    void indexesAddedDroppedAndChanged() {
        Table plain = account(column("email", text()));
        Table indexed = table("account", ID, column("email", text())).pk("account_pkey", "id")
                .index(index("ix_email", "email")).build();
        Table uniqueIndex = table("account", ID, column("email", text())).pk("account_pkey", "id")
                .index(index("ix_email", "email").unique()).build();
        assertThat(only(compare(schema(plain), schema(indexed))))
                .isEqualTo(new CreateIndex(null, "account", index("ix_email", "email")));
        assertThat(only(compare(schema(indexed), schema(plain))))
                .isEqualTo(new DropIndex(null, "account", "ix_email", index("ix_email", "email")));
        assertThat(compare(schema(indexed), schema(uniqueIndex)).upgrade()).containsExactly(
                new DropIndex(null, "account", "ix_email", index("ix_email", "email")),
                new CreateIndex(null, "account", index("ix_email", "email").unique()));
    }

    @Test
    void enumTypeIsCreatedBeforeItsTableAndDroppedAfter() {
        EnumType mood = new EnumType(null, "mood", List.of("happy", "sad"));
        Table person = table("person", ID, column("mood", enumeration("mood", "happy", "sad"))).build();
        Changes changes = compare(SchemaModel.empty(), schema(List.of(person), List.of(mood), List.of()));
        assertThat(changes.upgrade()).containsExactly(new Operation.CreateEnum(null, "mood", List.of("happy", "sad")),
                new CreateTable(null, "person", person.elements()));
        assertThat(changes.downgrade()).containsExactly(new DropTable(null, "person",
                new CreateTable(null, "person", person.elements())), new Operation.DropEnum(null, "mood", mood.values()));
        Changes dropped = compare(schema(List.of(person), List.of(mood), List.of()), SchemaModel.empty());
        assertThat(dropped.upgrade().get(dropped.upgrade().size() - 1))
                .isEqualTo(new Operation.DropEnum(null, "mood", List.of("happy", "sad")));
    }

    @Test
    void newEnumValueIsAddedNotTheColumnRetyped() {
        EnumType before = new EnumType(null, "mood", List.of("happy", "sad"));
        EnumType after = new EnumType(null, "mood", List.of("happy", "sad", "meh"));
        Table db = table("person", ID, column("mood", enumeration("mood", "happy", "sad"))).build();
        Table model = table("person", ID, column("mood", enumeration("mood", "happy", "sad", "meh"))).build();
        Changes changes = compare(schema(List.of(db), List.of(before), List.of()),
                schema(List.of(model), List.of(after), List.of()));
        assertThat(only(changes)).isEqualTo(new Operation.AddEnumValue(null, "mood", "meh"));
        assertThat(changes.downgrade()).isEmpty();
        assertThat(changes.irreversible()).hasSize(1);
        Changes removed = compare(schema(List.of(model), List.of(after), List.of()),
                schema(List.of(db), List.of(before), List.of()));
        assertThat(removed.upgrade()).isEmpty();
        assertThat(removed.notes()).singleElement().asString().contains("[meh]");
    }

    @Test
    void sequencesCreatedAndDropped() {
        Sequence seq = new Sequence(null, "order_no", 100L, 1L);
        Changes created = compare(SchemaModel.empty(), schema(List.of(), List.of(), List.of(seq)));
        assertThat(only(created)).isEqualTo(new Operation.CreateSequence(null, "order_no", 100L, 1L));
        Changes dropped = compare(schema(List.of(), List.of(), List.of(seq)), SchemaModel.empty());
        assertThat(dropped.downgrade()).containsExactly(new Operation.CreateSequence(null, "order_no", 100L, 1L));
        Changes restarted = compare(schema(List.of(), List.of(), List.of(seq)),
                schema(List.of(), List.of(), List.of(new Sequence(null, "order_no", 5L, 1L))));
        assertThat(restarted.upgrade()).isEmpty();
        assertThat(restarted.notes()).hasSize(1);
    }

    @Test
    void versionTablesExcludedTablesAndOtherSchemasAreNotCompared() {
        Table version = table("retort_version", column("version_num", varchar(32))).build();
        Table audit = table("audit_log", ID).build();
        Table other = new Table("other", "x", List.of(ID), null, List.of(), List.of(), List.of(), List.of(), null);
        CompareOptions options = CompareOptions.defaults().withExcludeTables(List.of("audit_*"));
        assertThat(SchemaDiff.compare(schema(version, audit, other), SchemaModel.empty(), options).isEmpty()).isTrue();
        CompareOptions custom = options.withVersionTables(Set.of("my_version"));
        assertThat(SchemaDiff.compare(schema(table("my_version", ID).build()), SchemaModel.empty(), custom)
                .isEmpty()).isTrue();
        assertThat(SchemaDiff.compare(schema(other), SchemaModel.empty(), options.withIncludeSchemas(true))
                .upgrade()).hasSize(1);
    }

    @Test
    void renameHintsTurnDropAndAddIntoRenames() {
        Table db = table("users", ID, column("mail", text()).nullable()).pk("users_pkey", "id").build();
        Table model = table("account", ID, column("email", text()).nullable()).pk("users_pkey", "id").build();
        CompareOptions options = CompareOptions.defaults()
                .withRenames(Renames.parse(List.of("users=account", "users.mail=email")));
        Changes changes = SchemaDiff.compare(schema(db), schema(model), options);
        assertThat(changes.upgrade()).containsExactly(new Operation.RenameTable(null, "users", "account"),
                new AlterColumn(null, "account", "mail", ColumnChange.NONE.rename("email")));
        assertThat(changes.downgrade()).containsExactly(
                new AlterColumn(null, "account", "email", ColumnChange.NONE.rename("mail")),
                new Operation.RenameTable(null, "account", "users"));
    }

    @Test
    void renameHintFollowsForeignKeysOfOtherTables() {
        Table parent = table("users", ID).pk("users_pkey", "id").build();
        Table child = table("post", ID, column("owner", integer())).fk("fk_owner", "owner", "users", "id").build();
        Table renamedParent = table("account", ID).pk("users_pkey", "id").build();
        Table modelChild = table("post", ID, column("owner", integer())).fk("fk_owner", "owner", "account", "id").build();
        Changes changes = SchemaDiff.compare(schema(parent, child), schema(renamedParent, modelChild),
                CompareOptions.defaults().withRenames(Renames.parse(List.of("users=account"))));
        assertThat(changes.upgrade()).containsExactly(new Operation.RenameTable(null, "users", "account"));
    }

    @Test
    void lookalikeRenamesAreFlaggedForReview() {
        Changes columns = compare(schema(account(column("mail", text()))), schema(account(column("email", text()))));
        assertThat(columns.steps()).extracting(Step::operation).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("AddColumn", "DropColumn");
        assertThat(columns.steps().get(0).reviews())
                .contains("looks like a rename of account.mail to account.email; pass --rename account.mail=email");
        Table old = table("users", ID).build();
        Table created = table("account", ID).build();
        Changes tables = compare(schema(old), schema(created));
        Step create = tables.steps().stream().filter(s -> s.operation() instanceof CreateTable).findFirst().get();
        assertThat(create.reviews()).containsExactly("looks like a rename of users to account; pass --rename users=account");
    }

    @Test
    void renderedRenameReviewInSql() {
        Changes columns = compare(schema(account(column("mail", text()))), schema(account(column("email", text()))));
        RenderedBody sql = SqlRenderer.render(columns, dev.retort.dialect.Dialects.of(dev.retort.config.DatabaseKind.POSTGRESQL));
        assertThat(sql.upgrades()).contains(
                "-- review: looks like a rename of account.mail to account.email; pass --rename account.mail=email");
    }

    @Test
    void checkLinesReadLikeAlembicsDiffList() {
        Changes changes = compare(schema(account(column("n", integer()).nullable()), table("gone", ID).build()),
                schema(account(column("n", dev.retort.migration.Types.bigint())), table("fresh", ID).build()));
        assertThat(DiffLines.of(changes)).containsExactly(
                "remove_table gone",
                "modify_type account.n: integer -> bigint",
                "modify_nullable account.n: true -> false",
                "add_table fresh");
    }

    @Test
    void partialIndexConditionsAreNormalized() {
        Index ix = new Index("ix", List.of("id"), false, "id > 0");
        Table a = table("t", ID).index(ix).build();
        Table b = table("t", ID).index(new Index("ix", List.of("id"), false, "(ID > 0)")).build();
        assertThat(compare(schema(a), schema(b)).isEmpty()).isTrue();
    }
}
