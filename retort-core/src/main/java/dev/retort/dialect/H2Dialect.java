package dev.retort.dialect;

import dev.retort.schema.ColumnType;
import java.nio.file.Path;

/**
 * H2 (2.x). Choices: DDL is not transactional (H2 commits the open transaction at each DDL
 * statement), so offline SQL has no BEGIN/COMMIT and the runtime treats H2 like MySQL for
 * resuming; text is {@code CLOB} (unbounded, as TEXT elsewhere); json and uuid use H2's own
 * {@code JSON} and {@code UUID}; enums are a VARCHAR with a CHECK, like the other databases without
 * enum types. Indexes are named in their table's schema; partial indexes do not exist.
 */
final class H2Dialect extends SqlDialect {

    H2Dialect() {
        super("h2", new Identifiers("\"", "\"", ReservedWords.H2),
                new Literals(Literals.Booleans.WORDS, Literals.Binary.X_QUOTED, false, false));
    }

    @Override
    public SchemaReflector reflector() {
        return new H2Reflector(this);
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /**
     * A {@link LockFile} beside a file database ({@code <path>.retort-lock}); none in memory, and
     * none through an H2 server ({@code tcp:}, {@code ssl:}), which has no lock a client can
     * hold for its session.
     */
    @Override
    public MigrationLock migrationLock(LockScope scope) {
        String rest = scope.url().jdbcUrl().substring("jdbc:h2:".length());
        int settings = rest.indexOf(';');
        String path = settings < 0 ? rest : rest.substring(0, settings);
        if (path.startsWith("mem:") || path.startsWith("tcp:") || path.startsWith("ssl:")) {
            return MigrationLock.NONE;
        }
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        path = path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path;
        return new LockFile(Path.of(path + ".retort-lock"));
    }

    /** {@code SET SCHEMA app}: H2 folds the unquoted name to APP, as it does in {@code app.t}. */
    @Override
    public String useSchemaStatement(String schema) {
        return "SET SCHEMA " + quote(schema);
    }

    @Override
    protected String dialectType(ColumnType type) {
        switch (type.kind()) {
            case TEXT: return "CLOB";
            default: return null;
        }
    }

    /**
     * A JSON value is written as a JSON literal ({@code JSON '...'}): H2 would store a plain
     * character string assigned to a JSON column as a JSON string holding that text.
     */
    @Override
    public String literal(Object value, ColumnType type) {
        String literal = super.literal(value, type);
        return type != null && type.kind() == ColumnType.Kind.JSON && value instanceof CharSequence
                ? "JSON " + literal : literal;
    }

    @Override
    String alterTypeClause(String schema, ColumnType type) {
        return "SET DATA TYPE " + type(type);
    }

    @Override
    String indexName(String schema, String index) {
        return qualify(schema, index);
    }
}
