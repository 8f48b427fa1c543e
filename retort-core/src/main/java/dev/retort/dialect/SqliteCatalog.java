package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.dialect.SqlTokens.Token;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a live SQLite table for batchAlterTable: columns, key, unique and foreign keys and indexes
 * from the PRAGMAs, the rest (names, checks, AUTOINCREMENT) from its CREATE statement.
 */
final class SqliteCatalog {
    private final Connection connection;

    SqliteCatalog(Connection connection) {
        this.connection = connection;
    }

    SqliteTable read(String table) {
        try {
            String sql = createStatement("table", table);
            if (sql == null) {
                throw new RetortException("batchAlterTable: SQLite table " + table + " does not exist");
            }
            SqliteTableSql parsed = SqliteTableSql.parse(table, sql);
            List<SqliteTable.Column> columns = new ArrayList<>();
            Map<Long, String> keyColumns = new TreeMap<>();
            for (Map<String, Object> row : pragma("table_info", table)) {
                String name = (String) row.get("name");
                columns.add(new SqliteTable.Column(name, name, (String) row.get("type"), number(row, "notnull") == 1,
                        (String) row.get("dflt_value"), parsed.collation(name), parsed.columnChecks(name), false));
                if (number(row, "pk") > 0) {
                    keyColumns.put(number(row, "pk"), name);
                }
            }
            PrimaryKey primaryKey = keyColumns.isEmpty() ? null
                    : new PrimaryKey(parsed.primaryKeyName(), List.copyOf(keyColumns.values()));
            List<UniqueConstraint> uniques = new ArrayList<>();
            List<SqliteTable.Index> indexes = new ArrayList<>();
            readIndexes(table, parsed, uniques, indexes);
            return new SqliteTable(table, columns, primaryKey, parsed.autoincrement(), uniques,
                    foreignKeys(table, parsed), parsed.checks(), indexes);
        } catch (SQLException e) {
            throw new RetortException("batchAlterTable could not read SQLite table " + table + ": " + e.getMessage(), e);
        }
    }

    /** The other tables whose foreign keys point at {@code table}, when foreign keys are enforced; else none. */
    List<String> enforcedReferencesTo(String table) throws SQLException {
        List<String> referencing = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
            if (!rs.next() || rs.getInt(1) == 0) {
                return referencing;
            }
        }
        List<String> tables = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String other : tables) {
            if (!other.equalsIgnoreCase(table) && pragma("foreign_key_list", other).stream()
                    .anyMatch(row -> table.equalsIgnoreCase((String) row.get("table")))) {
                referencing.add(other);
            }
        }
        return referencing;
    }

    private void readIndexes(String table, SqliteTableSql parsed, List<UniqueConstraint> uniques,
                             List<SqliteTable.Index> indexes) throws SQLException {
        List<Map<String, Object>> list = pragma("index_list", table);
        list.sort((a, b) -> Long.compare(number(a, "seq"), number(b, "seq")));
        for (Map<String, Object> row : list) {
            String name = (String) row.get("name");
            String origin = (String) row.get("origin");
            List<String> columns = new ArrayList<>();
            boolean expression = false;
            for (Map<String, Object> col : pragma("index_info", name)) {
                expression |= col.get("name") == null;
                columns.add((String) col.get("name"));
            }
            if ("u".equals(origin)) {
                uniques.add(new UniqueConstraint(parsed.uniqueName(columns), columns));
            } else if ("c".equals(origin)) {
                String sql = createStatement("index", name);
                indexes.add(new SqliteTable.Index(name, number(row, "unique") == 1, expression ? List.of() : columns,
                        where(sql), sql));
            }
        }
    }

    private List<ForeignKey> foreignKeys(String table, SqliteTableSql parsed) throws SQLException {
        Map<Long, List<Map<String, Object>>> byId = new TreeMap<>(Comparator.reverseOrder());
        for (Map<String, Object> row : pragma("foreign_key_list", table)) {
            byId.computeIfAbsent(number(row, "id"), k -> new ArrayList<>()).add(row);
        }
        List<ForeignKey> keys = new ArrayList<>();
        // SQLite numbers foreign keys from the last declared; the highest id comes first
        for (List<Map<String, Object>> rows : byId.values()) {
            rows.sort((a, b) -> Long.compare(number(a, "seq"), number(b, "seq")));
            List<String> from = new ArrayList<>();
            List<String> to = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                from.add((String) row.get("from"));
                to.add((String) row.get("to"));
            }
            Map<String, Object> first = rows.get(0);
            String referred = (String) first.get("table");
            if (to.contains(null)) {
                to = primaryKeyOf(referred);
            }
            keys.add(new ForeignKey(parsed.foreignKeyName(from), from, null, referred, to,
                    action(first.get("on_delete")), action(first.get("on_update"))));
        }
        return keys;
    }

    private List<String> primaryKeyOf(String table) throws SQLException {
        Map<Long, String> key = new TreeMap<>();
        for (Map<String, Object> row : pragma("table_info", table)) {
            if (number(row, "pk") > 0) {
                key.put(number(row, "pk"), (String) row.get("name"));
            }
        }
        return List.copyOf(key.values());
    }

    private static String action(Object value) {
        return value == null || "NO ACTION".equals(value) ? null : (String) value;
    }

    /** The WHERE condition of a CREATE INDEX statement, verbatim, or null. */
    static String where(String sql) {
        if (sql == null) {
            return null;
        }
        List<Token> tokens = SqlTokens.tokenize(sql);
        int depth = 0;
        for (Token t : tokens) {
            depth += t.isPunct('(') ? 1 : t.isPunct(')') ? -1 : 0;
            if (depth == 0 && t.is("WHERE")) {
                return sql.substring(t.end()).trim();
            }
        }
        return null;
    }

    private String createStatement(String type, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = ? AND name = ? COLLATE NOCASE")) {
            ps.setString(1, type);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private List<Map<String, Object>> pragma(String pragma, String argument) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        String sql = "PRAGMA " + pragma + "(\"" + argument.replace("\"", "\"\"") + "\")";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
