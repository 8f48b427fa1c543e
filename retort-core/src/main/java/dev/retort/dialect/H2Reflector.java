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

/**
 * H2 (2.x) reflection from {@code INFORMATION_SCHEMA} in five queries per schema: tables, columns,
 * constraints (with key columns, referred columns, rules and check clauses in one), index columns,
 * sequences. H2 upper-cases unquoted names; a name all in upper case that would be written plain
 * in lower case reads back in lower case ({@code ACCOUNT} is {@code account}), in conditions too.
 * Enum columns, a VARCHAR with a generated CHECK {@code c IN (...)}, read back as enums. H2
 * reports its default foreign key action as RESTRICT, which behaves as NO ACTION there: read as none.
 */
final class H2Reflector implements SchemaReflector {
    private static final String SCHEMA = "coalesce(CAST(? AS VARCHAR), CURRENT_SCHEMA)";

    private static final String TABLES = "SELECT TABLE_NAME AS name, REMARKS AS comment FROM INFORMATION_SCHEMA.TABLES"
            + " WHERE TABLE_SCHEMA = " + SCHEMA + " AND TABLE_TYPE = 'BASE TABLE'";
    private static final String COLUMNS = "SELECT TABLE_NAME AS table_name, COLUMN_NAME AS name, DATA_TYPE AS type,"
            + " CHARACTER_MAXIMUM_LENGTH AS length, NUMERIC_PRECISION AS numeric_precision, NUMERIC_SCALE AS scale,"
            + " IS_NULLABLE AS nullable, COLUMN_DEFAULT AS default_value, IS_IDENTITY AS identity, REMARKS AS comment"
            + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = " + SCHEMA + " ORDER BY TABLE_NAME, ORDINAL_POSITION";
    private static final String CONSTRAINTS = "SELECT tc.TABLE_NAME AS table_name, tc.CONSTRAINT_NAME AS name,"
            + " tc.CONSTRAINT_TYPE AS type, tc.INDEX_NAME AS index_name, k.COLUMN_NAME AS column_name,"
            + " pk.TABLE_SCHEMA = tc.TABLE_SCHEMA AS same_schema, pk.TABLE_SCHEMA AS referred_schema,"
            + " pk.TABLE_NAME AS referred_table, pk.COLUMN_NAME AS referred_column,"
            + " rc.UPDATE_RULE AS on_update, rc.DELETE_RULE AS on_delete, cc.CHECK_CLAUSE AS clause"
            + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
            + " LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
            + " AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
            + " AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE pk ON pk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA"
            + " AND pk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME AND pk.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT"
            + " LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
            + " AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            + " WHERE tc.TABLE_SCHEMA = " + SCHEMA + " ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION";
    private static final String INDEX_COLUMNS = "SELECT i.TABLE_NAME AS table_name, i.INDEX_NAME AS name,"
            + " i.INDEX_TYPE_NAME AS index_type, c.COLUMN_NAME AS column_name"
            + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
            + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
            + " WHERE i.TABLE_SCHEMA = " + SCHEMA + " ORDER BY i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION";
    private static final String SEQUENCES = "SELECT SEQUENCE_NAME AS name, START_VALUE AS start,"
            + " INCREMENT AS step FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = " + SCHEMA
            + " ORDER BY SEQUENCE_NAME";

    private final Dialect dialect;

    H2Reflector(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public SchemaModel reflect(Connection connection, String schema, ReflectOptions options) {
        String stored = schema == null ? null : stored(schema);
        try {
            ReflectedTables tables = new ReflectedTables(schema, options);
            for (CatalogRow row : CatalogRow.query(connection, TABLES, stored)) {
                tables.add(fold(row.string("name")), emptyAsNull(row.string("comment")));
            }
            for (CatalogRow row : CatalogRow.query(connection, COLUMNS, stored)) {
                TableAccumulator table = tables.get(fold(row.string("table_name")));
                if (table != null) {
                    table.columns.add(column(table.name, row, options));
                }
            }
            Set<String> constraintIndexes = constraints(connection, stored, tables);
            indexes(connection, stored, tables, constraintIndexes);
            List<Sequence> sequences = new ArrayList<>();
            for (CatalogRow row : CatalogRow.query(connection, SEQUENCES, stored)) {
                sequences.add(Sequences.of(schema, fold(row.string("name")), row.number("start"), row.number("step")));
            }
            return tables.model(List.of(), sequences);
        } catch (SQLException e) {
            throw new RetortException("Can't read the H2 catalog: " + e.getMessage(), e);
        }
    }

    /** The name H2 stores for {@code name} as retort writes it: upper case unless it needs quotes. */
    private String stored(String name) {
        return dialect.quote(name).equals(name) ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** A stored name as retort would have written it: {@code ACCOUNT} is {@code account}. */
    private String fold(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return name.equals(name.toUpperCase(Locale.ROOT)) && dialect.quote(lower).equals(lower) ? lower : name;
    }

    private Column column(String table, CatalogRow row, ReflectOptions options) {
        String name = fold(row.string("name"));
        ColumnType type = type(row);
        if (type == null) {
            options.warn("column " + table + "." + name + " has type " + row.string("type")
                    + ", which has no portable type; read as text");
            type = ColumnType.of(Kind.TEXT);
        }
        Column column = Column.of(name, type).defaultValue(ServerDefaults.normalize(row.string("default_value"), type))
                .comment(emptyAsNull(row.string("comment")));
        column = row.bool("nullable") ? column.nullable() : column;
        return row.bool("identity") ? column.identity() : column;
    }

    private static ColumnType type(CatalogRow row) {
        switch (row.string("type")) {
            case "INTEGER": return ColumnType.of(Kind.INTEGER);
            case "BIGINT": return ColumnType.of(Kind.BIGINT);
            case "TINYINT":
            case "SMALLINT": return ColumnType.of(Kind.SMALLINT);
            case "BOOLEAN": return ColumnType.of(Kind.BOOLEAN);
            case "CHARACTER":
            case "CHARACTER VARYING": return new ColumnType(Kind.VARCHAR, row.integer("length"), null, null, null,
                    List.of());
            case "CHARACTER LARGE OBJECT": return ColumnType.of(Kind.TEXT);
            case "NUMERIC":
            case "DECIMAL": return new ColumnType(Kind.NUMERIC, null, row.integer("numeric_precision"),
                    row.integer("scale"), null, List.of());
            case "REAL": return ColumnType.of(Kind.REAL);
            case "DOUBLE PRECISION": return ColumnType.of(Kind.DOUBLE);
            case "DATE": return ColumnType.of(Kind.DATE);
            case "TIME": return ColumnType.of(Kind.TIME);
            case "TIMESTAMP": return ColumnType.of(Kind.TIMESTAMP);
            case "TIMESTAMP WITH TIME ZONE": return ColumnType.of(Kind.TIMESTAMPTZ);
            case "BINARY LARGE OBJECT": return ColumnType.of(Kind.BINARY);
            case "BINARY":
            case "BINARY VARYING": return new ColumnType(Kind.BINARY, row.integer("length"), null, null, null, List.of());
            case "UUID": return ColumnType.of(Kind.UUID);
            case "JSON": return ColumnType.of(Kind.JSON);
            default: return null;
        }
    }

    /** Reads keys and checks; returns the names of the indexes that back a constraint. */
    private Set<String> constraints(Connection connection, String schema, ReflectedTables tables) throws SQLException {
        Map<String, List<CatalogRow>> byName = new LinkedHashMap<>();
        Set<String> indexes = new HashSet<>();
        for (CatalogRow row : CatalogRow.query(connection, CONSTRAINTS, schema)) {
            if (tables.get(fold(row.string("table_name"))) != null) {
                byName.computeIfAbsent(row.string("name"), n -> new ArrayList<>()).add(row);
                indexes.add(row.string("index_name"));
            }
        }
        for (List<CatalogRow> rows : byName.values()) {
            CatalogRow first = rows.get(0);
            TableAccumulator table = tables.get(fold(first.string("table_name")));
            String name = fold(first.string("name"));
            List<String> columns = rows.stream().map(r -> fold(r.string("column_name"))).toList();
            switch (first.string("type")) {
                case "PRIMARY KEY":
                    table.primaryKey(new PrimaryKey(name, columns));
                    break;
                case "UNIQUE":
                    table.uniques.add(new UniqueConstraint(name, columns));
                    break;
                case "FOREIGN KEY":
                    table.foreignKeys.add(new ForeignKey(name, columns,
                            first.bool("same_schema") ? null : fold(first.string("referred_schema")),
                            fold(first.string("referred_table")),
                            rows.stream().map(r -> fold(r.string("referred_column"))).toList(),
                            ReferentialActions.of(first.string("on_delete"), true),
                            ReferentialActions.of(first.string("on_update"), true)));
                    break;
                default:
                    check(table, first.string("name"), first.string("clause"));
            }
        }
        return indexes;
    }

    /** A check, or the values of an enum column: a generated check {@code c IN ('a', 'b')} on a VARCHAR column. */
    private void check(TableAccumulator table, String storedName, String clause) {
        if (storedName.startsWith("CONSTRAINT_")) {
            for (Column column : table.columns) {
                List<String> values = column.type().kind() == Kind.VARCHAR
                        ? Conditions.enumValues(clause, column.name(), this::fold) : null;
                if (values != null) {
                    table.replaceColumn(column.withType(new ColumnType(Kind.ENUM, null, null, null, null, values)));
                    return;
                }
            }
        }
        table.checks.add(new CheckConstraint(fold(storedName), Conditions.canonical(clause, dialect, this::fold)));
    }

    private void indexes(Connection connection, String schema, ReflectedTables tables, Set<String> constraintIndexes)
            throws SQLException {
        Map<String, List<CatalogRow>> byName = new LinkedHashMap<>();
        for (CatalogRow row : CatalogRow.query(connection, INDEX_COLUMNS, schema)) {
            if (tables.get(fold(row.string("table_name"))) != null && !constraintIndexes.contains(row.string("name"))) {
                byName.computeIfAbsent(row.string("name"), n -> new ArrayList<>()).add(row);
            }
        }
        for (List<CatalogRow> rows : byName.values()) {
            CatalogRow first = rows.get(0);
            tables.get(fold(first.string("table_name"))).indexes.add(new Index(fold(first.string("name")),
                    rows.stream().map(r -> fold(r.string("column_name"))).toList(),
                    first.string("index_type").startsWith("UNIQUE"), null));
        }
    }

    private static String emptyAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** Enums are a VARCHAR with a CHECK and have no name. */
    @Override
    public ColumnType readBack(ColumnType type) {
        return type.kind() == Kind.ENUM ? new ColumnType(Kind.ENUM, null, null, null, null, type.enumValues()) : type;
    }
}
