package dev.retort.dialect;

import static dev.retort.migration.Types.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.DatabaseKind;
import dev.retort.migration.Operation;
import dev.retort.schema.SchemaModel;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reflection on every live database: a schema created through retort's own operations reads
 * back equal to the model it was made from; an expression index is skipped with a warning; the
 * version tables never appear; the number of queries does not grow with the number of tables.
 */
class SchemaReflectorTest {
    @TempDir
    Path dir;

    @OnEveryLiveDatabase
    void readsBackTheModelItWasCreatedFrom(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind, dir)) {
            SchemaModel model = ReflectionFixture.model(kind);
            db.run(ReflectionFixture.create(model));
            db.run(List.of(new Operation.CreateTable(null, "retort_version",
                    List.of(column("version_num", varchar(32)).primaryKey()))));
            List<String> warnings = new ArrayList<>();

            SchemaModel reflected = reflect(db, warnings);

            SchemaModel expected = ReflectionFixture.expected(kind, model);
            assertThat(ModelDiff.between(expected, reflected)).as("differences").isEmpty();
            assertThat(reflected).isEqualTo(expected);
            assertThat(warnings).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "SQLITE"})
    void skipsAnExpressionIndexWithAWarning(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind, dir)) {
            db.run(op -> op.createTable("person", column("id", integer()).primaryKey(), column("email", varchar(80))));
            db.execute("CREATE INDEX ix_person_email_lower ON person (lower(email))");
            List<String> warnings = new ArrayList<>();

            SchemaModel reflected = reflect(db, warnings);

            assertThat(reflected.table(null, "person").indexes()).isEmpty();
            assertThat(warnings).singleElement().asString().contains("ix_person_email_lower", "expression");
        }
    }

    @OnEveryLiveDatabase
    void runsAsManyQueriesForFiftyTablesAsForOne(DatabaseKind kind) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind, dir)) {
            createChain(db, 0, 1);
            int one = countQueries(db);
            createChain(db, 1, 50);
            int fifty = countQueries(db);

            assertThat(reflect(db, new ArrayList<>()).tables()).hasSize(50);
            assertThat(fifty).isEqualTo(one).isLessThanOrEqualTo(8);
        }
    }

    /** Tables t_from .. t_(to-1), each with an index, a unique key and a foreign key to the one before. */
    private static void createChain(LiveDatabase db, int from, int to) throws SQLException {
        for (int i = from; i < to; i++) {
            int n = i;
            db.run(op -> {
                if (n == 0) {
                    op.createTable("t_0", column("id", integer()).primaryKey(), column("code", varchar(20)).unique());
                } else {
                    op.createTable("t_" + n, column("id", integer()).primaryKey(),
                            column("code", varchar(20)).unique(),
                            column("prev_id", integer()).nullable().references("t_" + (n - 1), "id"));
                }
                op.createIndex("ix_t_" + n + "_code", "t_" + n, "code", "id");
            });
        }
    }

    private static int countQueries(LiveDatabase db) {
        CountingConnection counting = new CountingConnection(db.connection);
        db.dialect.reflector().reflect(counting.connection(), null,
                ReflectOptions.excludingVersionTables("retort_version", w -> { }));
        return counting.statements();
    }

    private static SchemaModel reflect(LiveDatabase db, List<String> warnings) {
        return db.dialect.reflector().reflect(db.connection, null,
                ReflectOptions.excludingVersionTables("retort_version", warnings::add));
    }
}
