package dev.retort.dialect;

import dev.retort.config.DatabaseKind;
import dev.retort.migration.Op;
import dev.retort.migration.Operation;
import dev.retort.migration.RecordingOp;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

/** A fresh in-process SQLite or H2 database for one test, with catalog look-ups through JDBC metadata. */
final class LiveDatabase implements AutoCloseable {
    final Dialect dialect;
    final Connection connection;
    private final boolean upperCaseNames;

    /** One column as the catalog reports it. */
    record ColumnInfo(String name, String type, int size, boolean nullable, String defaultValue, String remarks) {
    }

    /** One foreign key column pair. */
    record ForeignKeyInfo(String name, String column, String referredTable, String referredColumn, int deleteRule) {
    }

    private LiveDatabase(DatabaseKind kind, Connection connection) {
        this.dialect = Dialects.of(kind);
        this.connection = connection;
        this.upperCaseNames = kind == DatabaseKind.H2;
    }

    static LiveDatabase open(DatabaseKind kind) throws SQLException {
        String url = kind == DatabaseKind.SQLITE ? "jdbc:sqlite::memory:" : "jdbc:h2:mem:" + UUID.randomUUID();
        return new LiveDatabase(kind, DriverManager.getConnection(url));
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
        return upperCaseNames && !dialect.quote(name).startsWith("\"") ? name.toUpperCase(Locale.ROOT)
                : name;
    }

    private String plain(String stored) {
        return upperCaseNames && stored.equals(stored.toUpperCase(Locale.ROOT)) ? stored.toLowerCase(Locale.ROOT) : stored;
    }

    boolean hasTable(String schema, String table) throws SQLException {
        try (ResultSet rs = meta().getTables(null, schema == null ? null : stored(schema), stored(table), null)) {
            return rs.next();
        }
    }

    boolean hasTable(String table) throws SQLException {
        return hasTable(null, table);
    }

    List<ColumnInfo> columns(String table) throws SQLException {
        List<ColumnInfo> out = new ArrayList<>();
        try (ResultSet rs = meta().getColumns(null, null, stored(table), null)) {
            while (rs.next()) {
                out.add(new ColumnInfo(plain(rs.getString("COLUMN_NAME")), rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT),
                        rs.getInt("COLUMN_SIZE"), rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                        rs.getString("COLUMN_DEF"), rs.getString("REMARKS")));
            }
        }
        return out;
    }

    ColumnInfo column(String table, String column) throws SQLException {
        return columns(table).stream().filter(c -> c.name().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + table + "." + column));
    }

    List<String> columnNames(String table) throws SQLException {
        return columns(table).stream().map(ColumnInfo::name).toList();
    }

    List<String> primaryKey(String table) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta().getPrimaryKeys(null, null, stored(table))) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), plain(rs.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(key.values());
    }

    /** Index name (as stored, lower-cased) to its columns, for indexes over plain columns. */
    Map<String, List<String>> indexes(String table) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (ResultSet rs = meta().getIndexInfo(null, null, stored(table), false, false)) {
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
        try (ResultSet rs = meta().getImportedKeys(null, null, stored(table))) {
            while (rs.next()) {
                out.add(new ForeignKeyInfo(rs.getString("FK_NAME"), plain(rs.getString("FKCOLUMN_NAME")),
                        plain(rs.getString("PKTABLE_NAME")), plain(rs.getString("PKCOLUMN_NAME")),
                        rs.getInt("DELETE_RULE")));
            }
        }
        return out;
    }

    String tableRemarks(String table) throws SQLException {
        try (ResultSet rs = meta().getTables(null, null, stored(table), null)) {
            return rs.next() ? rs.getString("REMARKS") : null;
        }
    }

    private DatabaseMetaData meta() throws SQLException {
        return connection.getMetaData();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
