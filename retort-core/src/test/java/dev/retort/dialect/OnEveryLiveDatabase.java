package dev.retort.dialect;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A test run once per live database: SQLite, H2, PostgreSQL and MariaDB. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(value = dev.retort.config.DatabaseKind.class, names = {"SQLITE", "H2", "POSTGRESQL", "MARIADB"})
@interface OnEveryLiveDatabase {
}
