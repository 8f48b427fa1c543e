package dev.retort.dialect;

import static dev.retort.migration.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.config.DatabaseKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Identifier quoting (only when needed, per dialect) and SQL literals. */
class QuotingAndLiteralsTest {
    private final Dialect pg = Dialects.of(DatabaseKind.POSTGRESQL);
    private final Dialect mysql = Dialects.of(DatabaseKind.MYSQL);
    private final Dialect mssql = Dialects.of(DatabaseKind.SQLSERVER);
    private final Dialect sqlite = Dialects.of(DatabaseKind.SQLITE);
    private final Dialect h2 = Dialects.of(DatabaseKind.H2);

    @Test
    void plainLowerCaseNamesStayPlain() {
        for (Dialect d : new Dialect[] {pg, mysql, mssql, sqlite, h2}) {
            assertThat(d.quote("account_2")).as(d.name()).isEqualTo("account_2");
            assertThat(d.quote("_private$x")).as(d.name()).isEqualTo("_private$x");
        }
    }

    @Test
    void reservedUpperCaseAndOddNamesAreQuotedWithTheDialectsQuotes() {
        assertThat(pg.quote("user")).isEqualTo("\"user\"");
        assertThat(pg.quote("Account")).isEqualTo("\"Account\"");
        assertThat(pg.quote("2fa")).isEqualTo("\"2fa\"");
        assertThat(pg.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(mysql.quote("order")).isEqualTo("`order`");
        assertThat(mysql.quote("a`b")).isEqualTo("`a``b`");
        assertThat(mssql.quote("select")).isEqualTo("[select]");
        assertThat(mssql.quote("a]b")).isEqualTo("[a]]b]");
        assertThat(sqlite.quote("full name")).isEqualTo("\"full name\"");
    }

    @Test
    void reservedWordsDifferByDialect() {
        assertThat(h2.quote("value")).isEqualTo("\"value\"");
        assertThat(pg.quote("value")).isEqualTo("value");
        assertThat(mysql.quote("key")).isEqualTo("`key`");
        assertThat(pg.quote("key")).isEqualTo("key");
        assertThat(mssql.quote("identity")).isEqualTo("[identity]");
        assertThat(sqlite.quote("autoincrement")).isEqualTo("\"autoincrement\"");
    }

    @Test
    void qualifyJoinsSchemaAndName() {
        assertThat(pg.qualify("Sales", "invoice")).isEqualTo("\"Sales\".invoice");
        assertThat(mysql.qualify("shop", "order")).isEqualTo("shop.`order`");
        assertThat(h2.qualify(null, "invoice")).isEqualTo("invoice");
        assertThat(sqlite.qualify(null, "invoice")).isEqualTo("invoice");
        assertThat(sqlite.supportsSchemas()).isFalse();
    }

    @Test
    void stringsAreEscapedPerDialect() {
        assertThat(pg.literal("it's", text())).isEqualTo("'it''s'");
        assertThat(pg.literal("a\\b", text())).isEqualTo("'a\\b'");
        assertThat(mysql.literal("it's a\\b", text())).isEqualTo("'it''s a\\\\b'");
        assertThat(mssql.literal("it's", text())).isEqualTo("'it''s'");
    }

    @Test
    void booleansNumbersAndNull() {
        assertThat(pg.literal(true, bool())).isEqualTo("true");
        assertThat(h2.literal(false, bool())).isEqualTo("false");
        assertThat(mysql.literal(true, bool())).isEqualTo("true");
        assertThat(sqlite.literal(true, bool())).isEqualTo("1");
        assertThat(mssql.literal(false, bool())).isEqualTo("0");
        assertThat(pg.literal(null, integer())).isEqualTo("NULL");
        assertThat(pg.literal(42L, bigint())).isEqualTo("42");
        assertThat(pg.literal(new BigDecimal("1E+3"), numeric(10, 0))).isEqualTo("1000");
        assertThat(pg.literal(0.25, doublePrecision())).isEqualTo("0.25");
    }

    @Test
    void datesAndTimesAreQuotedIsoValues() {
        assertThat(pg.literal(LocalDate.of(2024, 3, 1), date())).isEqualTo("'2024-03-01'");
        assertThat(pg.literal(LocalTime.of(9, 5), time())).isEqualTo("'09:05:00'");
        assertThat(pg.literal(LocalDateTime.of(2024, 3, 1, 9, 5, 7), timestamp())).isEqualTo("'2024-03-01 09:05:07'");
        assertThat(pg.literal(LocalDateTime.of(2024, 3, 1, 9, 5, 7, 1000), timestamp()))
                .isEqualTo("'2024-03-01 09:05:07.000001'");
        OffsetDateTime odt = OffsetDateTime.of(2024, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(-5));
        assertThat(pg.literal(odt, timestamptz())).isEqualTo("'2024-03-01 09:00:00-05:00'");
        assertThat(mssql.literal(Instant.parse("2024-03-01T09:00:00Z"), timestamptz()))
                .isEqualTo("'2024-03-01 09:00:00+00:00'");
        assertThat(mysql.literal(odt, timestamptz())).as("MySQL literals carry no offset: UTC")
                .isEqualTo("'2024-03-01 14:00:00'");
    }

    @Test
    void uuidsAndBytes() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-00000000002a");
        assertThat(pg.literal(id, uuid())).isEqualTo("'00000000-0000-0000-0000-00000000002a'");
        byte[] bytes = {1, (byte) 0xAB};
        assertThat(pg.literal(bytes, binary())).isEqualTo("'\\x01AB'");
        assertThat(mssql.literal(bytes, binary())).isEqualTo("0x01AB");
        assertThat(sqlite.literal(bytes, binary())).isEqualTo("X'01AB'");
    }

    @Test
    void valuesWithoutALiteralAreRefused() {
        assertThatThrownBy(() -> pg.literal(new Object(), json())).isInstanceOf(RetortException.class)
                .hasMessage("cannot write a java.lang.Object as a SQL literal for a json column; give a String, Number,"
                        + " Boolean, UUID, byte[] or java.time value");
        assertThatThrownBy(() -> pg.literal(Double.NaN, doublePrecision())).isInstanceOf(RetortException.class)
                .hasMessage("cannot write NaN as a SQL literal: only finite numbers have one");
    }

    @Test
    void offlineCapabilities() {
        assertThat(pg.beginTransaction()).isEqualTo("BEGIN");
        assertThat(pg.commitTransaction()).isEqualTo("COMMIT");
        assertThat(sqlite.beginTransaction()).isEqualTo("BEGIN");
        assertThat(mssql.beginTransaction()).isEqualTo("BEGIN TRANSACTION");
        assertThat(mssql.commitTransaction()).isEqualTo("COMMIT");
        assertThat(mssql.batchSeparator()).isEqualTo("GO");
        assertThat(mysql.beginTransaction()).isNull();
        assertThat(mysql.transactionalDdl()).isFalse();
        assertThat(h2.beginTransaction()).isNull();
        assertThat(pg.statementTerminator()).isEqualTo(";");
        assertThat(pg.batchSeparator()).isNull();
        assertThat(Dialects.of(DatabaseKind.MARIADB).name()).isEqualTo("mariadb");
    }
}
