package dev.retort.dialect;

import dev.retort.config.DatabaseKind;
import dev.retort.migration.Op;
import dev.retort.migration.Operation;
import dev.retort.migration.RecordingOp;
import dev.retort.runtime.DefaultSchema;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh database of one live kind for one test (from {@link TestDatabases}), with catalog
 * look-ups that read every database the same way: JDBC metadata where the drivers agree, the
 * database's own catalog (pg_description, pg_constraint, pg_enum, information_schema) where they
 * do not. Names come back as written (H2's upper-casing undone), defaults normalized (PostgreSQL's
 * casts dropped, numbers without trailing zeros, MariaDB's {@code NULL} default read as none),
 * comments as null when absent. {@link #in(String)} gives a view of another schema on the same
 * connection.
 */
final class LiveDatabase implements AutoCloseable {
    private static final Pattern PG_CAST = Pattern.compile("^\\(?(.*?)\\)?::[a-z ]+(\\([0-9, ]+\\))?$");
    private static final Pattern SQLITE_CHECK = Pattern.compile("CONSTRAINT\\s+\"?(\\w+)\"?\\s+CHECK",
            Pattern.CASE_INSENSITIVE);

    final DatabaseKind kind;
    final Dialect dialect;
    final Connection connection;
    /** The schema looked in: null for the connection's own (public, PUBLIC, the database itself). */
    final String schema;
    private final TestDatabase database;

    /** One column as the catalog reports it. */
    record ColumnInfo(String name, String type, int size, boolean nullable, String defaultValue, String remarks) {
    }

    /** One foreign key column pair. */
    record ForeignKeyInfo(String name, String column, String referredTable, String referredColumn, int deleteRule) {
    }

    private LiveDatabase(DatabaseKind kind, Connection connection, String schema, TestDatabase database) {
        this.kind = kind;
        this.dialect = Dialects.of(kind);
        this.connection = connection;
        this.schema = schema;
        this.database = database;
    }

    /** A new database of {@code kind}; {@code dir} holds the SQLite file. */
    static LiveDatabase open(DatabaseKind kind, Path dir) throws SQLException {
        TestDatabase database = TestDatabases.of(kind, dir);
        try {
            return new LiveDatabase(kind, database.connect(), null, database);
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Creates a schema (on MariaDB a database of its own) and returns its name, as {@link TestDatabase#createSchema}. */
    String createSchema(String name) {
        return database.createSchema(name);
    }

    /** The same database, catalog look-ups in {@code otherSchema}; closing it does nothing. */
    LiveDatabase in(String otherSchema) {
        return new LiveDatabase(kind, connection, otherSchema, null);
    }

    /** Records the operations and runs them. */
    void run(Consumer<Op> body) throws SQLException {
        RecordingOp op = new RecordingOp();
        body.accept(op);
        run(op.operations());
    }

    void run(List<Operation> operations) throws SQLException {
        for (Operation operation : operations) {
            for (String sql : dialect.render(operation, connection)) {
                execute(sql);
            }
        }
    }

    void runCase(String name) throws SQLException {
        run(OperationCases.CASES.get(name));
    }

    /** Runs a case as the runtime does with a configured schema: schema-less operations go to {@code target}. */
    void runCaseIn(String target, String name) throws SQLException {
        for (Operation op : OperationCases.CASES.get(name)) {
            run(List.of(DefaultSchema.apply(op, target)));
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    /** Whether the statement is refused (a constraint violation, say). */
    boolean refuses(String sql) {
        try {
            execute(sql);
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    Object value(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    String text(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The name as the catalog stores it: H2 upper-cases names written plain. */
    String stored(String name) {
        return kind == DatabaseKind.H2 && !dialect.quote(name).startsWith("\"") ? name.toUpperCase(Locale.ROOT)
                : name;
    }

    private String plain(String stored) {
        return kind == DatabaseKind.H2 && stored.equals(stored.toUpperCase(Locale.ROOT))
                ? stored.toLowerCase(Locale.ROOT) : stored;
    }

    /** The JDBC catalog argument: MariaDB's databases are catalogs. */
    private String catalog() throws SQLException {
        return kind == DatabaseKind.MARIADB ? (schema != null ? schema : connection.getCatalog()) : null;
    }

    /** The JDBC schema pattern, so that look-ups never see another schema's tables. */
    private String schemaPattern() {
        switch (kind) {
            case POSTGRESQL: return schema != null ? schema : "public";
            case H2: return schema != null ? stored(schema) : "PUBLIC";
            default: return null;
        }
    }

    /** The schema (database on MariaDB) of this view, as the server's catalog tables name it. */
    private String catalogSchema() throws SQLException {
        return kind == DatabaseKind.MARIADB ? catalog() : schemaPattern();
    }

    /** {@code schema.table} quoted, as a PostgreSQL regclass text. */
    private String regclass(String table) {
        return dialect.qualify(schemaPattern(), table);
    }

    boolean hasTable(String inSchema, String table) throws SQLException {
        return in(inSchema).hasTable(table);
    }

    boolean hasTable(String table) throws SQLException {
        try (ResultSet rs = meta().getTables(catalog(), schemaPattern(), stored(table), null)) {
            return rs.next();
        }
    }

    List<ColumnInfo> columns(String table) throws SQLException {
        List<ColumnInfo> out = new ArrayList<>();
        try (ResultSet rs = meta().getColumns(catalog(), schemaPattern(), stored(table), null)) {
            while (rs.next()) {
                String name = plain(rs.getString("COLUMN_NAME"));
                out.add(new ColumnInfo(name, rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT),
                        rs.getInt("COLUMN_SIZE"), rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                        normalizedDefault(rs.getString("COLUMN_DEF")), null));
            }
        }
        List<ColumnInfo> withComments = new ArrayList<>();
        for (ColumnInfo c : out) {
            withComments.add(new ColumnInfo(c.name(), c.type(), c.size(), c.nullable(), c.defaultValue(),
                    columnComment(table, c.name())));
        }
        return withComments;
    }

    /**
     * A default as one text on every database: {@code 'x'} for strings, numbers without trailing
     * zeros, null for none. PostgreSQL adds casts ({@code 'x'::character varying}), MariaDB writes
     * {@code 0.00} for a DECIMAL(12,2) default 0 and {@code NULL} for a nullable column's implicit default.
     */
    static String normalizedDefault(String text) {
        if (text == null || text.equals("NULL")) {
            return null;
        }
        String s = text.trim();
        Matcher cast = PG_CAST.matcher(s);
        if (cast.matches()) {
            s = cast.group(1);
        }
        try {
            BigDecimal number = new BigDecimal(s);
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return s;
        }
    }

    ColumnInfo column(String table, String column) throws SQLException {
        return columns(table).stream().filter(c -> c.name().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + table + "." + column));
    }

    List<String> columnNames(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = meta().getColumns(catalog(), schemaPattern(), stored(table), null)) {
            while (rs.next()) {
                out.add(plain(rs.getString("COLUMN_NAME")));
            }
        }
        return out;
    }

    List<String> primaryKey(String table) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta().getPrimaryKeys(catalog(), schemaPattern(), stored(table))) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), plain(rs.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(key.values());
    }

    /** Index name (as stored, lower-cased) to its columns, for indexes over plain columns. */
    Map<String, List<String>> indexes(String table) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (ResultSet rs = meta().getIndexInfo(catalog(), schemaPattern(), stored(table), false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name != null && rs.getString("COLUMN_NAME") != null) {
                    out.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(plain(rs.getString("COLUMN_NAME")));
                }
            }
        }
        return out;
    }

    List<ForeignKeyInfo> foreignKeys(String table) throws SQLException {
        List<ForeignKeyInfo> out = new ArrayList<>();
        try (ResultSet rs = meta().getImportedKeys(catalog(), schemaPattern(), stored(table))) {
            while (rs.next()) {
                out.add(new ForeignKeyInfo(rs.getString("FK_NAME"), plain(rs.getString("FKCOLUMN_NAME")),
                        plain(rs.getString("PKTABLE_NAME")), plain(rs.getString("PKCOLUMN_NAME")),
                        rs.getInt("DELETE_RULE")));
            }
        }
        return out;
    }

    /** The names (lower case) of the table's check constraints; SQLite's are read from its CREATE TABLE. */
    List<String> checks(String table) throws SQLException {
        switch (kind) {
            case POSTGRESQL:
                return strings("SELECT conname FROM pg_constraint WHERE contype = 'c' AND conrelid = ?::regclass"
                        + " ORDER BY conname", regclass(table));
            case MARIADB:
                return strings("SELECT LOWER(CONSTRAINT_NAME) FROM information_schema.CHECK_CONSTRAINTS"
                        + " WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ? AND LEVEL = 'Table' ORDER BY 1",
                        catalogSchema(), table);
            case H2:
                return strings("SELECT LOWER(CONSTRAINT_NAME) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                        + " WHERE CONSTRAINT_TYPE = 'CHECK' AND TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY 1",
                        catalogSchema(), stored(table));
            default:
                List<String> out = new ArrayList<>();
                Matcher m = SQLITE_CHECK.matcher(String.valueOf(
                        single("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", table)));
                while (m.find()) {
                    out.add(m.group(1).toLowerCase(Locale.ROOT));
                }
                return out;
        }
    }

    /** The names (lower case) of the table's unique constraints (not unique indexes made with createIndex). */
    List<String> uniques(String table) throws SQLException {
        if (kind == DatabaseKind.POSTGRESQL) {
            return strings("SELECT conname FROM pg_constraint WHERE contype = 'u' AND conrelid = ?::regclass"
                    + " ORDER BY conname", regclass(table));
        }
        if (kind == DatabaseKind.SQLITE) {
            throw new UnsupportedOperationException("SQLite names no unique constraints in its catalog");
        }
        return strings("SELECT LOWER(CONSTRAINT_NAME) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE CONSTRAINT_TYPE = 'UNIQUE' AND TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY 1",
                catalogSchema(), stored(table));
    }

    /** A column's comment (pg_description, information_schema.COLUMNS, H2's REMARKS), null when none. */
    String columnComment(String table, String column) throws SQLException {
        switch (kind) {
            case POSTGRESQL:
                return emptyAsNull(single("SELECT col_description(a.attrelid, a.attnum) FROM pg_attribute a"
                        + " WHERE a.attrelid = ?::regclass AND a.attname = ?", regclass(table), column));
            case MARIADB:
                return emptyAsNull(single("SELECT COLUMN_COMMENT FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = ?",
                        catalogSchema(), table, column));
            default:
                try (ResultSet rs = meta().getColumns(catalog(), schemaPattern(), stored(table), stored(column))) {
                    return rs.next() ? emptyAsNull(rs.getString("REMARKS")) : null;
                }
        }
    }

    /** A table's comment (pg_description, information_schema.TABLES, H2's REMARKS), null when none. */
    String tableComment(String table) throws SQLException {
        switch (kind) {
            case POSTGRESQL:
                return emptyAsNull(single("SELECT obj_description(?::regclass, 'pg_class')", regclass(table)));
            case MARIADB:
                return emptyAsNull(single("SELECT TABLE_COMMENT FROM information_schema.TABLES"
                        + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?", catalogSchema(), table));
            default:
                try (ResultSet rs = meta().getTables(catalog(), schemaPattern(), stored(table), null)) {
                    return rs.next() ? emptyAsNull(rs.getString("REMARKS")) : null;
                }
        }
    }

    /** The values of an enum column, in order: pg_enum of its type, or MariaDB's inline {@code enum('a','b')}. */
    List<String> enumValues(String table, String column) throws SQLException {
        if (kind == DatabaseKind.POSTGRESQL) {
            return strings("SELECT e.enumlabel FROM pg_attribute a JOIN pg_enum e ON e.enumtypid = a.atttypid"
                    + " WHERE a.attrelid = ?::regclass AND a.attname = ? ORDER BY e.enumsortorder",
                    regclass(table), column);
        }
        if (kind != DatabaseKind.MARIADB) {
            throw new UnsupportedOperationException(kind + " has no enum columns");
        }
        String type = (String) single("SELECT COLUMN_TYPE FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = ?", catalogSchema(), table, column);
        if (type == null || !type.startsWith("enum(")) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("'((?:[^']|'')*)'").matcher(type);
        while (m.find()) {
            values.add(m.group(1).replace("''", "'"));
        }
        return values;
    }

    /** The schema of a PostgreSQL type, or null when there is none of that name. */
    String enumTypeSchema(String type) throws SQLException {
        return (String) single("SELECT n.nspname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE t.typname = ? AND t.typtype = 'e'", type);
    }

    /** Whether a sequence of that name exists in this view's schema. */
    boolean hasSequence(String sequence) throws SQLException {
        switch (kind) {
            case POSTGRESQL:
                return single("SELECT 1 FROM pg_sequences WHERE schemaname = ? AND sequencename = ?",
                        catalogSchema(), sequence) != null;
            case MARIADB:
                return single("SELECT 1 FROM information_schema.TABLES WHERE TABLE_TYPE = 'SEQUENCE'"
                        + " AND TABLE_SCHEMA = ? AND TABLE_NAME = ?", catalogSchema(), sequence) != null;
            case H2:
                return single("SELECT 1 FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ?"
                        + " AND SEQUENCE_NAME = ?", catalogSchema(), stored(sequence)) != null;
            default:
                return false;
        }
    }

    /** The sequence's next value, drawn the database's way. */
    long nextValue(String sequence) throws SQLException {
        String name = dialect.qualify(schema, sequence);
        String sql = kind == DatabaseKind.POSTGRESQL ? "SELECT nextval('" + name + "')"
                : "SELECT NEXT VALUE FOR " + name;
        return ((Number) value(sql)).longValue();
    }

    /** Seconds since the epoch of a time-zoned timestamp column, computed by the database. */
    String epochSeconds(String column) {
        switch (kind) {
            case POSTGRESQL: return "CAST(EXTRACT(EPOCH FROM " + column + ") AS BIGINT)";
            case MARIADB: return "UNIX_TIMESTAMP(" + column + ")";
            case H2: return "CAST(EXTRACT(EPOCH FROM " + column + ") AS BIGINT)";
            default: return "CAST(strftime('%s', " + column + ") AS INTEGER)";
        }
    }

    private List<String> strings(String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private Object single(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    private static String emptyAsNull(Object text) {
        return text == null || text.toString().isEmpty() ? null : text.toString();
    }

    private DatabaseMetaData meta() throws SQLException {
        return connection.getMetaData();
    }

    @Override
    public void close() throws SQLException {
        if (database == null) {
            return;
        }
        try {
            connection.close();
        } finally {
            database.close();
        }
    }
}
