package dev.retort.migration;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.UniqueConstraint;
import java.util.List;

/**
 * The builders revisions use, meant for {@code import static dev.retort.migration.Types.*}:
 * portable types, columns, constraints, indexes and column changes.
 */
public final class Types {
    private Types() {
    }

    public static ColumnType integer() {
        return ColumnType.of(Kind.INTEGER);
    }

    public static ColumnType bigint() {
        return ColumnType.of(Kind.BIGINT);
    }

    public static ColumnType smallint() {
        return ColumnType.of(Kind.SMALLINT);
    }

    public static ColumnType bool() {
        return ColumnType.of(Kind.BOOLEAN);
    }

    public static ColumnType varchar(int length) {
        return new ColumnType(Kind.VARCHAR, length, null, null, null, List.of());
    }

    public static ColumnType text() {
        return ColumnType.of(Kind.TEXT);
    }

    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType(Kind.NUMERIC, null, precision, scale, null, List.of());
    }

    public static ColumnType real() {
        return ColumnType.of(Kind.REAL);
    }

    public static ColumnType doublePrecision() {
        return ColumnType.of(Kind.DOUBLE);
    }

    public static ColumnType date() {
        return ColumnType.of(Kind.DATE);
    }

    public static ColumnType time() {
        return ColumnType.of(Kind.TIME);
    }

    public static ColumnType timestamp() {
        return ColumnType.of(Kind.TIMESTAMP);
    }

    public static ColumnType timestamptz() {
        return ColumnType.of(Kind.TIMESTAMPTZ);
    }

    public static ColumnType binary() {
        return ColumnType.of(Kind.BINARY);
    }

    public static ColumnType binary(int length) {
        return new ColumnType(Kind.BINARY, length, null, null, null, List.of());
    }

    public static ColumnType uuid() {
        return ColumnType.of(Kind.UUID);
    }

    public static ColumnType json() {
        return ColumnType.of(Kind.JSON);
    }

    /** An enum type named {@code name} (PostgreSQL type name; a CHECK or inline ENUM elsewhere). */
    public static ColumnType enumeration(String name, String... values) {
        return new ColumnType(Kind.ENUM, null, null, null, name, List.of(values));
    }

    /** A NOT NULL column; call {@code .nullable()} to allow NULL. */
    public static Column column(String name, ColumnType type) {
        return Column.of(name, type);
    }

    public static PrimaryKey primaryKey(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    public static UniqueConstraint unique(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    public static CheckConstraint check(String name, String condition) {
        return new CheckConstraint(name, condition);
    }

    /** A foreign key; add actions with {@code .onDelete("CASCADE")}. */
    public static ForeignKey foreignKey(String name, List<String> columns, String referredTable,
                                        List<String> referredColumns) {
        return new ForeignKey(name, columns, null, referredTable, referredColumns, null, null);
    }

    public static Index index(String name, String... columns) {
        return new Index(name, List.of(columns), false, null);
    }

    /** An empty column change for {@code alterColumn}: {@code change().type(text()).nullable(true)}. */
    public static ColumnChange change() {
        return ColumnChange.NONE;
    }
}
