package dev.retort.autogenerate;

import dev.retort.RetortException;
import dev.retort.runtime.load.SqlSplitter;
import dev.retort.runtime.load.SqlStatement;
import dev.retort.runtime.load.SqlSyntax;
import dev.retort.schema.SchemaModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code sql = "schema.sql"}: a DDL script run on a scratch database of the target's kind, which
 * is then reflected, so that the model reads exactly as the target will after upgrading.
 */
public final class SqlScriptSource implements ModelSource {
    private final Path script;

    public SqlScriptSource(Path script) {
        this.script = script;
    }

    @Override
    public SchemaModel read(ModelTarget target) {
        String sql;
        try {
            sql = Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException("Cannot read the model script " + script + ": " + e.getMessage(), e);
        }
        try (ScratchDatabase scratch = ScratchDatabase.like(target.url(), target.workingDirectory())) {
            for (SqlStatement statement : new SqlSplitter(SqlSyntax.of(target.url().kind())).split(sql, script.toString())) {
                try (Statement s = scratch.connection().createStatement()) {
                    s.execute(statement.sql());
                } catch (SQLException e) {
                    throw new RetortException(script + ":" + statement.line() + ": " + e.getMessage(), e);
                }
            }
            return target.reflect(scratch.url(), scratch.connection(), null);
        }
    }
}
