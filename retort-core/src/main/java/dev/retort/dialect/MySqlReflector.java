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
import dev.retort.schema.Sequence;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * MySQL and MariaDB reflection from {@code information_schema} in five queries per schema
 * (tables, columns, key constraints with their columns and rules, checks, index columns), and one
 * more for the start and increment of all MariaDB sequences together. {@code tinyint(1)} reads as
 * boolean, {@code char(36)} as uuid, DATETIME as timestamp and TIMESTAMP as timestamptz; MariaDB's
 * JSON (LONGTEXT with a {@code json_valid} check) as json. Every unique index is a unique
 * constraint here, the primary key is always named PRIMARY (read as no name), the indexes MySQL
 * makes for foreign keys are left out, and RESTRICT is the default action (read as none).
 */
final class MySqlReflector implements SchemaReflector {
    private static final String SCHEMA = "coalesce(?, DATABASE())";
    private static final Pattern JSON_CHECK = Pattern.compile("json_valid\\((\\w+)\\)", Pattern.CASE_INSENSITIVE);

    private static final String TABLES = "SELECT TABLE_NAME AS name, TABLE_TYPE AS type, TABLE_COMMENT AS comment"
            + " FROM information_schema.TABLES WHERE TABLE_SCHEMA = " + SCHEMA;
    private static final String COLUMNS = "SELECT TABLE_NAME AS table_name, COLUMN_NAME AS name, DATA_TYPE AS type,"
            + " COLUMN_TYPE AS column_type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS default_value, EXTRA AS extra,"
            + " COLUMN_COMMENT AS comment FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = " + SCHEMA
            + " ORDER BY TABLE_NAME, ORDINAL_POSITION";
    private static final String KEYS = "SELECT tc.TABLE_NAME AS table_name, tc.CONSTRAINT_NAME AS name,"
            + " tc.CONSTRAINT_TYPE AS type, k.COLUMN_NAME AS column_name,"
            + " k.REFERENCED_TABLE_SCHEMA = tc.TABLE_SCHEMA AS same_schema,"
            + " k.REFERENCED_TABLE_SCHEMA AS referred_schema, k.REFERENCED_TABLE_NAME AS referred_table,"
            + " k.REFERENCED_COLUMN_NAME AS referred_column, rc.UPDATE_RULE AS on_update, rc.DELETE_RULE AS on_delete"
            + " FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.KEY_COLUMN_USAGE k"
            + " ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.TABLE_NAME = tc.TABLE_NAME"
            + " AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
            + " AND rc.TABLE_NAME = tc.TABLE_NAME AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " WHERE tc.TABLE_SCHEMA = " + SCHEMA + " AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
            + " ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION";
    private static final String CHECKS = "SELECT tc.TABLE_NAME AS table_name, cc.CONSTRAINT_NAME AS name,"
            + " cc.CHECK_CLAUSE AS clause FROM information_schema.TABLE_CONSTRAINTS tc"
            + " JOIN information_schema.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
            + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME%s"
            + " WHERE tc.TABLE_SCHEMA = " + SCHEMA + " AND tc.CONSTRAINT_TYPE = 'CHECK'"
            + " ORDER BY tc.TABLE_NAME, cc.CONSTRAINT_NAME";
    private static final String INDEX_COLUMNS = "SELECT TABLE_NAME AS table_name, INDEX_NAME AS name,"
            + " NON_UNIQUE AS non_unique, COLUMN_NAME AS column_name, %s AS expression"
            + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = " + SCHEMA
            + " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";

    private final Dialect dialect;
    private final String checksSql;
    private final String indexesSql;
    private final boolean quotedDefaults;

    /**
     * @param checksByTable  whether CHECK_CONSTRAINTS has a TABLE_NAME to join on (MariaDB, whose
     *                       column checks are named after their column and so repeat between tables)
     * @param expressions    the STATISTICS column holding an expression key part (MySQL's EXPRESSION), or null
     * @param quotedDefaults whether COLUMN_DEFAULT quotes string literals (MariaDB 10.2.7+; MySQL does not)
     */
    MySqlReflector(Dialect dialect, boolean checksByTable, String expressions, boolean quotedDefaults) {
        this.dialect = dialect;
        this.checksSql = String.format(CHECKS, checksByTable ? " AND cc.TABLE_NAME = tc.TABLE_NAME" : "");
        this.indexesSql = String.format(INDEX_COLUMNS, expressions == null ? "NULL" : expressions);
        this.quotedDefaults = quotedDefaults;
    }

    @Override
    public SchemaModel reflect(Connection connection, String schema, ReflectOptions options) {
        try {
            ReflectedTables tables = new ReflectedTables(schema, options);
            List<String> sequenceNames = new ArrayList<>();
            for (CatalogRow row : CatalogRow.query(connection, TABLES, schema)) {
                String comment = row.string("comment");
                if (row.string("type").equals("BASE TABLE")) {
                    tables.add(row.string("name"), comment == null || comment.isEmpty() ? null : comment);
                } else if (row.string("type").equals("SEQUENCE")) {
                    sequenceNames.add(row.string("name"));
                }
            }
            for (CatalogRow row : CatalogRow.query(connection, COLUMNS, schema)) {
                TableAccumulator table = tables.get(row.string("table_name"));
                if (table != null) {
                    table.columns.add(column(table.name, row, options));
                }
            }
            Map<String, Set<String>> keyNames = keys(connection, schema, tables);
            checks(connection, schema, tables);
            indexes(connection, schema, tables, keyNames, options);
            return tables.model(List.of(), sequences(connection, schema, sequenceNames));
        } catch (SQLException e) {
            throw new RetortException("Can't read the " + dialect.name() + " catalog: " + e.getMessage(), e);
        }
    }

    private Column column(String table, CatalogRow row, ReflectOptions options) {
        String name = row.string("name");
        ColumnType type = type(row.string("type"), DeclaredType.parse(row.string("column_type")));
        if (type == null) {
            options.warn("column " + table + "." + name + " has type " + row.string("column_type")
                    + ", which has no portable type; read as text");
            type = ColumnType.of(Kind.TEXT);
        }
        String comment = row.string("comment");
        Column column = Column.of(name, type).defaultValue(serverDefault(row, type))
                .comment(comment == null || comment.isEmpty() ? null : comment);
        column = row.bool("nullable") ? column.nullable() : column;
        return row.string("extra").toLowerCase(Locale.ROOT).contains("auto_increment") ? column.identity() : column;
    }

    /** MySQL writes a string default without quotes (unless it is an expression, DEFAULT_GENERATED); MariaDB quotes it. */
    private String serverDefault(CatalogRow row, ColumnType type) {
        String raw = row.string("default_value");
        boolean literal = !quotedDefaults && raw != null && !row.string("extra").contains("DEFAULT_GENERATED")
                && !raw.matches("-?[0-9.]+") && !raw.equalsIgnoreCase("CURRENT_TIMESTAMP");
        return ServerDefaults.normalize(literal ? "'" + raw.replace("'", "''") + "'" : raw, type);
    }

    private static ColumnType type(String dataType, DeclaredType declared) {
        switch (dataType.toLowerCase(Locale.ROOT)) {
            case "tinyint": return Integer.valueOf(1).equals(declared.number(0)) ? ColumnType.of(Kind.BOOLEAN)
                    : ColumnType.of(Kind.SMALLINT);
            case "bool":
            case "boolean": return ColumnType.of(Kind.BOOLEAN);
            case "smallint": return ColumnType.of(Kind.SMALLINT);
            case "mediumint":
            case "int":
            case "integer": return ColumnType.of(Kind.INTEGER);
            case "bigint": return ColumnType.of(Kind.BIGINT);
            case "char": return Integer.valueOf(36).equals(declared.number(0)) ? ColumnType.of(Kind.UUID)
                    : sized(Kind.VARCHAR, declared);
            case "varchar": return sized(Kind.VARCHAR, declared);
            case "tinytext":
            case "text":
            case "mediumtext":
            case "longtext": return ColumnType.of(Kind.TEXT);
            case "decimal":
            case "numeric": return new ColumnType(Kind.NUMERIC, null, declared.number(0), declared.number(1), null,
                    List.of());
            case "float": return ColumnType.of(Kind.REAL);
            case "double": return ColumnType.of(Kind.DOUBLE);
            case "date": return ColumnType.of(Kind.DATE);
            case "time": return ColumnType.of(Kind.TIME);
            case "datetime": return ColumnType.of(Kind.TIMESTAMP);
            case "timestamp": return ColumnType.of(Kind.TIMESTAMPTZ);
            case "tinyblob":
            case "blob":
            case "mediumblob":
            case "longblob": return ColumnType.of(Kind.BINARY);
            case "binary":
            case "varbinary": return sized(Kind.BINARY, declared);
            case "json": return ColumnType.of(Kind.JSON);
            case "enum": return new ColumnType(Kind.ENUM, null, null, null, null, declared.arguments());
            default: return null;
        }
    }

    private static ColumnType sized(Kind kind, DeclaredType declared) {
        return new ColumnType(kind, declared.number(0), null, null, null, List.of());
    }

    /** Reads primary, unique and foreign keys; returns each table's constraint names (their indexes are not listed as indexes). */
    private static Map<String, Set<String>> keys(Connection connection, String schema, ReflectedTables tables)
            throws SQLException {
        Map<String, List<CatalogRow>> byKey = new LinkedHashMap<>();
        for (CatalogRow row : CatalogRow.query(connection, KEYS, schema)) {
            if (tables.get(row.string("table_name")) != null) {
                byKey.computeIfAbsent(row.string("table_name") + "." + row.string("name"), k -> new ArrayList<>())
                        .add(row);
            }
        }
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (List<CatalogRow> rows : byKey.values()) {
            CatalogRow first = rows.get(0);
            TableAccumulator table = tables.get(first.string("table_name"));
            String name = first.string("name");
            names.computeIfAbsent(table.name, t -> new HashSet<>()).add(name);
            List<String> columns = rows.stream().map(r -> r.string("column_name")).toList();
            switch (first.string("type")) {
                case "PRIMARY KEY":
                    table.primaryKey(new PrimaryKey(null, columns));
                    break;
                case "UNIQUE":
                    table.uniques.add(new UniqueConstraint(name, columns));
                    break;
                default:
                    table.foreignKeys.add(new ForeignKey(name, columns,
                            first.bool("same_schema") ? null : first.string("referred_schema"),
                            first.string("referred_table"), rows.stream().map(r -> r.string("referred_column")).toList(),
                            ReferentialActions.of(first.string("on_delete"), true),
                            ReferentialActions.of(first.string("on_update"), true)));
            }
        }
        return names;
    }

    /** Check constraints; MariaDB's {@code json_valid(c)} check makes column c json instead. */
    private void checks(Connection connection, String schema, ReflectedTables tables) throws SQLException {
        for (CatalogRow row : CatalogRow.query(connection, checksSql, schema)) {
            TableAccumulator table = tables.get(row.string("table_name"));
            if (table == null) {
                continue;
            }
            String condition = Conditions.canonical(row.string("clause"), dialect, UnaryOperator.identity());
            Matcher json = JSON_CHECK.matcher(condition);
            Column column = json.matches() ? table.column(json.group(1)) : null;
            if (column != null && column.type().kind() == Kind.TEXT) {
                table.replaceColumn(column.withType(ColumnType.of(Kind.JSON)));
            } else {
                table.checks.add(new CheckConstraint(row.string("name"), condition));
            }
        }
    }

    private void indexes(Connection connection, String schema, ReflectedTables tables,
                         Map<String, Set<String>> keyNames, ReflectOptions options) throws SQLException {
        Map<String, List<CatalogRow>> byIndex = new LinkedHashMap<>();
        for (CatalogRow row : CatalogRow.query(connection, indexesSql, schema)) {
            String table = row.string("table_name");
            if (tables.get(table) != null && !keyNames.getOrDefault(table, Set.of()).contains(row.string("name"))
                    && !row.string("name").equals("PRIMARY")) {
                byIndex.computeIfAbsent(table + "." + row.string("name"), k -> new ArrayList<>()).add(row);
            }
        }
        for (List<CatalogRow> rows : byIndex.values()) {
            CatalogRow first = rows.get(0);
            TableAccumulator table = tables.get(first.string("table_name"));
            if (rows.stream().anyMatch(r -> r.string("column_name") == null)) {
                options.warn("index " + first.string("name") + " on " + table.name + " has an expression, which"
                        + " reflection does not read; it is skipped: " + rows.stream()
                        .map(r -> r.string("expression")).collect(Collectors.joining(", ")));
                continue;
            }
            table.indexes.add(new Index(first.string("name"), rows.stream().map(r -> r.string("column_name")).toList(),
                    !first.bool("non_unique"), null));
        }
    }

    /** Start and increment of every sequence, in one UNION ALL query over the sequences themselves. */
    private List<Sequence> sequences(Connection connection, String schema, List<String> names) throws SQLException {
        if (names.isEmpty()) {
            return List.of();
        }
        String sql = names.stream().map(n -> "SELECT " + dialect.literal(n, null) + " AS name, start_value AS start,"
                + " increment AS step FROM " + dialect.qualify(schema, n)).collect(Collectors.joining(" UNION ALL "));
        List<Sequence> out = new ArrayList<>();
        for (CatalogRow row : CatalogRow.query(connection, sql + " ORDER BY name")) {
            out.add(Sequences.of(schema, row.string("name"), row.number("start"), row.number("step")));
        }
        return out;
    }

    /** Enums are inline {@code ENUM(...)} and have no name. */
    @Override
    public ColumnType readBack(ColumnType type) {
        return type.kind() == Kind.ENUM ? new ColumnType(Kind.ENUM, null, null, null, null, type.enumValues()) : type;
    }
}
