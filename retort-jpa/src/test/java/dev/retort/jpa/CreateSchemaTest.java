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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        SchemaModel model = new JpaModelSource().read(getClass().getClassLoader(), JpaModelSourceTest.SHOP, kind);
        Dialect dialect = Dialects.of(kind);
        try (TestDatabase db = TestDatabases.of(kind, dir); Connection c = db.connect();
             Statement s = c.createStatement()) {
            for (Operation op : SchemaOperations.creating(model)) {
                for (String sql : dialect.render(op, null)) {
                    s.execute(sql);
                }
            }
            assertThat(tables(c)).containsAll(model.tables().stream().map(Table::name).toList());
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
