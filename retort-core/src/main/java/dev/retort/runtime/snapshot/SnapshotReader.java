package dev.retort.runtime.snapshot;

import dev.retort.RetortException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads a {@link SchemaSnapshot} of the connection's current catalog and schema (the configured
 * schema once the session has switched to it) through {@link DatabaseMetaData}, which every
 * driver retort supports implements. Simple on purpose: a few calls per table, enough for
 * {@code verify} on a test database; autogenerate will bring bulk catalog queries.
 */
public final class SnapshotReader {
    private static final String[] TABLE_TYPES = {"TABLE", "BASE TABLE", "VIEW"};

    private final Predicate<String> excluded;

    /** @param excluded tables left out of every snapshot (the version tables) */
    public SnapshotReader(Predicate<String> excluded) {
        this.excluded = excluded;
    }

    /** Leaves out {@code versionTable} and every table whose name starts with {@code versionTable + "_"}, in any case. */
    public static SnapshotReader excludingVersionTables(String versionTable) {
        String lower = versionTable.toLowerCase(Locale.ROOT);
        return new SnapshotReader(name -> {
            String n = name.toLowerCase(Locale.ROOT);
            return n.equals(lower) || n.startsWith(lower + "_");
        });
    }

    /** The snapshot of the connection's current schema. */
    public SchemaSnapshot read(Connection connection) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            TreeMap<String, TableSnapshot> tables = new TreeMap<>();
            for (String table : tableNames(meta, catalog, schema)) {
                tables.put(table, table(meta, catalog, schema, table));
            }
            return new SchemaSnapshot(tables);
        } catch (SQLException e) {
            throw new RetortException("Can't read the schema: " + e.getMessage(), e);
        }
    }

    private List<String> tableNames(DatabaseMetaData meta, String catalog, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", TABLE_TYPES)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!excluded.test(name) && !name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static TableSnapshot table(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        return new TableSnapshot(table, columns(meta, catalog, schema, table), primaryKey(meta, catalog, schema, table),
                indexes(meta, catalog, schema, table), foreignKeys(meta, catalog, schema, table));
    }

    private static Map<String, ColumnSnapshot> columns(DatabaseMetaData meta, String catalog, String schema,
                                                       String table) throws SQLException {
        Map<String, ColumnSnapshot> columns = new LinkedHashMap<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, escape(meta, table), "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                String def = rs.getString("COLUMN_DEF");
                columns.put(name, new ColumnSnapshot(name, type(rs), !"NO".equals(rs.getString("IS_NULLABLE")),
                        def == null ? null : def.strip()));
            }
        }
        return columns;
    }

    private static String type(ResultSet rs) throws SQLException {
        String name = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
        int size = rs.getInt("COLUMN_SIZE");
        boolean hasSize = !rs.wasNull() && size > 0;
        int scale = rs.getInt("DECIMAL_DIGITS");
        boolean hasScale = !rs.wasNull() && scale > 0;
        return !hasSize ? name : name + "(" + size + (hasScale ? "," + scale : "") + ")";
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        TreeMap<Integer, String> bySeq = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(bySeq.values());
    }

    private static TreeMap<String, IndexSnapshot> indexes(DatabaseMetaData meta, String catalog, String schema,
                                                          String table) throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                String column = rs.getString("COLUMN_NAME");
                columns.computeIfAbsent(name, n -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        column == null ? "?" : column);
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        TreeMap<String, IndexSnapshot> out = new TreeMap<>();
        columns.forEach((name, cols) -> out.put(name, new IndexSnapshot(name, unique.get(name),
                List.copyOf(cols.values()))));
        return out;
    }

    private static TreeMap<String, ForeignKeySnapshot> foreignKeys(DatabaseMetaData meta, String catalog,
                                                                   String schema, String table) throws SQLException {
        record Part(String name, String column, String referredTable, String referredColumn) {
        }
        Map<String, TreeMap<Integer, Part>> byKey = new LinkedHashMap<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                String referred = rs.getString("PKTABLE_NAME");
                // SQLite may name no foreign key: group its columns by the table they refer to
                String key = name == null || name.isEmpty() ? "-> " + referred : name;
                byKey.computeIfAbsent(key, k -> new TreeMap<>()).put((int) rs.getShort("KEY_SEQ"),
                        new Part(name, rs.getString("FKCOLUMN_NAME"), referred, rs.getString("PKCOLUMN_NAME")));
            }
        }
        TreeMap<String, ForeignKeySnapshot> out = new TreeMap<>();
        for (TreeMap<Integer, Part> parts : byKey.values()) {
            List<String> cols = parts.values().stream().map(Part::column).toList();
            List<String> refCols = parts.values().stream().map(Part::referredColumn).toList();
            Part first = parts.firstEntry().getValue();
            String name = first.name() == null || first.name().isEmpty()
                    ? "(" + String.join(", ", cols) + ") -> " + first.referredTable() : first.name();
            out.put(name, new ForeignKeySnapshot(name, cols, first.referredTable(), refCols));
        }
        return out;
    }

    /** The table name as a LIKE pattern: {@code _} and {@code %} escaped. */
    private static String escape(DatabaseMetaData meta, String name) throws SQLException {
        String esc = meta.getSearchStringEscape();
        if (esc == null || esc.isEmpty()) {
            return name;
        }
        return name.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
    }
}
