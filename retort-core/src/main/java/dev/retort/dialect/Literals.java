package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.schema.ColumnType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Writes Java values as SQL literals for one dialect (bulkInsert with {@code --sql}). Strings are
 * quoted with single quotes doubled (and backslashes doubled where the dialect reads them as
 * escapes); dates and times are quoted ISO values with a space between date and time; UUIDs are
 * quoted text; booleans, binary values and time-zoned timestamps follow the dialect's settings.
 */
final class Literals {

    /** How a dialect writes true and false. */
    enum Booleans { WORDS, DIGITS }

    /** How a dialect writes a byte string. */
    enum Binary { X_QUOTED, HEX_0X, BYTEA_ESCAPE }

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendPattern("HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).toFormatter();
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd ")
            .append(TIME).toFormatter();

    private final Booleans booleans;
    private final Binary binary;
    private final boolean backslashEscapes;
    private final boolean zonedTimestampsAsUtc;

    /**
     * @param backslashEscapes     whether {@code \} escapes in string literals (MySQL) and must be doubled
     * @param zonedTimestampsAsUtc whether time-zoned values are written converted to UTC without an offset
     *                             (MySQL/MariaDB, whose literals carry no offset)
     */
    Literals(Booleans booleans, Binary binary, boolean backslashEscapes, boolean zonedTimestampsAsUtc) {
        this.booleans = booleans;
        this.binary = binary;
        this.backslashEscapes = backslashEscapes;
        this.zonedTimestampsAsUtc = zonedTimestampsAsUtc;
    }

    String render(Object value, ColumnType type) {
        if (value == null) {
            return "NULL";
        } else if (value instanceof Boolean b) {
            return booleans == Booleans.WORDS ? (b ? "true" : "false") : (b ? "1" : "0");
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof Double || value instanceof Float) {
            return floating(((Number) value).doubleValue());
        } else if (value instanceof Number n) {
            return n.toString();
        } else if (value instanceof CharSequence || value instanceof Character || value instanceof UUID) {
            return string(value.toString());
        } else if (value instanceof Enum<?> e) {
            return string(e.name());
        } else if (value instanceof byte[] bytes) {
            return bytes(bytes);
        }
        return temporal(value, type);
    }

    String string(String text) {
        String escaped = text.replace("'", "''");
        if (backslashEscapes) {
            escaped = escaped.replace("\\", "\\\\");
        }
        return "'" + escaped + "'";
    }

    private String temporal(Object value, ColumnType type) {
        if (value instanceof LocalDate d) {
            return string(d.toString());
        } else if (value instanceof LocalTime t) {
            return string(TIME.format(t));
        } else if (value instanceof LocalDateTime dt) {
            return string(DATE_TIME.format(dt));
        } else if (value instanceof OffsetDateTime odt) {
            return zoned(odt);
        } else if (value instanceof ZonedDateTime zdt) {
            return zoned(zdt.toOffsetDateTime());
        } else if (value instanceof Instant i) {
            return zoned(i.atOffset(ZoneOffset.UTC));
        } else if (value instanceof java.sql.Timestamp ts) {
            return string(DATE_TIME.format(ts.toLocalDateTime()));
        } else if (value instanceof java.sql.Date d) {
            return string(d.toLocalDate().toString());
        } else if (value instanceof java.sql.Time t) {
            return string(TIME.format(t.toLocalTime()));
        }
        throw new RetortException("cannot write a " + value.getClass().getName() + " as a SQL literal"
                + (type == null ? "" : " for a " + type + " column")
                + "; give a String, Number, Boolean, UUID, byte[] or java.time value");
    }

    private String zoned(OffsetDateTime odt) {
        if (zonedTimestampsAsUtc) {
            return string(DATE_TIME.format(odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()));
        }
        String offset = odt.getOffset().equals(ZoneOffset.UTC) ? "+00:00" : odt.getOffset().getId();
        return string(DATE_TIME.format(odt.toLocalDateTime()) + offset);
    }

    private static String floating(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new RetortException("cannot write " + d + " as a SQL literal: only finite numbers have one");
        }
        return Double.toString(d);
    }

    private String bytes(byte[] bytes) {
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        switch (binary) {
            case HEX_0X:
                return "0x" + hex;
            case BYTEA_ESCAPE:
                return "'\\x" + hex + "'";
            default:
                return "X'" + hex + "'";
        }
    }
}
