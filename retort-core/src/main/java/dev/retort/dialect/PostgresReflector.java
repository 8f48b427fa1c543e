package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Sequence;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * PostgreSQL reflection from {@code pg_catalog} in six queries per schema: tables, columns,
 * constraints, indexes, enum types, sequences. Identity columns ({@code GENERATED ... AS IDENTITY}
 * or {@code serial}: a {@code nextval} default) read as the integer type with {@code isIdentity}
 * and no default; sequences owned by such columns are not listed.
 */
final class PostgresReflector implements SchemaReflector {
    private static final String SCHEMA = "coalesce(?::text, current_schema())";

    private static final String TABLES = "SELECT c.relname AS name, obj_description(c.oid, 'pg_class') AS comment"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = " + SCHEMA + " AND c.relkind IN ('r', 'p') AND NOT c.relispartition";

    private static final String COLUMNS = "SELECT c.relname AS table_name, a.attname AS name, t.typname AS type,"
            + " t.typtype AS typtype, tn.nspname AS type_schema, a.atttypmod AS typmod, a.attnotnull AS not_null,"
            + " pg_get_expr(d.adbin, d.adrelid) AS default_value, a.attidentity AS identity,"
            + " col_description(c.oid, a.attnum) AS comment"
            + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = t.typnamespace"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE n.nspname = " + SCHEMA + " AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped"
            + " ORDER BY c.relname, a.attnum";

    private static final String CONSTRAINTS = "SELECT cl.relname AS table_name, con.conname AS name,"
            + " con.contype AS type, n.nspname AS table_schema,"
            + " array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)"
            + " JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord) AS columns,"
            + " rn.nspname AS referred_schema, rc.relname AS referred_table,"
            + " array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)"
            + " JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord)"
            + " AS referred_columns,"
            + " con.confdeltype AS on_delete, con.confupdtype AS on_update, pg_get_constraintdef(con.oid) AS definition"
            + " FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid"
            + " JOIN pg_namespace n ON n.oid = cl.relnamespace"
            + " LEFT JOIN pg_class rc ON rc.oid = con.confrelid LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace"
            + " WHERE n.nspname = " + SCHEMA + " AND con.contype IN ('p', 'u', 'f', 'c')"
            + " ORDER BY cl.relname, con.conname";

    private static final String INDEXES = "SELECT t.relname AS table_name, i.relname AS name,"
            + " ix.indisunique AS is_unique,"
            + " array(SELECT coalesce(a.attname::text, '') FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(num, ord)"
            + " LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.num"
            + " WHERE k.ord <= ix.indnkeyatts ORDER BY k.ord) AS columns,"
            + " pg_get_expr(ix.indpred, ix.indrelid) AS predicate, pg_get_indexdef(ix.indexrelid) AS definition"
            + " FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid"
            + " JOIN pg_namespace n ON n.oid = t.relnamespace"
            + " WHERE n.nspname = " + SCHEMA + " AND t.relkind IN ('r', 'p') AND NOT EXISTS (SELECT 1 FROM pg_constraint"
            + " con WHERE con.conindid = ix.indexrelid AND con.contype IN ('p', 'u', 'x'))"
            + " ORDER BY t.relname, i.relname";

    private static final String ENUMS = "SELECT n.nspname AS type_schema, t.typname AS name,"
            + " n.nspname = " + SCHEMA + " AS in_schema,"
            + " array(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)"
            + " AS labels"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e'"
            + " ORDER BY t.typname";

    private static final String SEQUENCES = "SELECT c.relname AS name, s.seqstart AS start,"
            + " s.seqincrement AS increment"
            + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = " + SCHEMA + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = s.seqrelid"
            + " AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))"
            + " ORDER BY c.relname";

    private final Dialect dialect;

    PostgresReflector(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public dev.retort.schema.SchemaModel reflect(Connection connection, String schema, ReflectOptions options) {
        try {
            ReflectedTables tables = new ReflectedTables(schema, options);
            for (CatalogRow row : CatalogRow.query(connection, TABLES, schema)) {
                tables.add(row.string("name"), row.string("comment"));
            }
            Map<String, List<String>> enumValues = new HashMap<>();
            List<EnumType> enums = new ArrayList<>();
            for (CatalogRow row : CatalogRow.query(connection, ENUMS, schema)) {
                enumValues.put(row.string("type_schema") + "." + row.string("name"), row.strings("labels"));
                if (row.bool("in_schema")) {
                    enums.add(new EnumType(schema, row.string("name"), row.strings("labels")));
                }
            }
            for (CatalogRow row : CatalogRow.query(connection, COLUMNS, schema)) {
                TableAccumulator table = tables.get(row.string("table_name"));
                if (table != null) {
                    table.columns.add(column(row, enumValues, table.name, options));
                }
            }
            for (CatalogRow row : CatalogRow.query(connection, CONSTRAINTS, schema)) {
                TableAccumulator table = tables.get(row.string("table_name"));
                if (table != null) {
                    constraint(table, row);
                }
            }
            for (CatalogRow row : CatalogRow.query(connection, INDEXES, schema)) {
                TableAccumulator table = tables.get(row.string("table_name"));
                if (table != null) {
                    index(table, row, options);
                }
            }
            List<Sequence> sequences = new ArrayList<>();
            for (CatalogRow row : CatalogRow.query(connection, SEQUENCES, schema)) {
                sequences.add(Sequences.of(schema, row.string("name"), row.number("start"), row.number("increment")));
            }
            return tables.model(enums, sequences);
        } catch (SQLException e) {
            throw new RetortException("Can't read the PostgreSQL catalog: " + e.getMessage(), e);
        }
    }

    private Column column(CatalogRow row, Map<String, List<String>> enumValues, String table, ReflectOptions options) {
        String name = row.string("name");
        ColumnType type = type(row, enumValues);
        if (type == null) {
            options.warn("column " + table + "." + name + " has type " + row.string("type")
                    + ", which has no portable type; read as text");
            type = ColumnType.of(Kind.TEXT);
        }
        String rawDefault = row.string("default_value");
        boolean serial = rawDefault != null && rawDefault.startsWith("nextval(");
        boolean identity = serial || !row.string("identity").isEmpty();
        Column column = Column.of(name, type).defaultValue(serial ? null : ServerDefaults.normalize(rawDefault, type))
                .comment(row.string("comment"));
        column = row.bool("not_null") ? column : column.nullable();
        return identity ? column.identity() : column;
    }

    private static ColumnType type(CatalogRow row, Map<String, List<String>> enumValues) {
        int typmod = row.integer("typmod");
        if ("e".equals(row.string("typtype"))) {
            String name = row.string("type");
            return new ColumnType(Kind.ENUM, null, null, null, name,
                    enumValues.getOrDefault(row.string("type_schema") + "." + name, List.of()));
        }
        Integer size = typmod < 0 ? null : typmod - 4;
        switch (row.string("type")) {
            case "int4": return ColumnType.of(Kind.INTEGER);
            case "int8": return ColumnType.of(Kind.BIGINT);
            case "int2": return ColumnType.of(Kind.SMALLINT);
            case "bool": return ColumnType.of(Kind.BOOLEAN);
            case "varchar":
            case "bpchar": return new ColumnType(Kind.VARCHAR, size, null, null, null, List.of());
            case "text": return ColumnType.of(Kind.TEXT);
            case "numeric": return size == null ? ColumnType.of(Kind.NUMERIC)
                    : new ColumnType(Kind.NUMERIC, null, (size >> 16) & 0xffff, size & 0xffff, null, List.of());
            case "float4": return ColumnType.of(Kind.REAL);
            case "float8": return ColumnType.of(Kind.DOUBLE);
            case "date": return ColumnType.of(Kind.DATE);
            case "time": return timeType(Kind.TIME, typmod);
            case "timestamp": return timeType(Kind.TIMESTAMP, typmod);
            case "timestamptz": return timeType(Kind.TIMESTAMPTZ, typmod);
            case "bytea": return ColumnType.of(Kind.BINARY);
            case "uuid": return ColumnType.of(Kind.UUID);
            case "json":
            case "jsonb": return ColumnType.of(Kind.JSON);
            default: return null;
        }
    }

    /** A time type; its fractional-second precision only when one was given (typmod -1 is the default, 6). */
    private static ColumnType timeType(Kind kind, int typmod) {
        return new ColumnType(kind, null, typmod < 0 ? null : typmod, null, null, List.of());
    }

    private void constraint(TableAccumulator table, CatalogRow row) {
        String name = row.string("name");
        List<String> columns = row.strings("columns");
        switch (row.string("type")) {
            case "p":
                table.primaryKey(new PrimaryKey(name, columns));
                break;
            case "u":
                table.uniques.add(new UniqueConstraint(name, columns));
                break;
            case "f":
                String referredSchema = row.string("referred_schema");
                table.foreignKeys.add(new ForeignKey(name, columns,
                        referredSchema.equals(row.string("table_schema")) ? null : referredSchema,
                        row.string("referred_table"), row.strings("referred_columns"),
                        ReferentialActions.ofPostgresCode(row.string("on_delete")),
                        ReferentialActions.ofPostgresCode(row.string("on_update"))));
                break;
            default:
                table.checks.add(new CheckConstraint(name, Conditions.canonical(checkCondition(row.string("definition")),
                        dialect, UnaryOperator.identity())));
        }
    }

    /** {@code CHECK ((a > 0)) NOT VALID} gives {@code (a > 0)}. */
    private static String checkCondition(String definition) {
        String s = definition.strip();
        if (s.endsWith(" NOT VALID")) {
            s = s.substring(0, s.length() - " NOT VALID".length());
        }
        return s.startsWith("CHECK ") ? s.substring("CHECK ".length()) : s;
    }

    private void index(TableAccumulator table, CatalogRow row, ReflectOptions options) {
        List<String> columns = row.strings("columns");
        if (columns.contains("")) {
            options.warn("index " + row.string("name") + " on " + table.name + " has an expression, which reflection"
                    + " does not read; it is skipped: " + row.string("definition"));
            return;
        }
        table.indexes.add(new Index(row.string("name"), columns, row.bool("is_unique"),
                Conditions.canonical(row.string("predicate"), dialect, UnaryOperator.identity())));
    }

    /** BYTEA has no length: {@code binary(n)} reads back as {@code binary()}. */
    @Override
    public ColumnType readBack(ColumnType type) {
        return type.kind() == Kind.BINARY ? ColumnType.of(Kind.BINARY) : type;
    }
}
