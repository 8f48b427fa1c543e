package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * SQLite reflection in four queries, each joining {@code sqlite_master} with a table-valued
 * PRAGMA for every table at once: the CREATE statements, columns, index columns and foreign key
 * columns. What the PRAGMAs do not tell (constraint names, checks, AUTOINCREMENT) comes from the
 * CREATE TABLE statement ({@link SqliteTableSql}). Enum columns, a VARCHAR with a CHECK
 * {@code c IN (...)}, read back as enums; comments, schemas and sequences do not exist.
 */
final class SqliteReflector implements SchemaReflector {
    private static final String OBJECTS = "SELECT type, name, tbl_name, sql FROM sqlite_master"
            + " WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite%' ORDER BY name";
    private static final String COLUMNS = "SELECT m.name AS table_name, p.name, p.type, p.\"notnull\" AS not_null,"
            + " p.dflt_value, p.pk FROM sqlite_master m JOIN pragma_table_info(m.name) p"
            + " WHERE m.type = 'table' ORDER BY m.name, p.cid";
    private static final String INDEX_COLUMNS = "SELECT m.name AS table_name, il.name AS index_name,"
            + " il.\"unique\" AS is_unique, il.origin, ii.name AS column_name"
            + " FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii"
            + " WHERE m.type = 'table' ORDER BY m.name, il.name, ii.seqno";
    private static final String FOREIGN_KEYS = "SELECT m.name AS table_name, f.id, f.\"table\" AS referred_table,"
            + " f.\"from\" AS column_name, f.\"to\" AS referred_column, f.on_update, f.on_delete"
            + " FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f"
            + " WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq";

    private final Dialect dialect;

    SqliteReflector(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public SchemaModel reflect(Connection connection, String schema, ReflectOptions options) {
        if (schema != null && !schema.equals("main")) {
            throw new RetortException("SQLite has no schemas, but reflection was asked for schema " + schema);
        }
        try {
            ReflectedTables tables = new ReflectedTables(null, options);
            Map<String, SqliteTableSql> definitions = new HashMap<>();
            Map<String, String> indexSql = new HashMap<>();
            for (CatalogRow row : CatalogRow.query(connection, OBJECTS)) {
                String name = row.string("name");
                if (row.string("type").equals("table")) {
                    tables.add(name, null);
                    definitions.put(name, SqliteTableSql.parse(name, row.string("sql")));
                } else {
                    indexSql.put(name, row.string("sql"));
                }
            }
            Map<String, List<String>> keys = columns(connection, tables, definitions, options);
            indexes(connection, tables, definitions, indexSql, options);
            foreignKeys(connection, tables, definitions, keys);
            return tables.model(List.of(), List.of());
        } catch (SQLException e) {
            throw new RetortException("Can't read the SQLite catalog: " + e.getMessage(), e);
        }
    }

    /** Reads columns, primary keys and checks; returns every table's primary key columns (for foreign keys without columns). */
    private Map<String, List<String>> columns(Connection connection, ReflectedTables tables,
                                              Map<String, SqliteTableSql> definitions, ReflectOptions options)
            throws SQLException {
        Map<String, TreeMap<Long, String>> keys = new HashMap<>();
        for (CatalogRow row : CatalogRow.query(connection, COLUMNS)) {
            String tableName = row.string("table_name");
            String name = row.string("name");
            if (row.number("pk") > 0) {
                keys.computeIfAbsent(tableName, t -> new TreeMap<>()).put(row.number("pk"), name);
            }
            TableAccumulator table = tables.get(tableName);
            if (table != null) {
                table.columns.add(column(table, row, definitions.get(tableName), options));
            }
        }
        Map<String, List<String>> keyColumns = new HashMap<>();
        keys.forEach((t, k) -> keyColumns.put(t, List.copyOf(k.values())));
        keyColumns.forEach((t, k) -> {
            TableAccumulator table = tables.get(t);
            if (table != null) {
                table.primaryKey(new PrimaryKey(definitions.get(t).primaryKeyName(), k));
                if (k.size() == 1 && definitions.get(t).autoincrement()) {
                    table.replaceColumn(table.column(k.get(0)).identity());
                }
            }
        });
        for (Map.Entry<String, SqliteTableSql> e : definitions.entrySet()) {
            TableAccumulator table = tables.get(e.getKey());
            if (table != null) {
                e.getValue().checks().forEach(c -> table.checks.add(check(c)));
            }
        }
        return keyColumns;
    }

    private Column column(TableAccumulator table, CatalogRow row, SqliteTableSql definition, ReflectOptions options) {
        String name = row.string("name");
        ColumnType type = type(row.string("type"));
        if (type == null) {
            options.warn("column " + table.name + "." + name + " has type " + row.string("type")
                    + ", which has no portable type; read as text");
            type = ColumnType.of(Kind.TEXT);
        }
        for (CheckConstraint check : definition.columnChecks(name)) {
            List<String> values = type.kind() == Kind.VARCHAR
                    ? Conditions.enumValues(check.condition(), name, UnaryOperator.identity()) : null;
            if (values != null && check.name() == null) {
                type = new ColumnType(Kind.ENUM, null, null, null, null, values);
            } else {
                table.checks.add(check(check));
            }
        }
        Column column = Column.of(name, type).defaultValue(ServerDefaults.normalize(row.string("dflt_value"), type));
        return row.bool("not_null") ? column : column.nullable();
    }

    private CheckConstraint check(CheckConstraint check) {
        return new CheckConstraint(check.name(), Conditions.canonical(check.condition(), dialect, UnaryOperator.identity()));
    }

    private static ColumnType type(String declared) {
        DeclaredType t = DeclaredType.parse(declared);
        switch (t.name()) {
            case "INT":
            case "INTEGER": return ColumnType.of(Kind.INTEGER);
            case "BIGINT": return ColumnType.of(Kind.BIGINT);
            case "SMALLINT": return ColumnType.of(Kind.SMALLINT);
            case "BOOL":
            case "BOOLEAN": return ColumnType.of(Kind.BOOLEAN);
            case "CHAR":
            case "CHARACTER": return t.number(0) != null && t.number(0) == 36 ? ColumnType.of(Kind.UUID) : varchar(t);
            case "VARCHAR":
            case "NVARCHAR":
            case "CHARACTER VARYING": return varchar(t);
            case "TEXT":
            case "CLOB": return ColumnType.of(Kind.TEXT);
            case "NUMERIC":
            case "DECIMAL": return new ColumnType(Kind.NUMERIC, null, t.number(0), t.number(1), null, List.of());
            case "REAL":
            case "FLOAT": return ColumnType.of(Kind.REAL);
            case "DOUBLE":
            case "DOUBLE PRECISION": return ColumnType.of(Kind.DOUBLE);
            case "DATE": return ColumnType.of(Kind.DATE);
            case "TIME": return ColumnType.of(Kind.TIME);
            case "DATETIME":
            case "TIMESTAMP": return ColumnType.of(Kind.TIMESTAMP);
            case "BLOB": return ColumnType.of(Kind.BINARY);
            case "VARBINARY": return new ColumnType(Kind.BINARY, t.number(0), null, null, null, List.of());
            case "UUID": return ColumnType.of(Kind.UUID);
            case "JSON": return ColumnType.of(Kind.JSON);
            default: return null;
        }
    }

    private static ColumnType varchar(DeclaredType t) {
        return new ColumnType(Kind.VARCHAR, t.number(0), null, null, null, List.of());
    }

    private static void indexes(Connection connection, ReflectedTables tables, Map<String, SqliteTableSql> definitions,
                                Map<String, String> indexSql, ReflectOptions options) throws SQLException {
        Map<String, List<CatalogRow>> byIndex = new LinkedHashMap<>();
        for (CatalogRow row : CatalogRow.query(connection, INDEX_COLUMNS)) {
            if (tables.get(row.string("table_name")) != null) {
                byIndex.computeIfAbsent(row.string("index_name"), i -> new ArrayList<>()).add(row);
            }
        }
        for (Map.Entry<String, List<CatalogRow>> e : byIndex.entrySet()) {
            CatalogRow first = e.getValue().get(0);
            TableAccumulator table = tables.get(first.string("table_name"));
            List<String> columns = e.getValue().stream().map(r -> r.string("column_name")).toList();
            String origin = first.string("origin");
            if (origin.equals("u")) {
                table.uniques.add(new UniqueConstraint(definitions.get(table.name).uniqueName(columns), columns));
            } else if (origin.equals("c") && columns.contains(null)) {
                options.warn("index " + e.getKey() + " on " + table.name + " has an expression, which reflection"
                        + " does not read; it is skipped: " + indexSql.get(e.getKey()));
            } else if (origin.equals("c")) {
                table.indexes.add(new Index(e.getKey(), columns, first.bool("is_unique"),
                        SqliteCatalog.where(indexSql.get(e.getKey()))));
            }
        }
    }

    private static void foreignKeys(Connection connection, ReflectedTables tables,
                                    Map<String, SqliteTableSql> definitions, Map<String, List<String>> keys)
            throws SQLException {
        Map<String, List<CatalogRow>> byKey = new LinkedHashMap<>();
        for (CatalogRow row : CatalogRow.query(connection, FOREIGN_KEYS)) {
            if (tables.get(row.string("table_name")) != null) {
                byKey.computeIfAbsent(row.string("table_name") + "\u0000" + row.number("id"), k -> new ArrayList<>())
                        .add(row);
            }
        }
        for (List<CatalogRow> rows : byKey.values()) {
            CatalogRow first = rows.get(0);
            TableAccumulator table = tables.get(first.string("table_name"));
            List<String> from = rows.stream().map(r -> r.string("column_name")).toList();
            List<String> to = rows.stream().map(r -> r.string("referred_column")).toList();
            String referred = first.string("referred_table");
            if (to.contains(null)) {
                to = keys.getOrDefault(referred, List.of());
            }
            table.foreignKeys.add(new ForeignKey(definitions.get(table.name).foreignKeyName(from), from, null, referred,
                    to, ReferentialActions.of(first.string("on_delete"), false),
                    ReferentialActions.of(first.string("on_update"), false)));
        }
    }

    /**
     * Timestamps with a zone are DATETIME text like those without, json is TEXT, binary has no
     * length and enums have no name: {@code timestamptz()} reads back as {@code timestamp()}, and so on.
     */
    @Override
    public ColumnType readBack(ColumnType type) {
        switch (type.kind()) {
            case TIMESTAMPTZ: return ColumnType.of(Kind.TIMESTAMP);
            case JSON: return ColumnType.of(Kind.TEXT);
            case BINARY: return ColumnType.of(Kind.BINARY);
            case ENUM: return new ColumnType(Kind.ENUM, null, null, null, null, type.enumValues());
            default: return type;
        }
    }
}
