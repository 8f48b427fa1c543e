package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A portable column type; each dialect renders its own SQL for it. Immutable.
 *
 * @param kind       which type
 * @param length     VARCHAR/BINARY length, or null
 * @param precision  NUMERIC precision (or fractional-second precision of time types), or null
 * @param scale      NUMERIC scale, or null
 * @param enumName   name of an ENUM type (PostgreSQL {@code CREATE TYPE}), or null
 * @param enumValues values of an ENUM type, in order
 */
public record ColumnType(Kind kind, Integer length, Integer precision, Integer scale, String enumName,
                         List<String> enumValues) {

    /** The portable types of DESIGN.md. */
    public enum Kind {
        INTEGER, BIGINT, SMALLINT, BOOLEAN, VARCHAR, TEXT, NUMERIC, REAL, DOUBLE, DATE, TIME, TIMESTAMP,
        TIMESTAMPTZ, BINARY, UUID, JSON, ENUM
    }

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, null, null, null, null, List.of());
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(kind.name().toLowerCase(java.util.Locale.ROOT));
        if (length != null) {
            s.append('(').append(length).append(')');
        } else if (precision != null) {
            s.append('(').append(precision);
            if (scale != null) {
                s.append(", ").append(scale);
            }
            s.append(')');
        } else if (kind == Kind.ENUM) {
            s.append(' ').append(enumName).append(enumValues);
        }
        return s.toString();
    }
}
