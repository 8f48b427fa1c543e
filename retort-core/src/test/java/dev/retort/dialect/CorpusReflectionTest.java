package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.DatabaseKind;
import dev.retort.runtime.load.SqlSplitter;
import dev.retort.runtime.load.SqlStatement;
import dev.retort.runtime.load.SqlSyntax;
import dev.retort.schema.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real schemas from the shared corpus (Chinook, MySQL's employees) read back whole, without warnings. */
class CorpusReflectionTest {
    private static final Path CORPUS = Path.of("/work/shared/corpus/schemas");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({
            "POSTGRESQL, chinook.postgresql.sql, 11, 11, invoice, total, 'numeric(10, 2)'",
            "MARIADB, chinook.mysql.sql, 11, 11, Invoice, Total, 'numeric(10, 2)'",
            "MARIADB, employees.mysql.sql, 6, 6, employees, gender, 'enum null[M, F]'"})
    void readsACorpusSchema(DatabaseKind kind, String file, int tables, int foreignKeys, String table, String column,
                            String type) throws Exception {
        try (LiveDatabase db = LiveDatabase.open(kind, dir)) {
            String sql = Files.readString(CORPUS.resolve(file));
            for (SqlStatement statement : new SqlSplitter(SqlSyntax.of(kind)).split(sql, file)) {
                db.execute(statement.sql());
            }
            List<String> warnings = new ArrayList<>();

            SchemaModel model = db.dialect.reflector().reflect(db.connection, null,
                    ReflectOptions.excludingVersionTables("retort_version", warnings::add));

            assertThat(model.tables()).hasSize(tables);
            assertThat(model.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum()).isEqualTo(foreignKeys);
            assertThat(model.tables()).allSatisfy(t -> assertThat(t.primaryKey()).as(t.name()).isNotNull());
            assertThat(model.table(null, table).column(column).type()).hasToString(type);
            assertThat(warnings).isEmpty();
        }
    }
}
