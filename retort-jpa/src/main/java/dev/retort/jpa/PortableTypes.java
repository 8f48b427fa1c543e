package dev.retort.jpa;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import java.util.Arrays;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.JdbcTypeNameMapper;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;

/**
 * A Hibernate column's type as a portable retort type: from the JDBC type code Hibernate resolved
 * for the column on the target dialect, with the length, precision and scale Hibernate would put
 * in its DDL. A Java enum stored by name is an {@link Kind#ENUM} named after the enum class; one
 * stored by ordinal is the small integer Hibernate picks.
 */
final class PortableTypes {
    private final Metadata metadata;
    private final Dialect dialect;

    PortableTypes(Metadata metadata, Dialect dialect) {
        this.metadata = metadata;
        this.dialect = dialect;
    }

    /**
     * The column's portable type.
     *
     * @throws JpaModelException for a JDBC type with no portable type (intervals, arrays, XML, spatial, ...)
     */
    ColumnType of(Column column) {
        int code = column.getSqlTypeCode(metadata);
        Class<?> enumClass = namedEnum(column);
        if (enumClass != null && (isCharacter(code) || code == SqlTypes.ENUM || code == SqlTypes.NAMED_ENUM)) {
            return enumType(enumClass);
        }
        Size size = column.getColumnSize(dialect, metadata);
        return switch (code) {
            case SqlTypes.BOOLEAN, SqlTypes.BIT -> ColumnType.of(Kind.BOOLEAN);
            case SqlTypes.TINYINT, SqlTypes.SMALLINT, SqlTypes.ORDINAL_ENUM, SqlTypes.NAMED_ORDINAL_ENUM ->
                    ColumnType.of(Kind.SMALLINT);
            case SqlTypes.INTEGER -> ColumnType.of(Kind.INTEGER);
            case SqlTypes.BIGINT -> ColumnType.of(Kind.BIGINT);
            case SqlTypes.REAL -> ColumnType.of(Kind.REAL);
            case SqlTypes.FLOAT -> ColumnType.of(isSinglePrecision(size) ? Kind.REAL : Kind.DOUBLE);
            case SqlTypes.DOUBLE -> ColumnType.of(Kind.DOUBLE);
            case SqlTypes.NUMERIC, SqlTypes.DECIMAL ->
                    new ColumnType(Kind.NUMERIC, null, size.getPrecision(), size.getScale(), null, List.of());
            case SqlTypes.CHAR, SqlTypes.NCHAR, SqlTypes.VARCHAR, SqlTypes.NVARCHAR -> varchar(size.getLength());
            case SqlTypes.LONGVARCHAR, SqlTypes.LONGNVARCHAR, SqlTypes.LONG32VARCHAR, SqlTypes.LONG32NVARCHAR,
                    SqlTypes.CLOB, SqlTypes.NCLOB, SqlTypes.MATERIALIZED_CLOB, SqlTypes.MATERIALIZED_NCLOB ->
                    ColumnType.of(Kind.TEXT);
            case SqlTypes.BINARY, SqlTypes.VARBINARY -> binary(size.getLength());
            case SqlTypes.LONGVARBINARY, SqlTypes.LONG32VARBINARY, SqlTypes.BLOB, SqlTypes.MATERIALIZED_BLOB ->
                    ColumnType.of(Kind.BINARY);
            case SqlTypes.DATE -> ColumnType.of(Kind.DATE);
            case SqlTypes.TIME, SqlTypes.TIME_WITH_TIMEZONE, SqlTypes.TIME_UTC -> temporal(Kind.TIME, column);
            case SqlTypes.TIMESTAMP -> temporal(Kind.TIMESTAMP, column);
            case SqlTypes.TIMESTAMP_WITH_TIMEZONE, SqlTypes.TIMESTAMP_UTC -> temporal(Kind.TIMESTAMPTZ, column);
            case SqlTypes.UUID -> ColumnType.of(Kind.UUID);
            case SqlTypes.JSON, SqlTypes.JSON_ARRAY -> ColumnType.of(Kind.JSON);
            default -> throw new JpaModelException("column " + column.getValue().getTable().getName() + "."
                    + column.getName() + ": JDBC type " + JdbcTypeNameMapper.getTypeName(code)
                    + " has no portable retort type");
        };
    }

    /** The enum class of a basic value stored by name (no attribute converter), or null. */
    private static Class<?> namedEnum(Column column) {
        if (!(column.getValue() instanceof BasicValue value)) {
            return null;
        }
        BasicValue.Resolution<?> resolution = value.resolve();
        Class<?> javaClass = resolution.getDomainJavaType().getJavaTypeClass();
        boolean converted = resolution.getValueConverter() instanceof JpaAttributeConverter;
        return javaClass.isEnum() && !converted ? javaClass : null;
    }

    private static boolean isCharacter(int code) {
        return code == SqlTypes.VARCHAR || code == SqlTypes.NVARCHAR || code == SqlTypes.CHAR
                || code == SqlTypes.NCHAR;
    }

    /**
     * The enum type of a Java enum: named as Hibernate names a native enum type (the class's simple
     * name) in lower case, as an unquoted name folds on PostgreSQL; the values are the constants.
     */
    private static ColumnType enumType(Class<?> enumClass) {
        List<String> values = Arrays.stream(enumClass.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        String name = enumClass.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        return new ColumnType(Kind.ENUM, null, null, null, name, values);
    }

    /** Java's {@code float}: Hibernate's FLOAT with a binary precision of at most 24 bits. */
    private static boolean isSinglePrecision(Size size) {
        return size.getPrecision() != null && size.getPrecision() <= 24;
    }

    /** VARCHAR(n), or TEXT when the length is beyond the dialect's VARCHAR (as Hibernate's DDL does). */
    private ColumnType varchar(Long length) {
        if (length == null || length > dialect.getMaxVarcharLength()) {
            return ColumnType.of(Kind.TEXT);
        }
        return new ColumnType(Kind.VARCHAR, length.intValue(), null, null, null, List.of());
    }

    /** BINARY(n), or BINARY without a length (a BLOB) beyond the dialect's VARBINARY. */
    private ColumnType binary(Long length) {
        if (length == null || length > dialect.getMaxVarbinaryLength()) {
            return ColumnType.of(Kind.BINARY);
        }
        return new ColumnType(Kind.BINARY, length.intValue(), null, null, null, List.of());
    }

    /** A time type, with the fractional-second precision only when the mapping sets one. */
    private static ColumnType temporal(Kind kind, Column column) {
        return new ColumnType(kind, null, column.getTemporalPrecision(), null, null, List.of());
    }
}
